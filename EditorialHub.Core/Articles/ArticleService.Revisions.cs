using EditorialHub.Core.Articles.Revisions;

namespace EditorialHub.Core.Articles;

public sealed partial class ArticleService
{
    /// <summary>
    /// Compares two revisions of an item word by word (either order: the older is shown first), for
    /// whoever may read them (<see cref="GetRevisionsAsync"/>).
    /// </summary>
    public async Task<RevisionComparison> CompareRevisionsAsync(int id, string actorId, int first, int second, CancellationToken ct = default)
    {
        var revisions = await GetRevisionsAsync(id, actorId, ct);
        var older = revisions.SingleOrDefault(r => r.Number == Math.Min(first, second));
        var newer = revisions.SingleOrDefault(r => r.Number == Math.Max(first, second));
        if (older is null || newer is null)
            throw new WorkflowException(WorkflowError.NotFound, ArticleMessages.RevisionNotFound);
        return RevisionComparison.Of(older, newer);
    }
}
