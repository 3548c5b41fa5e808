using System.Text;
using EditorialHub.Core.Articles;

namespace EditorialHub.Web.Hosting;

public static class ItemExportEndpoints
{
    /// <summary>
    /// GET /items/{id}/export: the copy-ready HTML file of an item (PortalExport), for whoever may
    /// publish it; "not found" for everyone else (the core decides). Downloaded, never shown inside the
    /// app; its pictures are inline data (<see cref="ItemFileResponse"/>).
    /// </summary>
    public static void MapItemExportEndpoints(this WebApplication app) =>
        app.MapGet("/items/{id:int}/export", (int id, HttpContext context, ArticleService articles, CancellationToken ct) =>
            ItemFileResponse.ServeAsync(context,
                actorId => articles.ExportAsync(id, actorId, ct),
                export => new ItemFile(Results.Bytes(Encoding.UTF8.GetBytes(export.Html), "text/html; charset=utf-8"), export.FileName,
                    Inline: false, ImageSources: "data:")));
}
