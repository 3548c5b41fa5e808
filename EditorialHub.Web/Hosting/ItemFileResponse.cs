using System.Security.Claims;
using EditorialHub.Core.Articles;
using Microsoft.Net.Http.Headers;

namespace EditorialHub.Web.Hosting;

/// <summary>What an item's file address sends: the body, the name to save it under, and how it opens.</summary>
/// <param name="ImageSources">The content security policy's img-src for the file itself.</param>
internal sealed record ItemFile(IResult Body, string FileName, bool Inline, string ImageSources);

/// <summary>
/// The one shape of every address that hands out an item's file (attachments, the copy-ready
/// export): signed in, the core opens it for this person or says "not found" — exactly as for an id
/// that does not exist — and it is served sandboxed, never cached, so even a file that slipped
/// through runs nothing.
/// </summary>
internal static class ItemFileResponse
{
    public static async Task<IResult> ServeAsync<T>(HttpContext context, Func<string, Task<T>> open, Func<T, ItemFile> describe)
    {
        var actorId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (actorId is null)
            return Results.Challenge();
        T opened;
        try
        {
            opened = await open(actorId);
        }
        catch (WorkflowException)
        {
            return Results.NotFound();
        }
        var file = describe(opened);
        context.UseOwnContentSecurityPolicy(SandboxPolicy(file.ImageSources));
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue(file.Inline ? "inline" : "attachment")
        {
            FileNameStar = file.FileName,
        }.ToString();
        return file.Body;
    }

    /// <summary>
    /// The file's own policy, kept by <see cref="SecurityHeaders"/>: a sandbox (no script, no form,
    /// no same-origin access even if the file were HTML), nothing loaded but its pictures, never framed.
    /// </summary>
    public static string SandboxPolicy(string imageSources) =>
        $"sandbox; default-src 'none'; img-src {imageSources}; style-src 'unsafe-inline'; frame-ancestors 'none'";
}
