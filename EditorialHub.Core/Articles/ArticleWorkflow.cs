using EditorialHub.Core.Board;

namespace EditorialHub.Core.Articles;

/// <summary>Conditions a row of the workflow table adds to its roles.</summary>
[Flags]
public enum WorkflowGuard
{
    None = 0,
    /// <summary>The author, or a member of the providing unit.</summary>
    ProviderSide = 1,
    /// <summary>The provider side, or anyone holding the Editor role.</summary>
    ProviderSideOrEditor = 2,
    /// <summary>The editor who took the item and holds it.</summary>
    HoldingEditor = 4,
    /// <summary>Anyone but the editor holding it (taking over).</summary>
    NotHoldingEditor = 8,
    /// <summary>An approver at or above the item's level who neither wrote nor edited it (four eyes).</summary>
    IndependentApproverAtLevel = 16,
    /// <summary>The item is not yet at head level.</summary>
    BelowHeadLevel = 32,
    NoPendingTakeDownRequest = 64,
    PendingTakeDownRequest = 128,
    /// <summary>Taken down, and the secretary has not yet recorded its removal from the portal.</summary>
    NotYetRemovedFromPortal = 256,
}

/// <summary>Whether an action takes a note: the entity enforces it, the dialog shows it; both read the row.</summary>
public enum NoteRule
{
    /// <summary>The action asks for no note (the dialog shows no note field).</summary>
    None = 0,
    Optional = 1,
    Required = 2,
}

/// <summary>One row of the workflow table: from a state, an action leads to a state, for these roles under these guards.</summary>
public sealed record WorkflowRule(
    ArticleState From, ArticleAction Action, ArticleState To, IReadOnlySet<Role> Roles, WorkflowGuard Guards, NoteRule Note);

/// <summary>
/// The one workflow table (Điều 12). The entity's verbs, <see cref="ArticleService"/> and the pages
/// all ask it, so a button never offers what the rule forbids.
/// </summary>
public static class ArticleWorkflow
{
    // Everyone who may write for a unit; the principal reads and answers for content but changes nothing (Điều 13.4).
    private static readonly Role[] Providers =
        [Role.DepartmentMember, Role.DepartmentHead, Role.Editor, Role.BoardSecretary, Role.BoardDeputy, Role.BoardHead];
    private static readonly Role[] Approvers = [Role.Editor, Role.BoardDeputy, Role.BoardHead];

