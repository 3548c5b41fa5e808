using System.Security.Claims;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;
using Microsoft.Net.Http.Headers;

namespace EditorialHub.Web.Hosting;

public static class AttachmentEndpoints
{
    /// <summary>
    /// GET /attachments/{id}: the file, for whoever may read its item; "not found" for everyone
    /// else, exactly as for an id that does not exist (the core decides). Images open in the page,
    /// documents download. Served in a sandbox, so even a file that slipped through runs nothing.
    /// </summary>
    public static void MapAttachmentEndpoints(this WebApplication app) =>
        app.MapGet("/attachments/{id:int}", async (int id, HttpContext context, ArticleService articles, CancellationToken ct) =>
        {
            var actorId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (actorId is null)
                return Results.Challenge();
            AttachmentDownload file;
            try
            {
                file = await articles.OpenAttachmentAsync(id, actorId, ct);
            }
            catch (WorkflowException)
            {
                return Results.NotFound();
            }
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
            context.Response.Headers.CacheControl = "private, no-store";
            var inline = file.Kind == AttachmentKind.Image;
            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment")
            {
                FileNameStar = file.DownloadName,
            }.ToString();
            return Results.Stream(file.Content, file.ContentType);
        });
}
