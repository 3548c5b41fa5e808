using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Articles;

/// <summary>What a take-down leaves to do: the secretary removes the item from the portal and records it (Điều 12.4).</summary>
public sealed record PortalRemovalItem(
    int Id, string Title, string UnitName, string? PortalUrl, DateTime? TakenDownAtUtc, TakeDownGround? Ground);

public sealed partial class ArticleService
{
    /// <summary>The secretary records that the taken-down item is gone from the portal; the history keeps her name and the time.</summary>
    public Task<ArticleHandle> ConfirmRemovedFromPortalAsync(int id, string actorId, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.ConfirmRemovedFromPortal(context), ct);

    /// <summary>
    /// Taken-down items not yet recorded as removed from the portal, latest take-down first: the
    /// secretary's list "Cần gỡ khỏi Cổng". Only those the table lets confirm (the secretary) may read it.
    /// </summary>
    public async Task<IReadOnlyList<PortalRemovalItem>> AwaitingPortalRemovalAsync(string actorId, CancellationToken ct = default)
    {
        var actor = (await ContextAsync(actorId, ct)).Actor;
        var rule = ArticleWorkflow.RuleFor(ArticleState.TakenDown, ArticleAction.ConfirmRemovedFromPortal)!;
        if (!rule.Roles.Overlaps(actor.Roles))
            throw new WorkflowException(WorkflowError.RoleNotPermitted, ArticleMessages.WhoMay(rule.Action));
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking()
            .Where(a => a.State == ArticleState.TakenDown && a.RemovedFromPortalAtUtc == null)
            .OrderByDescending(a => a.TakenDownAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new PortalRemovalItem(
                a.Id, a.Title, db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).First(),
                a.PortalUrl, a.TakenDownAtUtc, a.TakeDownGround))
            .ToListAsync(ct);
    }
}
