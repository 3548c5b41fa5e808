using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Articles.RichText;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Articles;

/// <summary>An attachment as a page lists it.</summary>
public sealed record AttachmentView(
    int Id, int ArticleId, string FileName, AttachmentKind Kind, string ContentType, long SizeBytes, string? AltText,
    string UploadedById, string UploadedByName, DateTime UploadedAtUtc)
{
    public string Url => Attachment.UrlFor(Id);
}

/// <summary>An attachment opened for download or display. The caller disposes <see cref="Content"/>.</summary>
public sealed record AttachmentDownload(Stream Content, string ContentType, string DownloadName, AttachmentKind Kind, long SizeBytes);

// Attachments (000 Điều 7.4; issue 4): whoever may edit the item now may attach and remove, whoever
// may read it may open them, and nobody else learns that they exist.
public sealed partial class ArticleService
{
    /// <summary>
    /// Attaches a file to an item, for whoever may edit it in its current state (the workflow's
    /// SaveEdit rule: the provider side on a draft, the holding editor while editing). The content
    /// decides the type (<see cref="AttachmentInspector"/>); a refusal leaves no file and no row.
    /// </summary>
    public async Task<AttachmentView> AddAttachmentAsync(
        int articleId, string actorId, string fileName, Stream content, string? altText = null, CancellationToken ct = default)
    {
        var context = await ContextAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Editors).SingleOrDefaultAsync(a => a.Id == articleId, ct)
            ?? throw new WorkflowException(WorkflowError.NotFound, ArticleMessages.NotFound);
        DemandRead(article.State, article.AuthorId, article.UnitId, context.Actor);
        ArticleWorkflow.Check(article, ArticleAction.SaveEdit, context).ThrowIfRefused();

        // Refused by name before a byte is read: an .exe is not worth receiving.
        var name = AttachmentNames.Clean(fileName);
        AttachmentInspector.CheckName(name);
        var alt = ArticleHtml.PlainText(altText);
        if (alt.Length > Attachment.AltTextMaxLength)
            throw new WorkflowException(WorkflowError.AttachmentRefused, AttachmentMessages.AltTextTooLong);

        var maxBytes = attachmentOptions.CurrentValue.MaxBytes;
        using var staged = await attachmentStore.StageAsync(content, maxBytes, ct);
        if (staged.TooLarge)
            throw new WorkflowException(WorkflowError.AttachmentRefused, AttachmentMessages.TooLarge(name, maxBytes));
        var inspected = AttachmentInspector.Inspect(name, staged.Content);

        var storedName = attachmentStore.Commit(staged, context.NowUtc);
        var attachment = new Attachment(
            articleId, name, inspected.Kind, inspected.ContentType, staged.Length, staged.Sha256, storedName,
            actorId, context.NowUtc, inspected.Kind == AttachmentKind.Image && alt.Length > 0 ? alt : null);
        db.Attachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            attachmentStore.Delete(storedName);
            throw;
        }
        var uploader = await db.Users.Where(p => p.Id == actorId).Select(p => p.FullName).SingleAsync(ct);
        return new AttachmentView(
            attachment.Id, articleId, attachment.FileName, attachment.Kind, attachment.ContentType, attachment.SizeBytes,
            attachment.AltText, actorId, uploader, attachment.UploadedAtUtc);
    }

    /// <summary>Removes an attachment: the same people as may attach (the SaveEdit rule).</summary>
    public async Task RemoveAttachmentAsync(int attachmentId, string actorId, CancellationToken ct = default)
    {
        var context = await ContextAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId, ct)
            ?? throw new WorkflowException(WorkflowError.NotFound, AttachmentMessages.NotFound);
        var article = await db.Articles.AsNoTracking().Include(a => a.Editors).SingleAsync(a => a.Id == attachment.ArticleId, ct);
        if (!ArticleWorkflow.CanRead(article.State, article.AuthorId, article.UnitId, context.Actor))
            throw new WorkflowException(WorkflowError.NotFound, AttachmentMessages.NotFound);
        ArticleWorkflow.Check(article, ArticleAction.SaveEdit, context).ThrowIfRefused();

        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        // The row goes first: a file left behind by a failed delete is harmless, a row without its file is not.
        attachmentStore.Delete(attachment.StoredName);
    }

    /// <summary>An item's attachments, in the order they were added, for whoever may read the item.</summary>
    public async Task<IReadOnlyList<AttachmentView>> ListAttachmentsAsync(int articleId, string actorId, CancellationToken ct = default)
    {
        await using var db = await ReadableAsync(articleId, actorId, ct);
        return await db.Attachments.AsNoTracking()
            .Where(a => a.ArticleId == articleId)
            .OrderBy(a => a.Id)
            .Select(a => new AttachmentView(
                a.Id, a.ArticleId, a.FileName, a.Kind, a.ContentType, a.SizeBytes, a.AltText, a.UploadedById,
                db.Users.Where(p => p.Id == a.UploadedById).Select(p => p.FullName).First(), a.UploadedAtUtc))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Opens an attachment for whoever may read its item. Anyone else — a member of another unit
    /// guessing the address of a draft's attachment (issue 3) — gets "not found", exactly as for an
    /// id that does not exist, so guessing reveals nothing.
    /// </summary>
    public async Task<AttachmentDownload> OpenAttachmentAsync(int attachmentId, string actorId, CancellationToken ct = default)
    {
        var context = await ContextAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, ct);
        var article = attachment is null ? null : await db.Articles.AsNoTracking()
            .Where(a => a.Id == attachment.ArticleId)
            .Select(a => new { a.State, a.AuthorId, a.UnitId })
            .SingleOrDefaultAsync(ct);
        if (attachment is null || article is null
            || !ArticleWorkflow.CanRead(article.State, article.AuthorId, article.UnitId, context.Actor))
            throw new WorkflowException(WorkflowError.NotFound, AttachmentMessages.NotFound);
        try
        {
            var stream = attachmentStore.Open(attachment.StoredName);
            return new AttachmentDownload(stream, attachment.ContentType, attachment.FileName, attachment.Kind, attachment.SizeBytes);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new WorkflowException(WorkflowError.NotFound, AttachmentMessages.FileMissing);
        }
    }
}
