using System.Globalization;
using System.Security.Claims;
using EditorialHub.Core.Exports;
using EditorialHub.Core.Reports;
using Microsoft.Net.Http.Headers;

namespace EditorialHub.Web.Hosting;

public static class ReportEndpoints
{
    /// <summary>
    /// GET /reports/{id}/pdf (the archived file, as printed), /reports/{id}/csv and /reports/{id}/xlsx
    /// (its tables) and /reports/preview.csv or preview.xlsx?kind=…&amp;period=… (the tables as they
    /// stand now). The core checks who may.
    /// </summary>
    /// <summary>The archived report's PDF, as printed.</summary>
    public static string PdfPath(int id) => $"/reports/{id}/pdf";

    public static void MapReportEndpoints(this WebApplication app)
    {
        app.MapGet("/reports/{id:int}/pdf", (int id, HttpContext context, ReportService reports, CancellationToken ct) =>
            SendAsync(context, actorId => reports.OpenPdfAsync(id, actorId, ct), inline: true));
        foreach (var format in Enum.GetValues<SheetFormat>())
        {
            app.MapGet($"/reports/{{id:int}}/{format.Extension()}", (int id, HttpContext context, ReportService reports, CancellationToken ct) =>
                SendAsync(context, actorId => reports.OpenTablesAsync(id, actorId, format, ct), inline: false));
            app.MapGet($"/reports/preview.{format.Extension()}", (string kind, string period, int? semester, HttpContext context,
                ReportService reports, CancellationToken ct) =>
                SendAsync(context, actorId =>
                {
                    string[] words = semester is { } s
                        ? [kind, period, s.ToString(CultureInfo.InvariantCulture)]
                        : [kind, period];
                    return reports.PreviewTablesAsync(ReportRequest.Parse(words), actorId, format, ct);
                }, inline: false));
        }
    }

    private static async Task<IResult> SendAsync(HttpContext context, Func<string, Task<ReportFile>> open, bool inline)
    {
        var actorId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (actorId is null)
            return Results.Challenge();
        ReportFile file;
        try
        {
            file = await open(actorId);
        }
        catch (ReportException e) when (e.Message is ReportMessages.NotAllowedToView)
        {
            return Results.Forbid();
        }
        catch (ReportException e) when (e.Message is ReportMessages.NotFound)
        {
            return Results.NotFound();
        }
        catch (ReportException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment")
        {
            FileNameStar = file.DownloadName,
        }.ToString();
        return Results.Bytes(file.Content, file.ContentType);
    }
}
