namespace EditorialHub.Core.Articles;

/// <summary>
/// One step of an item's history: who did what, when, from which state to which, with their note and
/// ground. Append-only: no setters, and EditorialDbContext refuses to update or delete a row.
/// </summary>
public sealed class ArticleTransition
{
    private ArticleTransition() { ActorId = ""; }

    internal ArticleTransition(
        string actorId, DateTime atUtc, ArticleState from, ArticleState to, ArticleAction action,
        string? note, RefusalGround? refusalGround, TakeDownGround? takeDownGround)
    {
        ActorId = actorId;
        AtUtc = atUtc;
        From = from;
        To = to;
        Action = action;
        Note = note;
        RefusalGround = refusalGround;
        TakeDownGround = takeDownGround;
    }

    public long Id { get; private init; }
    public int ArticleId { get; private init; }
    public string ActorId { get; private init; }
    public DateTime AtUtc { get; private init; }
    public ArticleState From { get; private init; }
    public ArticleState To { get; private init; }
    public ArticleAction Action { get; private init; }
    public string? Note { get; private init; }
    /// <summary>Set on a refusal (Điều 15).</summary>
    public RefusalGround? RefusalGround { get; private init; }
    /// <summary>Set on a take-down, its request and its decision (Điều 12.4).</summary>
    public TakeDownGround? TakeDownGround { get; private init; }
}
