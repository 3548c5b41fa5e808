using EditorialHub.Core.Board;

namespace EditorialHub.Core.Articles;

/// <summary>The person acting: their roles today (for the current school year) and their unit.</summary>
public sealed record WorkflowActor(string PersonId, IReadOnlySet<Role> Roles, int? UnitId)
{
    public bool Holds(Role role) => Roles.Contains(role);

    /// <summary>The highest level this person may approve at, if any (Điều 12.2).</summary>
    public ApprovalLevel? ApproverLevel =>
        Holds(Role.BoardHead) ? ApprovalLevel.Head
        : Holds(Role.BoardDeputy) ? ApprovalLevel.Deputy
        : Holds(Role.Editor) ? ApprovalLevel.Editor
        : null;

    /// <summary>Members of the board and the principal follow every submitted item.</summary>
    public bool IsBoardOrPrincipal =>
        Holds(Role.BoardHead) || Holds(Role.BoardDeputy) || Holds(Role.BoardSecretary)
        || Holds(Role.Editor) || Holds(Role.Principal);
}

/// <summary>
/// Everything a rule of the workflow needs besides the item: who acts, the settings, who holds the
/// head's role today (for the deputy's four-eyes exception) and the time.
/// </summary>
public sealed record WorkflowContext(
    WorkflowActor Actor, WorkflowOptions Options, IReadOnlySet<string> HeadIds, DateTime NowUtc);
