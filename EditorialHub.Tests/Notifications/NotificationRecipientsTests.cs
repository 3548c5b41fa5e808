using EditorialHub.Core.Articles;
using EditorialHub.Core.Notifications;
using static EditorialHub.Core.Articles.ArticleAction;
using static EditorialHub.Core.Articles.ArticleState;

namespace EditorialHub.Tests.Notifications;

/// <summary>
/// Who is told of each step (issue 4). A school with one head (H), one deputy (D), one secretary
/// (S) and three editors: E1 in unit 1, E2 and E3 in unit 2. The item is unit 1's, written by A,
/// held by E1; M is another member of unit 1.
/// </summary>
public sealed class NotificationRecipientsTests
{
    private static readonly BoardToday Board = new(
        Heads: new HashSet<string> { "H" },
        Deputies: new HashSet<string> { "D" },
        Secretaries: new HashSet<string> { "S" },
        EditorUnits: new Dictionary<string, int?> { ["E1"] = 1, ["E2"] = 2, ["E3"] = 2 });

    private static NotifiedItem Item(
        string author = "A", int unit = 1, ApprovalLevel? level = ApprovalLevel.Editor,
        string? requester = null, string? previousHolder = null) =>
        new(7, "Hội giảng", unit, author, "E1", new HashSet<string> { "E1" }, level, requester, previousHolder);

    public static TheoryData<string, ArticleAction, ArticleState, ArticleState, string, NotifiedItem, bool, string> Rows => new()
    {
        // case, action, from, to, actor, item, deputy may stand in for an authoring head, who is told
        { "submit: the unit's editor", Submit, Draft, Submitted, "A", Item(), true, "E1:ItemSubmitted" },
        { "submit by a colleague: the author too", Submit, Draft, Submitted, "M", Item(), true, "A:YourItemChanged E1:ItemSubmitted" },
        { "submit from a unit without editors: every editor", Submit, Draft, Submitted, "A", Item(unit: 3), true, "E1:ItemSubmitted E2:ItemSubmitted E3:ItemSubmitted" },
        { "submit by the unit's only editor: the others", Submit, Draft, Submitted, "E1", Item(author: "E1"), true, "E2:ItemSubmitted E3:ItemSubmitted" },
        { "take: the author", Take, Submitted, Editing, "E1", Item(), true, "A:YourItemChanged" },
        { "take over: the previous holder", Take, Editing, Editing, "E2", Item(previousHolder: "E1"), true, "E1:TakenOver" },
        { "save: nobody", SaveEdit, Editing, Editing, "E1", Item(), true, "" },
        { "send at editor level: the other editors", SendForApproval, Editing, AwaitingApproval, "E1", Item(), true, "A:YourItemChanged E2:AwaitingYourApproval E3:AwaitingYourApproval" },
        { "send at deputy level: the deputy", SendForApproval, Editing, AwaitingApproval, "E1", Item(level: ApprovalLevel.Deputy), true, "A:YourItemChanged D:AwaitingYourApproval" },
        { "send at head level: the head", SendForApproval, Editing, AwaitingApproval, "E1", Item(level: ApprovalLevel.Head), true, "A:YourItemChanged H:AwaitingYourApproval" },
        { "head wrote it: the deputy decides", SendForApproval, Editing, AwaitingApproval, "E1", Item(author: "H", level: ApprovalLevel.Head), true, "D:AwaitingYourApproval H:YourItemChanged" },
        { "head wrote it, no stand-in: nobody may decide", SendForApproval, Editing, AwaitingApproval, "E1", Item(author: "H", level: ApprovalLevel.Head), false, "H:YourItemChanged" },
        { "deputy wrote it: the head", SendForApproval, Editing, AwaitingApproval, "E1", Item(author: "D", level: ApprovalLevel.Deputy), true, "D:YourItemChanged H:AwaitingYourApproval" },
        { "escalate: the head", Escalate, AwaitingApproval, AwaitingApproval, "D", Item(level: ApprovalLevel.Deputy), true, "H:AwaitingYourApproval" },
        { "return to editor: the holder and the author", ReturnToEditor, AwaitingApproval, Editing, "D", Item(), true, "A:YourItemChanged E1:ReturnedToYou" },
        { "return to provider: the author", ReturnToProvider, Editing, Draft, "E1", Item(), true, "A:YourItemChanged" },
        { "approve: the secretary, the holder, the author", Approve, AwaitingApproval, Approved, "D", Item(), true, "A:YourItemChanged E1:YourItemChanged S:ReadyToPublish" },
        { "refuse while editing: the author", Refuse, Editing, Refused, "E1", Item(), true, "A:YourItemChanged" },
        { "refuse by the approver: the holder and the author", Refuse, AwaitingApproval, Refused, "D", Item(), true, "A:YourItemChanged E1:YourItemChanged" },
        { "publish: the author", Publish, Approved, Published, "S", Item(), true, "A:YourItemChanged" },
        { "take-down request: the head", RequestTakeDown, Published, Published, "A", Item(), true, "H:TakeDownRequested" },
        // A take-down must reach the portal: the secretary is told to remove it there (Điều 12.4).
        { "grant: the secretary, the requester and the author", GrantTakeDown, Published, TakenDown, "H", Item(requester: "M"), true, "A:YourItemChanged M:YourItemChanged S:RemoveFromPortal" },
        { "decline: the requester only", DeclineTakeDown, Published, Published, "H", Item(requester: "E2"), true, "E2:YourItemChanged" },
        { "take down: the secretary and the author", TakeDown, Published, TakenDown, "H", Item(), true, "A:YourItemChanged S:RemoveFromPortal" },
        { "take down during a correction: the secretary and the author", TakeDown, CorrectionEditing, TakenDown, "H", Item(), true, "A:YourItemChanged S:RemoveFromPortal" },
        { "the head takes down her own item: the secretary", TakeDown, Published, TakenDown, "H", Item(author: "H"), true, "S:RemoveFromPortal" },
        { "the secretary's own item taken down: told once, to remove it", TakeDown, Published, TakenDown, "H", Item(author: "S"), true, "S:RemoveFromPortal" },
        { "confirmed removed from the portal: nobody", ConfirmRemovedFromPortal, TakenDown, TakenDown, "S", Item(), true, "" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void For_EachStep_TellsTheRightPeople(
        string @case, ArticleAction action, ArticleState from, ArticleState to, string actor, NotifiedItem item,
        bool deputyStandsIn, string expected)
    {
        var change = new ArticleChange(item.Id, item.UnitId, actor, action, from, to, new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc));

        var told = NotificationRecipients.For(change, item, Board, deputyStandsIn);

        var actual = string.Join(" ", told.Select(r => $"{r.PersonId}:{r.Kind}").Order(StringComparer.Ordinal));
        Assert.True(expected == actual, $"{@case}: expected [{expected}] but [{actual}]");
        Assert.DoesNotContain(told, r => r.PersonId == actor);
        Assert.Equal(told.Count, told.Select(r => r.PersonId).Distinct().Count());
    }
}