    public static IReadOnlyList<WorkflowRule> Rules { get; } =
    [
        // The provider drafts and sends (Điều 12.3, first bullet).
        Row(ArticleState.Draft, ArticleAction.SaveEdit, ArticleState.Draft, Providers, WorkflowGuard.ProviderSide),
        Row(ArticleState.Draft, ArticleAction.Submit, ArticleState.Submitted, Providers, WorkflowGuard.ProviderSide),
        // An editor reads, edits, categorises, and passes it on or back (Điều 12.3, second bullet).
        Row(ArticleState.Submitted, ArticleAction.Take, ArticleState.Editing, [Role.Editor]),
        Row(ArticleState.Editing, ArticleAction.Take, ArticleState.Editing, [Role.Editor], WorkflowGuard.NotHoldingEditor),
        Row(ArticleState.Editing, ArticleAction.SaveEdit, ArticleState.Editing, [Role.Editor], WorkflowGuard.HoldingEditor),
        Row(ArticleState.Editing, ArticleAction.SendForApproval, ArticleState.AwaitingApproval, [Role.Editor], WorkflowGuard.HoldingEditor, NoteRule.Optional),
        Row(ArticleState.Editing, ArticleAction.ReturnToProvider, ArticleState.Draft, [Role.Editor], WorkflowGuard.HoldingEditor, NoteRule.Required),
        Row(ArticleState.Editing, ArticleAction.Refuse, ArticleState.Refused, [Role.Editor], WorkflowGuard.HoldingEditor, NoteRule.Required),
        // Approval at the item's level, never by someone who wrote or edited it (Điều 12.2, 12.3).
        Row(ArticleState.AwaitingApproval, ArticleAction.Approve, ArticleState.Approved, Approvers, WorkflowGuard.IndependentApproverAtLevel, NoteRule.Optional),
        Row(ArticleState.AwaitingApproval, ArticleAction.ReturnToEditor, ArticleState.Editing, Approvers, WorkflowGuard.IndependentApproverAtLevel, NoteRule.Required),
        Row(ArticleState.AwaitingApproval, ArticleAction.Refuse, ArticleState.Refused, Approvers, WorkflowGuard.IndependentApproverAtLevel, NoteRule.Required),
        // The deputy "xin ý kiến của Trưởng Ban Biên tập" (Điều 12.3).
        Row(ArticleState.AwaitingApproval, ArticleAction.Escalate, ArticleState.AwaitingApproval, [Role.BoardDeputy], WorkflowGuard.BelowHeadLevel, NoteRule.Optional),
        // The secretary posts what was approved (Điều 12.2, last bullet).
        Row(ArticleState.Approved, ArticleAction.Publish, ArticleState.Published, [Role.BoardSecretary]),
        // Take-down: the provider or an editor may ask; the head alone decides (Điều 12.4).
        Row(ArticleState.Published, ArticleAction.RequestTakeDown, ArticleState.Published, Providers,
            WorkflowGuard.ProviderSideOrEditor | WorkflowGuard.NoPendingTakeDownRequest, NoteRule.Required),
        Row(ArticleState.Published, ArticleAction.GrantTakeDown, ArticleState.TakenDown, [Role.BoardHead], WorkflowGuard.PendingTakeDownRequest, NoteRule.Optional),
        Row(ArticleState.Published, ArticleAction.DeclineTakeDown, ArticleState.Published, [Role.BoardHead], WorkflowGuard.PendingTakeDownRequest, NoteRule.Required),
        Row(ArticleState.Published, ArticleAction.TakeDown, ArticleState.TakenDown, [Role.BoardHead], note: NoteRule.Required),
        // A correction of a published item goes through editing and approval again while the
        // published version stays live; publishing it replaces that version (issue 4).
        Row(ArticleState.Published, ArticleAction.StartCorrection, ArticleState.CorrectionEditing, [Role.Editor],
            WorkflowGuard.NoPendingTakeDownRequest, NoteRule.Optional),
        Row(ArticleState.CorrectionEditing, ArticleAction.Take, ArticleState.CorrectionEditing, [Role.Editor], WorkflowGuard.NotHoldingEditor),
        Row(ArticleState.CorrectionEditing, ArticleAction.SaveEdit, ArticleState.CorrectionEditing, [Role.Editor], WorkflowGuard.HoldingEditor),
        Row(ArticleState.CorrectionEditing, ArticleAction.SendForApproval, ArticleState.CorrectionAwaitingApproval, [Role.Editor],
            WorkflowGuard.HoldingEditor, NoteRule.Optional),
        Row(ArticleState.CorrectionEditing, ArticleAction.DiscardCorrection, ArticleState.Published, [Role.Editor], WorkflowGuard.HoldingEditor, NoteRule.Required),
        Row(ArticleState.CorrectionEditing, ArticleAction.TakeDown, ArticleState.TakenDown, [Role.BoardHead], note: NoteRule.Required),
        Row(ArticleState.CorrectionAwaitingApproval, ArticleAction.Approve, ArticleState.CorrectionApproved, Approvers,
            WorkflowGuard.IndependentApproverAtLevel, NoteRule.Optional),
        Row(ArticleState.CorrectionAwaitingApproval, ArticleAction.ReturnToEditor, ArticleState.CorrectionEditing, Approvers,
            WorkflowGuard.IndependentApproverAtLevel, NoteRule.Required),
        Row(ArticleState.CorrectionAwaitingApproval, ArticleAction.Escalate, ArticleState.CorrectionAwaitingApproval, [Role.BoardDeputy],
            WorkflowGuard.BelowHeadLevel, NoteRule.Optional),
        // The approver turns the correction down: the published version simply stays (not a refusal of Điều 15).
        Row(ArticleState.CorrectionAwaitingApproval, ArticleAction.DiscardCorrection, ArticleState.Published, Approvers,
            WorkflowGuard.IndependentApproverAtLevel, NoteRule.Required),
        Row(ArticleState.CorrectionAwaitingApproval, ArticleAction.TakeDown, ArticleState.TakenDown, [Role.BoardHead], note: NoteRule.Required),
        Row(ArticleState.CorrectionApproved, ArticleAction.Publish, ArticleState.Published, [Role.BoardSecretary]),
        Row(ArticleState.CorrectionApproved, ArticleAction.TakeDown, ArticleState.TakenDown, [Role.BoardHead], note: NoteRule.Required),
        // What the head takes down must disappear from the portal (Điều 12.4); where the portal is on
        // another platform the secretary removes it by hand, and records here that she did.
        Row(ArticleState.TakenDown, ArticleAction.ConfirmRemovedFromPortal, ArticleState.TakenDown, [Role.BoardSecretary],
            WorkflowGuard.NotYetRemovedFromPortal),
    ];

