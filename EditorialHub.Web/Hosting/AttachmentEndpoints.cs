using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;

namespace EditorialHub.Web.Hosting;

public static class AttachmentEndpoints
{
    /// <summary>
    /// GET /attachments/{id}: the file, for whoever may read its item; "not found" for everyone else
    /// (the core decides). Images open in the page, documents download (<see cref="ItemFileResponse"/>).
    /// </summary>
    public static void MapAttachmentEndpoints(this WebApplication app) =>
        app.MapGet("/attachments/{id:int}", (int id, HttpContext context, ArticleService articles, CancellationToken ct) =>
            ItemFileResponse.ServeAsync(context,
                actorId => articles.OpenAttachmentAsync(id, actorId, ct),
                file => new ItemFile(Results.Stream(file.Content, file.ContentType), file.DownloadName,
                    Inline: file.Kind == AttachmentKind.Image, ImageSources: "'self'")));
}
