namespace EditorialHub.Core.Articles;

/// <summary>An item's id and its concurrency token after a change: the next save must quote it.</summary>
public sealed record ArticleHandle(int Id, Guid Version);

/// <summary>One item as a page shows it, with what the reader may do to it now.</summary>
public sealed record ArticleDetails(
    int Id,
    string Title,
    string Summary,
    string Body,
    ArticleCategory Category,
    ArticleKind Kind,
    ArticleFlags Flags,
    int UnitId,
    string UnitName,
    string AuthorId,
    string AuthorName,
    DateOnly? EventEndDate,
    string? Source,
    DocumentDetails? Document,
    ArticleState State,
    ApprovalLevel? ApprovalLevel,
    string? AssignedEditorId,
    IReadOnlyList<string> EditorIds,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    DateTime? SubmittedAtUtc,
    DateTime? ApprovedAtUtc,
    DateTime? PublishedAtUtc,
    string? PortalUrl,
    RefusalGround? RefusalGround,
    TakeDownGround? TakeDownGround,
    TakeDownRequestView? PendingTakeDownRequest,
    int RevisionNumber,
    Guid Version,
    IReadOnlyList<ArticleAction> AllowedActions,
    // Deadlines (Điều 14), filled by ArticleService from Deadlines.Evaluate at the time of reading.
    OverdueReasons Overdue = OverdueReasons.None,
    DateTime? DueAtUtc = null,
    bool PublishedLate = false,
    // Corrections (issue 4): the version on the portal while a correction is under way, and whether
    // the text above IS that version (the reader may not see the unapproved correction).
    PublishedVersion? Published = null,
    bool ShowingPublishedVersion = false,
    int? PublishedRevisionNumber = null,
    // The reader may download the copy-ready export (ArticleWorkflow.CanExport).
    bool CanExport = false,
    // The reader may delete this draft (ArticleWorkflow.CheckDeleteDraft): its author, never sent.
    bool CanDeleteDraft = false)
{
    public bool IsOverdue => Overdue != OverdueReasons.None;

    /// <summary>The content as shown, to save again with a change.</summary>
    public ArticleContent ToContent() => new(Title, Summary, Body, Category, Kind, Flags, EventEndDate, Source, Document);
}

/// <summary>The text on the portal: the revision the last publication put there.</summary>
public sealed record PublishedVersion(int RevisionNumber, string Title, string Summary, string Body);

public sealed record TakeDownRequestView(string RequestedById, DateTime RequestedAtUtc, TakeDownGround Ground, string Note)
{
    public string RequestedByName { get; init; } = "";
}

/// <summary>One row of a list.</summary>
public sealed record ArticleListItem(
    int Id,
    string Title,
    ArticleCategory Category,
    ArticleKind Kind,
    ArticleFlags Flags,
    ArticleState State,
    ApprovalLevel? ApprovalLevel,
    int UnitId,
    string UnitName,
    string AuthorId,
    string AuthorName,
    DateOnly? EventEndDate,
    DateTime UpdatedAtUtc,
    DateTime? PublishedAtUtc,
    bool HasPendingTakeDownRequest,
    // Deadlines (Điều 14): ApprovedAtUtc comes from the query, the rest from Deadlines.Evaluate.
    DateTime? ApprovedAtUtc = null,
    OverdueReasons Overdue = OverdueReasons.None,
    DateTime? DueAtUtc = null,
    bool PublishedLate = false,
    // During a correction: the title on the portal (Title is the working copy's).
    string? PublishedTitle = null,
    // For documents: the day of issue, from which Điều 14.2's deadline runs.
    DateOnly? DocumentIssuedOn = null)
{
    public bool IsOverdue => Overdue != OverdueReasons.None;
}

/// <summary>
/// What a list asks for; every criterion is optional. <see cref="HeldByMe"/>: items the actor holds as
/// editor; <see cref="AtMyApprovalLevel"/>: items whose approval level is at or below the actor's.
/// </summary>
public sealed record ArticleFilter(
    IReadOnlyCollection<ArticleState>? States = null,
    ArticleCategory? Category = null,
    int? UnitId = null,
    string? Search = null,
    bool OnlyMine = false,
    bool HeldByMe = false,
    bool AtMyApprovalLevel = false,
    bool PendingTakeDownRequest = false,
    // Only items overdue now (Điều 14; Deadlines).
    bool OnlyOverdue = false,
    // The filters behind the dashboard's figures (/items).
    // Only items awaiting approval at exactly this level.
    ApprovalLevel? Level = null,
    string? AuthorId = null,
    // Only items overdue now for one of these reasons (OnlyOverdue: for any).
    OverdueReasons OverdueFor = OverdueReasons.None,
    RefusalGround? RefusalGround = null,
    TakeDownGround? TakeDownGround = null,
    // Published in this span (taken-down items included: they were published).
    UtcSpan? Published = null,
    // Refused in this span.
    UtcSpan? Refused = null,
    // Taken down in this span.
    UtcSpan? TakenDown = null);

/// <summary>From <see cref="FromUtc"/> (included) to <see cref="BeforeUtc"/> (excluded).</summary>
public sealed record UtcSpan(DateTime FromUtc, DateTime BeforeUtc)
{
    /// <summary>The local days <paramref name="from"/> to <paramref name="to"/>, both whole, in <paramref name="zone"/>.</summary>
    public static UtcSpan OfDays(DateOnly from, DateOnly to, TimeZoneInfo zone) =>
        new(Deadlines.StartOfDayUtc(from, zone), Deadlines.StartOfDayUtc(to.AddDays(1), zone));
}

/// <summary>A unit the actor may start a draft for; <see cref="IsOwn"/> marks the actor's own unit.</summary>
public sealed record UnitChoice(int Id, string Name, bool IsOwn);

/// <summary>A page of a list: zero-based index, size capped at 200.</summary>
public sealed record PageRequest(int Index = 0, int Size = 20);

public sealed record ArticlePage(IReadOnlyList<ArticleListItem> Items, int TotalCount);

/// <summary>One step of the history, with the actor's name.</summary>
public sealed record ArticleHistoryEntry(
    DateTime AtUtc, string ActorId, string ActorName, ArticleState From, ArticleState To, ArticleAction Action,
    string? Note, RefusalGround? RefusalGround, TakeDownGround? TakeDownGround);

public sealed record ArticleRevisionView(
    int Number, string Title, string Summary, string Body, string AuthorId, string AuthorName, DateTime AtUtc);