    private static WorkflowRule Row(
        ArticleState from, ArticleAction action, ArticleState to, Role[] roles, WorkflowGuard guards = WorkflowGuard.None,
        NoteRule note = NoteRule.None) =>
        new(from, action, to, roles.ToHashSet(), guards, note);

    /// <summary>Whether <paramref name="action"/> from <paramref name="from"/> takes a note: what the entity enforces and the dialog shows.</summary>
    public static NoteRule NoteFor(ArticleState from, ArticleAction action) => RuleFor(from, action)?.Note ?? NoteRule.None;

    public static WorkflowRule? RuleFor(ArticleState from, ArticleAction action) =>
        Rules.FirstOrDefault(rule => rule.From == from && rule.Action == action);

    /// <summary>Whether <paramref name="context"/>'s actor may take <paramref name="action"/> on <paramref name="article"/> now.</summary>
    public static WorkflowDecision Check(Article article, ArticleAction action, WorkflowContext context)
    {
        var rule = RuleFor(article.State, action);
        if (rule is null)
            return WorkflowDecision.Refused(WorkflowError.NotAllowedInState, ArticleMessages.NotAllowedInState(action, article.State));
        var actor = context.Actor;
        if (!rule.Roles.Overlaps(actor.Roles))
            return WorkflowDecision.Refused(WorkflowError.RoleNotPermitted, ArticleMessages.WhoMay(action));

        var guards = rule.Guards;
        if (guards.HasFlag(WorkflowGuard.ProviderSide) && !IsProviderSide(article.AuthorId, article.UnitId, actor))
            return WorkflowDecision.Refused(WorkflowError.NotProvider, ArticleMessages.NotProvider);
        if (guards.HasFlag(WorkflowGuard.ProviderSideOrEditor)
            && !IsProviderSide(article.AuthorId, article.UnitId, actor) && !actor.Holds(Role.Editor))
            return WorkflowDecision.Refused(WorkflowError.NotProvider, ArticleMessages.NotProviderNorEditor);
        if (guards.HasFlag(WorkflowGuard.HoldingEditor) && article.AssignedEditorId != actor.PersonId)
            return WorkflowDecision.Refused(WorkflowError.NotHoldingEditor, ArticleMessages.NotHoldingEditor);
        if (guards.HasFlag(WorkflowGuard.NotHoldingEditor) && article.AssignedEditorId == actor.PersonId)
            return WorkflowDecision.Refused(WorkflowError.AlreadyHolding, ArticleMessages.AlreadyHolding);
        if (guards.HasFlag(WorkflowGuard.IndependentApproverAtLevel) && CheckApprover(article, context) is { IsAllowed: false } refusal)
            return refusal;
        if (guards.HasFlag(WorkflowGuard.BelowHeadLevel) && article.ApprovalLevel == ApprovalLevel.Head)
            return WorkflowDecision.Refused(WorkflowError.AlreadyHeadLevel, ArticleMessages.AlreadyHeadLevel);
        if (guards.HasFlag(WorkflowGuard.NoPendingTakeDownRequest) && article.HasPendingTakeDownRequest)
            return WorkflowDecision.Refused(WorkflowError.TakeDownAlreadyRequested, ArticleMessages.TakeDownAlreadyRequested);
        if (guards.HasFlag(WorkflowGuard.PendingTakeDownRequest) && !article.HasPendingTakeDownRequest)
            return WorkflowDecision.Refused(WorkflowError.NoTakeDownRequest, ArticleMessages.NoTakeDownRequest);
        if (guards.HasFlag(WorkflowGuard.NotYetRemovedFromPortal) && article.RemovedFromPortalAtUtc is not null)
            return WorkflowDecision.Refused(WorkflowError.AlreadyRemovedFromPortal, ArticleMessages.AlreadyRemovedFromPortal);
        return WorkflowDecision.Allowed;
    }

    /// <summary>The actions the actor may take on the item now: what the pages offer as buttons.</summary>
    public static IReadOnlyList<ArticleAction> AllowedActions(Article article, WorkflowContext context) =>
        Rules.Where(rule => rule.From == article.State)
            .Select(rule => rule.Action)
            .Where(action => Check(article, action, context).IsAllowed)
            .ToList();

