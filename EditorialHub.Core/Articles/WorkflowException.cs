namespace EditorialHub.Core.Articles;

/// <summary>Why the workflow refused something; the UI shows <see cref="Exception.Message"/>.</summary>
public enum WorkflowError
{
    /// <summary>The action does not exist from the item's state.</summary>
    NotAllowedInState = 1,
    /// <summary>None of the actor's roles may take this action.</summary>
    RoleNotPermitted,
    /// <summary>Only the author or a member of the providing unit may.</summary>
    NotProvider,
    /// <summary>Another editor holds the item.</summary>
    NotHoldingEditor,
    /// <summary>The actor already holds the item.</summary>
    AlreadyHolding,
    /// <summary>Nobody approves what they wrote or edited.</summary>
    FourEyes,
    /// <summary>The item's approval level is above the actor's.</summary>
    LevelTooLow,
    /// <summary>The item is already at head level.</summary>
    AlreadyHeadLevel,
    TakeDownAlreadyRequested,
    NoTakeDownRequest,
    NoteRequired,
    RefusalGroundRequired,
    TakeDownGroundRequired,
    PortalAddressRequired,
    InvalidContent,
    /// <summary>Someone else saved the item since it was loaded (optimistic concurrency).</summary>
    Concurrency,
    NotFound,
    CannotRead,
    CannotCreateForUnit,
    UnknownUnit,
    /// <summary>The person holds no role today (inactive, or no school year).</summary>
    NoRoles,
    /// <summary>An upload refused: its type, its content or its size (000 Điều 7.4).</summary>
    AttachmentRefused,
    /// <summary>The pre-publish checklist has an unmet line and no reason was given.</summary>
    ChecklistUnmet,
    /// <summary>Only the publishers may export an item, once it is approved or on the portal.</summary>
    CannotExport,
    /// <summary>The secretary already recorded that the item is gone from the portal.</summary>
    AlreadyRemovedFromPortal,
    /// <summary>Only a draft never sent to the board may be deleted.</summary>
    DraftEverSubmitted,
    /// <summary>Only the author deletes their draft.</summary>
    NotDraftAuthor,
}

/// <summary>A move the workflow refuses, with a code for the program and a Vietnamese message for people.</summary>
public sealed class WorkflowException(WorkflowError code, string message) : Exception(message)
{
    public WorkflowError Code { get; } = code;
}

/// <summary>The answer of a check: allowed, or refused with a code and a message.</summary>
public sealed record WorkflowDecision(WorkflowError? Error, string? Message)
{
    public static WorkflowDecision Allowed { get; } = new(null, null);

    public static WorkflowDecision Refused(WorkflowError error, string message) => new(error, message);

    public bool IsAllowed => Error is null;

    public void ThrowIfRefused()
    {
        if (Error is { } error)
            throw new WorkflowException(error, Message!);
    }
}
