using System.Security.Claims;
using EditorialHub.Core.Board;
using EditorialHub.Core.Exports;
using EditorialHub.Core.Quotas;
using EditorialHub.Web.Components.Quotas;
using EditorialHub.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace EditorialHub.Web.Hosting;

public static class QuotaEndpoints
{
    /// <summary>
    /// GET /quotas/export?year={id}&amp;semester={0|1|2}: the board as CSV, and /quotas/export.xlsx the
    /// same as an Excel workbook (the current school year when none is named). The core decides who
    /// may: the board and the principal; anyone else gets 403.
    /// </summary>
    public static void MapQuotaEndpoints(this WebApplication app)
    {
        Map(app, "/quotas/export", SheetFormat.Csv);
        Map(app, "/quotas/export.xlsx", SheetFormat.Xlsx);
    }

    private static void Map(WebApplication app, string route, SheetFormat format) =>
        app.MapGet(route, async (int? year, int? semester, HttpContext context, QuotaService quotas,
            IStringLocalizer<UiText> t, CancellationToken ct) =>
        {
            var actorId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (actorId is null)
                return Results.Challenge();
            Semester? only = semester is 1 or 2 ? (Semester)semester.Value : null;
            QuotaBoard board;
            try
            {
                var yearId = year ?? (await quotas.CurrentSchoolYearAsync(actorId, ct))?.Id;
                if (yearId is null)
                    return Results.NotFound();
                board = await quotas.BoardAsync(actorId, yearId.Value, only, ct);
            }
            catch (QuotaRefusedException refused)
            {
                return refused.Reason == QuotaRefusal.NotFound ? Results.NotFound() : Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            context.Response.Headers.CacheControl = "private, no-store";
            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            {
                FileNameStar = QuotaSheet.FileName(board, only, format),
            }.ToString();
            return Results.File(format.Write(QuotaSheet.Build(board, t)), format.ContentType());
        }).RequireAuthorization(nameof(Permission.ViewQuotas));
}
