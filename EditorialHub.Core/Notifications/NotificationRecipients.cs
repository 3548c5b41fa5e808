using EditorialHub.Core.Articles;

namespace EditorialHub.Core.Notifications;

/// <summary>What the rule needs to know of the item after the step was saved.</summary>
public sealed record NotifiedItem(
    int Id,
    string Title,
    int UnitId,
    string AuthorId,
    string? HoldingEditorId,
    IReadOnlySet<string> EditorIds,
    ApprovalLevel? ApprovalLevel,
    // From the history: who asked for the take-down being decided, who held the item before a take-over.
    string? TakeDownRequesterId = null,
    string? PreviousHolderId = null);

/// <summary>Who holds the board's roles today; editors with their unit (an editor is also a teacher of a department).</summary>
public sealed record BoardToday(
    IReadOnlySet<string> Heads,
    IReadOnlySet<string> Deputies,
    IReadOnlySet<string> Secretaries,
    IReadOnlyDictionary<string, int?> EditorUnits);

public sealed record Recipient(string PersonId, NotificationKind Kind);

/// <summary>
/// Who is told of a step of the workflow (issue 4): the people the work now waits for, and the
/// people whose own item it is. The actor is never told of their own step; each person is told
/// once per step, the work first.
/// </summary>
public static class NotificationRecipients
{
    public static IReadOnlyList<Recipient> For(
        ArticleChange change, NotifiedItem item, BoardToday board, bool allowDeputyWhenHeadIsAuthor)
    {
        var told = new List<Recipient>();
        void Tell(NotificationKind kind, IEnumerable<string?> people) =>
            told.AddRange(people.OfType<string>().Select(person => new Recipient(person, kind)));
        void Tell1(NotificationKind kind, string? person) => Tell(kind, [person]);

        switch (change.Action)
        {
            case ArticleAction.Submit:
                Tell(NotificationKind.ItemSubmitted, EditorsFor(item, board));
                break;
            case ArticleAction.Take when change.From == ArticleState.Editing:
                Tell1(NotificationKind.TakenOver, item.PreviousHolderId);
                break;
            case ArticleAction.SendForApproval:
                Tell(NotificationKind.AwaitingYourApproval, ApproversFor(item, board, allowDeputyWhenHeadIsAuthor));
                break;
            case ArticleAction.Escalate:
                Tell(NotificationKind.AwaitingYourApproval, ApproversFor(
                    item with { ApprovalLevel = ApprovalLevel.Head }, board, allowDeputyWhenHeadIsAuthor));
                break;
            case ArticleAction.ReturnToEditor:
                Tell1(NotificationKind.ReturnedToYou, item.HoldingEditorId);
                break;
            case ArticleAction.Approve:
                Tell(NotificationKind.ReadyToPublish, board.Secretaries);
                Tell1(NotificationKind.YourItemChanged, item.HoldingEditorId);
                break;
            case ArticleAction.Refuse:
                Tell1(NotificationKind.YourItemChanged, item.HoldingEditorId);
                break;
            case ArticleAction.RequestTakeDown:
                Tell(NotificationKind.TakeDownRequested, board.Heads);
                break;
            case ArticleAction.GrantTakeDown:
                // A take-down must reach the portal: the secretary removes it there (Điều 12.4).
                Tell(NotificationKind.RemoveFromPortal, board.Secretaries);
                Tell1(NotificationKind.YourItemChanged, item.TakeDownRequesterId);
                break;
            case ArticleAction.DeclineTakeDown:
                Tell1(NotificationKind.YourItemChanged, item.TakeDownRequesterId);
                break;
            case ArticleAction.TakeDown:
                Tell(NotificationKind.RemoveFromPortal, board.Secretaries);
                break;
        }
        // The author hears of every change of their item's state (Điều 12.3: the provider follows it).
        if (change.From != change.To)
            Tell1(NotificationKind.YourItemChanged, item.AuthorId);

        return told
            .Where(recipient => recipient.PersonId != change.ActorId)
            .DistinctBy(recipient => recipient.PersonId)
            .ToList();
    }

    /// <summary>
    /// The editors of the item's own unit; every editor when the unit has none. An editor who wrote
    /// the item is left out (someone else should edit it), so their own item still reaches someone.
    /// </summary>
    public static IEnumerable<string> EditorsFor(NotifiedItem item, BoardToday board)
    {
        var others = board.EditorUnits.Where(e => e.Key != item.AuthorId).ToList();
        var own = others.Where(e => e.Value == item.UnitId).Select(e => e.Key).ToList();
        return own.Count > 0 ? own : others.Select(e => e.Key);
    }

    /// <summary>
    /// Those who may decide the item at its level (Điều 12.2), leaving out whoever wrote or edited it
    /// (four eyes). Only the item's own level is told, not everyone above it; when nobody there may
    /// decide, the next level up is.
    /// </summary>
    public static IEnumerable<string> ApproversFor(NotifiedItem item, BoardToday board, bool allowDeputyWhenHeadIsAuthor)
    {
        bool Independent(string person) => person != item.AuthorId && !item.EditorIds.Contains(person);
        var level = item.ApprovalLevel ?? ApprovalLevel.Head;
        if (level == ApprovalLevel.Editor && board.EditorUnits.Keys.Where(Independent).ToList() is { Count: > 0 } editors)
            return editors;
        if (level <= ApprovalLevel.Deputy && board.Deputies.Where(Independent).ToList() is { Count: > 0 } deputies)
            return deputies;
        var heads = board.Heads.Where(Independent).ToList();
        // The head wrote or edited it: the deputy may decide when the setting allows (four eyes).
        if (allowDeputyWhenHeadIsAuthor && board.Heads.Any(head => !Independent(head)))
            heads.AddRange(board.Deputies.Where(Independent));
        return heads;
    }
}
