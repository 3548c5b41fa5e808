using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Articles;

public sealed partial class ArticleService
{
    /// <summary>
    /// The author deletes a draft never sent to the board (<see cref="ArticleWorkflow.CheckDeleteDraft"/>),
    /// so abandoned drafts do not stay in the department's list for ever. The draft, its working history,
    /// revisions, comments, notifications and attachments go; a <see cref="DeletedDraft"/> records what
    /// went, who and when; the attachments' files are removed from storage once that is saved.
    /// </summary>
    public async Task DeleteDraftAsync(int id, string actorId, CancellationToken ct = default)
    {
        var context = await ContextAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.Include(a => a.Editors).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new WorkflowException(WorkflowError.NotFound, ArticleMessages.NotFound);
        DemandRead(article.State, article.AuthorId, article.UnitId, context.Actor);
        ArticleWorkflow.CheckDeleteDraft(article, context.Actor).ThrowIfRefused();

        var attachments = await db.Attachments.Where(a => a.ArticleId == id).ToListAsync(ct);
        db.ArticleTransitions.RemoveRange(await db.ArticleTransitions.Where(t => t.ArticleId == id).ToListAsync(ct));
        db.ArticleRevisions.RemoveRange(await db.ArticleRevisions.Where(r => r.ArticleId == id).ToListAsync(ct));
        db.ArticleComments.RemoveRange(await db.ArticleComments.Where(c => c.ArticleId == id).ToListAsync(ct));
        db.Notifications.RemoveRange(await db.Notifications.Where(n => n.ArticleId == id).ToListAsync(ct));
        db.Attachments.RemoveRange(attachments);
        db.Articles.Remove(article);
        db.DeletedDrafts.Add(new DeletedDraft(article, context.Actor.PersonId, context.NowUtc, attachments.Count));
        try
        {
            // The draft's concurrency token guards the moment between the check and the delete: a
            // submit in another tab in between makes this refuse, and nothing is deleted.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowException(WorkflowError.Concurrency, ArticleMessages.Concurrency);
        }
        foreach (var attachment in attachments)
            attachmentStore.Delete(attachment.StoredName);
    }
}
