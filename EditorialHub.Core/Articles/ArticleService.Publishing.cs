using System.Security.Cryptography;
using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Articles.Publishing;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Articles;

/// <summary>The copy-ready export: a file name and one self-contained HTML document.</summary>
public sealed record ArticleExport(string FileName, string Html);

// Publishing aids (issue 4): what the checklist needs to know of the files, and the copy-ready
// export for portals the school posts to by hand.
public sealed partial class ArticleService
{
    /// <summary>
    /// Downloads the item as one HTML file with its pictures inside it, for whoever may publish it
    /// (<see cref="ArticleWorkflow.CanExport"/>): approved, on the portal, or an approved correction.
    /// </summary>
    public async Task<ArticleExport> ExportAsync(int id, string actorId, CancellationToken ct = default)
    {
        var context = await ContextAsync(actorId, ct);
        var item = await GetAsync(id, actorId, ct);
        if (!ArticleWorkflow.CanExport(item.State, context.Actor))
            throw new WorkflowException(WorkflowError.CannotExport, ArticleMessages.CannotExport);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Attachments.AsNoTracking().Where(a => a.ArticleId == id).OrderBy(a => a.Id).ToListAsync(ct);
        var files = new List<ExportFile>();
        foreach (var row in rows)
        {
            byte[]? content = null;
            if (row.Kind == AttachmentKind.Image)
            {
                try
                {
                    await using var stream = attachmentStore.Open(row.StoredName);
                    using var buffer = new MemoryStream();
                    await stream.CopyToAsync(buffer, ct);
                    content = buffer.ToArray();
                }
                catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
                {
                    // Listed without its picture; the checklist already says the file is missing.
                }
            }
            files.Add(new ExportFile(row.Id, row.FileName, row.Kind, row.ContentType, row.SizeBytes, row.AltText, content));
        }
        return new ArticleExport(PortalExport.FileNameFor(item.Title), PortalExport.Build(item, files));
    }

    /// <summary>
    /// Each attachment of the item as the checklist sees it: does its file still open, hold what was
    /// uploaded (same SHA-256) and pass the same inspection as on upload?
    /// </summary>
    private async Task<IReadOnlyList<AttachmentCheck>> CheckAttachmentsAsync(int articleId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Attachments.AsNoTracking().Where(a => a.ArticleId == articleId).OrderBy(a => a.Id).ToListAsync(ct);
        var checks = new List<AttachmentCheck>(rows.Count);
        foreach (var row in rows)
            checks.Add(new AttachmentCheck(row.FileName, row.Kind, row.AltText, await OpensAsync(row, ct)));
        return checks;
    }

    private async Task<bool> OpensAsync(Attachment row, CancellationToken ct)
    {
        try
        {
            await using var stream = attachmentStore.Open(row.StoredName);
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
            if (hash != row.Sha256)
                return false;
            return AttachmentInspector.Inspect(row.FileName, stream).Kind == row.Kind;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or WorkflowException)
        {
            return false;
        }
    }
}
