using System.Security.Claims;
using System.Text;
using EditorialHub.Core.Articles;
using Microsoft.Net.Http.Headers;

namespace EditorialHub.Web.Hosting;

public static class ItemExportEndpoints
{
    /// <summary>
    /// GET /items/{id}/export: the copy-ready HTML file of an item (PortalExport), for whoever may
    /// publish it; "not found" for everyone else (the core decides, as for attachments). Downloaded,
    /// never shown inside the app, and sandboxed should a browser open it here.
    /// </summary>
    public static void MapItemExportEndpoints(this WebApplication app) =>
        app.MapGet("/items/{id:int}/export", async (int id, HttpContext context, ArticleService articles, CancellationToken ct) =>
        {
            var actorId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (actorId is null)
                return Results.Challenge();
            ArticleExport export;
            try
            {
                export = await articles.ExportAsync(id, actorId, ct);
            }
            catch (WorkflowException)
            {
                return Results.NotFound();
            }
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";
            context.Response.Headers.CacheControl = "private, no-store";
            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            {
                FileNameStar = export.FileName,
            }.ToString();
            return Results.Bytes(Encoding.UTF8.GetBytes(export.Html), "text/html; charset=utf-8");
        });
}