    /// <summary>
    /// Who may start a draft for a unit: its members for their own unit; the board (head, deputy,
    /// secretary, editors) for any unit, since they also write the school's own items (Điều 12.1).
    /// </summary>
    public static WorkflowDecision CheckCreate(int unitId, WorkflowActor actor)
    {
        var board = actor.Holds(Role.BoardHead) || actor.Holds(Role.BoardDeputy)
            || actor.Holds(Role.BoardSecretary) || actor.Holds(Role.Editor);
        var member = actor.Holds(Role.DepartmentMember) && actor.UnitId == unitId;
        return board || member
            ? WorkflowDecision.Allowed
            : WorkflowDecision.Refused(WorkflowError.CannotCreateForUnit, ArticleMessages.CannotCreateForUnit);
    }

    /// <summary>
    /// Who may delete a draft: its author alone, and only while it was never sent to the board. An item
    /// ever submitted keeps its history (DOMAIN.md, "How": never deleted), however it came back; a
    /// colleague of the unit, its department head included, may not delete what someone else typed.
    /// </summary>
    public static WorkflowDecision CheckDeleteDraft(Article article, WorkflowActor actor)
    {
        if (article.State != ArticleState.Draft || article.SubmittedAtUtc is not null)
            return WorkflowDecision.Refused(WorkflowError.DraftEverSubmitted, ArticleMessages.DraftEverSubmitted);
        if (article.AuthorId != actor.PersonId || !Rules.Any(rule => rule.From == ArticleState.Draft && rule.Roles.Overlaps(actor.Roles)))
            return WorkflowDecision.Refused(WorkflowError.NotDraftAuthor, ArticleMessages.NotDraftAuthor);
        return WorkflowDecision.Allowed;
    }

    /// <summary>
    /// Who may read an item: a draft only its provider side; a published item everyone with a role;
    /// anything in between the provider side, the board and the principal (Điều 13.4).
    /// </summary>
    public static bool CanRead(ArticleState state, string authorId, int unitId, WorkflowActor actor) => state switch
    {
        _ when IsProviderSide(authorId, unitId, actor) => true,
        ArticleState.Draft => false,
        // While a correction is under way the published version is still on the portal: everyone
        // may read that version; ArticleService shows the corrected text only to the provider side and the board.
        ArticleState.Published or ArticleState.CorrectionEditing or ArticleState.CorrectionAwaitingApproval
            or ArticleState.CorrectionApproved => actor.Roles.Count > 0,
        _ => actor.IsBoardOrPrincipal,
    };

    /// <summary>
    /// Who may read a correction's working text (not yet approved): the provider side, the board and
    /// the principal. Everyone else reads the published version.
    /// </summary>
    public static bool CanReadWorkingText(string authorId, int unitId, WorkflowActor actor) =>
        IsProviderSide(authorId, unitId, actor) || actor.IsBoardOrPrincipal;

    /// <summary>
    /// Who may download the copy-ready export (HTML with its images) for portals the school posts to
    /// by hand: whoever the table lets publish, once the item is approved or on the portal.
    /// </summary>
    public static bool CanExport(ArticleState state, WorkflowActor actor) =>
        state is ArticleState.Approved or ArticleState.Published or ArticleState.CorrectionApproved
        && RuleFor(ArticleState.Approved, ArticleAction.Publish)!.Roles.Overlaps(actor.Roles);

    public static bool IsProviderSide(string authorId, int unitId, WorkflowActor actor) =>
        actor.PersonId == authorId || (actor.Holds(Role.DepartmentMember) && actor.UnitId == unitId);

    private static WorkflowDecision CheckApprover(Article article, WorkflowContext context)
    {
        var actor = context.Actor;
        // Four eyes: whatever their roles, nobody decides on an item they wrote or edited.
        if (article.IsAuthorOrEditor(actor.PersonId))
            return WorkflowDecision.Refused(WorkflowError.FourEyes, ArticleMessages.FourEyes);
        var level = article.ApprovalLevel ?? ApprovalLevel.Head;
        if (actor.ApproverLevel >= level)
            return WorkflowDecision.Allowed;
        // When the head wrote or edited a head-level item, the deputy may decide it (a setting).
        if (level == ApprovalLevel.Head && actor.ApproverLevel == ApprovalLevel.Deputy
            && context.Options.AllowDeputyWhenHeadIsAuthor
            && context.HeadIds.Any(article.IsAuthorOrEditor))
            return WorkflowDecision.Allowed;
        return WorkflowDecision.Refused(WorkflowError.LevelTooLow, ArticleMessages.LevelTooLow(level));
    }
}
