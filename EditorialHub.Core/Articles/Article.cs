using System.Text.Json;
using EditorialHub.Core.Articles.Publishing;
using EditorialHub.Core.Articles.RichText;
using EditorialHub.Core.Board;
using EditorialHub.Core.Search;

namespace EditorialHub.Core.Articles;

/// <summary>
/// A news item or article (tin, bài) on its way to the portal. Every change of state is a verb that
/// asks <see cref="ArticleWorkflow"/> first, refuses an illegal move with a
/// <see cref="WorkflowException"/>, and appends one <see cref="ArticleTransition"/> to the history.
/// </summary>
/// <remarks>
/// <see cref="Transitions"/> and <see cref="Revisions"/> hold only the rows added since loading
/// unless the caller included them; <see cref="Editors"/> must always be loaded (four eyes).
/// </remarks>
public sealed class Article
{
    public const int TitleMaxLength = 300;
    public const int SummaryMaxLength = 1000;

    private readonly List<ArticleEditor> _editors = [];
    private readonly List<ArticleTransition> _transitions = [];
    private readonly List<ArticleRevision> _revisions = [];

    private Article()
    {
        Title = "";
        Summary = "";
        Body = "";
        AuthorId = "";
    }

    public int Id { get; private set; }
    public string Title { get; private set; }
    public string Summary { get; private set; }

    /// <summary>HTML, always as <see cref="ArticleHtml.Sanitize"/> left it: what a reader's browser may safely show.</summary>
    public string Body { get; private set; }

    public ArticleCategory Category { get; private set; }
    public ArticleKind Kind { get; private set; }
    public ArticleFlags Flags { get; private set; }

    /// <summary>The providing unit (đơn vị cung cấp thông tin); it counts for that unit's quota.</summary>
    public int UnitId { get; private set; }
    public string AuthorId { get; private set; }

    /// <summary>For an event: the day it ended, from which the 7 days of Điều 14.1 run.</summary>
    public DateOnly? EventEndDate { get; private set; }

    /// <summary>Where the information comes from, when not the school itself (Điều 12.1).</summary>
    public string? Source { get; private set; }

    // Official documents only (Điều 11.5): số/ký hiệu, ngày ban hành, cơ quan ban hành, trích yếu.
    public string? DocumentNumber { get; private set; }
    public DateOnly? DocumentIssuedOn { get; private set; }
    public string? DocumentIssuingBody { get; private set; }
    public string? DocumentSummary { get; private set; }

    public ArticleState State { get; private set; }

    /// <summary>Who must approve it; set when it is sent for approval.</summary>
    public ApprovalLevel? ApprovalLevel { get; private set; }

    /// <summary>Someone holding the Editor role submitted it: at least the deputy approves (Điều 12.2).</summary>
    public bool SubmittedByEditor { get; private set; }

    /// <summary>The deputy asked the head's opinion: it stays at head level when sent again.</summary>
    public bool IsEscalated { get; private set; }

    /// <summary>The editor who took it and holds it.</summary>
    public string? AssignedEditorId { get; private set; }

    /// <summary>Everyone who took or edited it.</summary>
    public IReadOnlyList<ArticleEditor> Editors => _editors;

    public DateTime? SubmittedAtUtc { get; private set; }
    public string? ApprovedById { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public string? PublishedById { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>The address where the secretary posted it on the portal.</summary>
    public string? PortalUrl { get; private set; }

    public RefusalGround? RefusalGround { get; private set; }
    public TakeDownGround? TakeDownGround { get; private set; }
    public DateTime? TakenDownAtUtc { get; private set; }

    // A take-down asked for by the provider or an editor, waiting for the head (Điều 12.4).
    public string? TakeDownRequestedById { get; private set; }
    public DateTime? TakeDownRequestedAtUtc { get; private set; }
    public TakeDownGround? TakeDownRequestGround { get; private set; }
    public string? TakeDownRequestNote { get; private set; }
    public bool HasPendingTakeDownRequest => TakeDownRequestedById is not null;

    // The secretary's record that a taken-down item is gone from the portal too (Điều 12.4). An item
    // taken down before this was kept has none, and waits for her like any other.
    public string? RemovedFromPortalById { get; private set; }
    public DateTime? RemovedFromPortalAtUtc { get; private set; }

    /// <summary>
    /// The revision on the portal: set by every publication. During a correction the item's text is
    /// the working copy and this revision is what readers of the portal see.
    /// </summary>
    public int? PublishedRevisionNumber { get; private set; }

    /// <summary>
    /// While a correction runs: the published version's particulars other than its text (category,
    /// kind, flags, event date, source, document), as JSON. A revision keeps only the text, so without
    /// this, discarding a correction that changed the category would leave the changed category on
    /// the published item. Null when no correction runs.
    /// </summary>
    public string? CorrectionBase { get; private set; }

    /// <summary>
    /// What the lists' search looks in (<see cref="SearchFormOf"/>): kept with every change of the text,
    /// so a search reads one column instead of folding every item's text at each query.
    /// </summary>
    public string SearchForm { get; private set; } = "";

    /// <summary>The number of the latest revision.</summary>
    public int RevisionNumber { get; private set; }

    /// <summary>Optimistic concurrency: set anew by every change (SQLite cannot generate a rowversion).</summary>
    public Guid Version { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyList<ArticleTransition> Transitions => _transitions;
    public IReadOnlyList<ArticleRevision> Revisions => _revisions;

    public bool IsAuthorOrEditor(string personId) =>
        AuthorId == personId || _editors.Any(editor => editor.PersonId == personId);

    /// <summary>A new draft written by the actor for <paramref name="unitId"/>; its first revision.</summary>
    public static Article CreateDraft(int unitId, ArticleContent content, WorkflowContext context)
    {
        ArticleWorkflow.CheckCreate(unitId, context.Actor).ThrowIfRefused();
        content = Cleaned(content);
        ValidateDraft(content);
        var article = new Article
        {
            UnitId = unitId,
            AuthorId = context.Actor.PersonId,
            State = ArticleState.Draft,
            CreatedAtUtc = context.NowUtc,
        };
        article.ApplyContent(content, context);
        article.Touch(context);
        return article;
    }

    /// <summary>Saves a change: the provider on a draft, the holding editor while editing.</summary>
    /// <returns>Whether anything changed.</returns>
    public bool SaveEdit(ArticleContent content, WorkflowContext context)
    {
        var rule = Demand(ArticleAction.SaveEdit, context);
        content = Cleaned(content);
        ValidateDraft(content);
        if (State != ArticleState.Draft)
            ValidateComplete(content);
        if (!ApplyContent(content, context))
            return false;
        if (State is ArticleState.Editing or ArticleState.CorrectionEditing)
            NoteEditor(context.Actor.PersonId);
        Record(rule, context, null);
        return true;
    }

    public void Submit(WorkflowContext context)
    {
        var rule = Demand(ArticleAction.Submit, context);
        // Checked again on submit: a draft may be saved half-done, a submitted item may not.
        ValidateComplete(Content);
        SubmittedByEditor = context.Actor.Holds(Role.Editor);
        SubmittedAtUtc = context.NowUtc;
        Record(rule, context, null);
    }

    public void Take(WorkflowContext context)
    {
        var rule = Demand(ArticleAction.Take, context);
        AssignedEditorId = context.Actor.PersonId;
        NoteEditor(context.Actor.PersonId);
        Record(rule, context, null);
    }

    public void SendForApproval(WorkflowContext context, string? note = null)
    {
        var rule = Demand(ArticleAction.SendForApproval, context);
        // The editor may have changed the category or set a flag: the level is decided now.
        var level = context.Options.LevelFor(Category, Flags, SubmittedByEditor);
        ApprovalLevel = IsEscalated ? Articles.ApprovalLevel.Head : level;
        Record(rule, context, note);
    }

    public void ReturnToProvider(WorkflowContext context, string note)
    {
        var rule = Demand(ArticleAction.ReturnToProvider, context);
        RequireNote(rule, note);
        AssignedEditorId = null;
        Record(rule, context, note);
    }

    public void ReturnToEditor(WorkflowContext context, string note)
    {
        var rule = Demand(ArticleAction.ReturnToEditor, context);
        RequireNote(rule, note);
        Record(rule, context, note);
    }

    public void Escalate(WorkflowContext context, string? note = null)
    {
        var rule = Demand(ArticleAction.Escalate, context);
        IsEscalated = true;
        ApprovalLevel = Articles.ApprovalLevel.Head;
        Record(rule, context, note);
    }

    public void Approve(WorkflowContext context, string? note = null)
    {
        var rule = Demand(ArticleAction.Approve, context);
        ApprovedById = context.Actor.PersonId;
        ApprovedAtUtc = context.NowUtc;
        Record(rule, context, note);
    }

    public void Refuse(WorkflowContext context, RefusalGround? ground, string note)
    {
        var rule = Demand(ArticleAction.Refuse, context);
        if (ground is null || !Enum.IsDefined(ground.Value))
            throw new WorkflowException(WorkflowError.RefusalGroundRequired, ArticleMessages.RefusalGroundRequired);
        RequireNote(rule, note);
        RefusalGround = ground;
        Record(rule, context, note, refusalGround: ground);
    }

    /// <summary>
    /// The secretary posts the item, or the approved correction in place of the published version.
    /// An unmet line of the <paramref name="checklist"/> needs <paramref name="uncheckedReason"/>,
    /// which the history keeps with the lines that were unmet. Without a checklist the one the
    /// content alone allows is used (no attachments known): <see cref="ArticleService"/> always
    /// passes the full one.
    /// </summary>
    public void Publish(
        WorkflowContext context, string portalUrl, PublishChecklistResult? checklist = null, string? uncheckedReason = null)
    {
        var rule = Demand(ArticleAction.Publish, context);
        if (!Uri.TryCreate(portalUrl?.Trim(), UriKind.Absolute, out var address)
            || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            throw new WorkflowException(WorkflowError.PortalAddressRequired, ArticleMessages.PortalAddressRequired);
        checklist ??= PublishChecklist.Evaluate(Content, []);
        string? note = null;
        if (!checklist.AllMet)
        {
            if (string.IsNullOrWhiteSpace(uncheckedReason))
                throw new WorkflowException(WorkflowError.ChecklistUnmet, ArticleMessages.ChecklistUnmet(checklist.Unmet));
            note = ArticleMessages.PublishedUnchecked(checklist.Unmet, uncheckedReason.Trim());
        }
        PortalUrl = address.ToString();
        PublishedById = context.Actor.PersonId;
        // A correction replaces the text but not the day of publication (the quota's month, Điều 13.3).
        PublishedAtUtc ??= context.NowUtc;
        PublishedRevisionNumber = RevisionNumber;
        CorrectionBase = null;
        AssignedEditorId = null;
        Record(rule, context, note);
    }

    /// <summary>An editor opens a correction of the published item; the published version stays live.</summary>
    public void StartCorrection(WorkflowContext context, string? note = null)
    {
        var rule = Demand(ArticleAction.StartCorrection, context);
        CorrectionBase = JsonSerializer.Serialize(Content with { Title = "", Summary = "", Body = "" });
        AssignedEditorId = context.Actor.PersonId;
        NoteEditor(context.Actor.PersonId);
        ApprovedById = null;
        ApprovedAtUtc = null;
        Record(rule, context, note);
    }

    /// <summary>
    /// Drops a correction: the holding editor, or the approver turning it down. The text goes back to
    /// <paramref name="published"/> (the revision on the portal) as a new revision, so the record of
    /// what was tried stays; the category, flags and other particulars go back to what was published
    /// (a correction begun before they were kept keeps the current ones).
    /// </summary>
    public void DiscardCorrection(WorkflowContext context, string note, ArticleRevision published)
    {
        var rule = Demand(ArticleAction.DiscardCorrection, context);
        RequireNote(rule, note);
        if (published.Number != PublishedRevisionNumber)
            throw new ArgumentException("Not the published revision of this item.", nameof(published));
        var particulars = CorrectionBase is { } kept ? JsonSerializer.Deserialize<ArticleContent>(kept) ?? Content : Content;
        ApplyContent(particulars with { Title = published.Title, Summary = published.Summary, Body = published.Body }, context);
        PublishedRevisionNumber = RevisionNumber;
        CorrectionBase = null;
        AssignedEditorId = null;
        Record(rule, context, note);
    }

    public void RequestTakeDown(WorkflowContext context, TakeDownGround? ground, string note)
    {
        var rule = Demand(ArticleAction.RequestTakeDown, context);
        var valid = RequireTakeDownGround(ground);
        RequireNote(rule, note);
        TakeDownRequestedById = context.Actor.PersonId;
        TakeDownRequestedAtUtc = context.NowUtc;
        TakeDownRequestGround = valid;
        TakeDownRequestNote = note.Trim();
        Record(rule, context, note, takeDownGround: valid);
    }

    /// <summary>The head grants (the item is taken down on the request's ground) or declines a pending request.</summary>
    public void DecideTakeDown(WorkflowContext context, bool grant, string? note = null)
    {
        var rule = Demand(grant ? ArticleAction.GrantTakeDown : ArticleAction.DeclineTakeDown, context);
        // Declining tells the requester why, so its row requires a note; granting carries the request's own.
        RequireNote(rule, note);
        var ground = TakeDownRequestGround;
        if (grant)
        {
            TakeDownGround = ground;
            TakenDownAtUtc = context.NowUtc;
        }
        TakeDownRequestedById = null;
        TakeDownRequestedAtUtc = null;
        TakeDownRequestGround = null;
        TakeDownRequestNote = null;
        Record(rule, context, note, takeDownGround: ground);
    }

    /// <summary>The head takes the item down on one of the grounds of Điều 12.4.</summary>
    public void TakeDown(WorkflowContext context, TakeDownGround? ground, string note)
    {
        var rule = Demand(ArticleAction.TakeDown, context);
        var valid = RequireTakeDownGround(ground);
        RequireNote(rule, note);
        TakeDownGround = valid;
        TakenDownAtUtc = context.NowUtc;
        // A pending request is answered by the take-down itself.
        TakeDownRequestedById = null;
        TakeDownRequestedAtUtc = null;
        TakeDownRequestGround = null;
        TakeDownRequestNote = null;
        Record(rule, context, note, takeDownGround: valid);
    }

    /// <summary>The secretary records that she removed the taken-down item from the portal; the history keeps who and when.</summary>
    public void ConfirmRemovedFromPortal(WorkflowContext context)
    {
        var rule = Demand(ArticleAction.ConfirmRemovedFromPortal, context);
        RemovedFromPortalById = context.Actor.PersonId;
        RemovedFromPortalAtUtc = context.NowUtc;
        Record(rule, context, null);
    }

    /// <summary>Taken down, and not yet recorded as removed from the portal: the secretary's list "Cần gỡ khỏi Cổng".</summary>
    public bool AwaitsRemovalFromPortal => State == ArticleState.TakenDown && RemovedFromPortalAtUtc is null;

    public ArticleContent Content => new(
        Title, Summary, Body, Category, Kind, Flags, EventEndDate, Source,
        DocumentNumber is null ? null
            : new DocumentDetails(DocumentNumber, DocumentIssuedOn ?? default, DocumentIssuingBody ?? "", DocumentSummary ?? ""));

    private WorkflowRule Demand(ArticleAction action, WorkflowContext context)
    {
        ArticleWorkflow.Check(this, action, context).ThrowIfRefused();
        return ArticleWorkflow.RuleFor(State, action)!;
    }

    private void Record(
        WorkflowRule rule, WorkflowContext context, string? note,
        RefusalGround? refusalGround = null, TakeDownGround? takeDownGround = null)
    {
        _transitions.Add(new ArticleTransition(
            context.Actor.PersonId, context.NowUtc, rule.From, rule.To, rule.Action,
            string.IsNullOrWhiteSpace(note) ? null : note.Trim(), refusalGround, takeDownGround));
        State = rule.To;
        Touch(context);
    }

    private void Touch(WorkflowContext context)
    {
        UpdatedAtUtc = context.NowUtc;
        Version = Guid.NewGuid();
    }

    private void NoteEditor(string personId)
    {
        if (_editors.All(editor => editor.PersonId != personId))
            _editors.Add(new ArticleEditor(personId));
    }

    /// <summary>Sets the content; a new revision when the title, summary or body changed.</summary>
    private bool ApplyContent(ArticleContent content, WorkflowContext context)
    {
        var title = content.Title.Trim();
        var summary = content.Summary.Trim();
        var textChanged = title != Title || summary != Summary || content.Body != Body || RevisionNumber == 0;
        var document = content.Category == ArticleCategory.Documents ? content.Document : null;
        var changed = textChanged
            || content.Category != Category || content.Kind != Kind || content.Flags != Flags
            || content.EventEndDate != EventEndDate || Trimmed(content.Source) != Source
            || Trimmed(document?.Number) != DocumentNumber || document?.IssuedOn != DocumentIssuedOn
            || Trimmed(document?.IssuingBody) != DocumentIssuingBody || Trimmed(document?.Summary) != DocumentSummary;
        if (!changed)
            return false;

        Title = title;
        Summary = summary;
        Body = content.Body;
        Category = content.Category;
        Kind = content.Kind;
        Flags = content.Flags;
        EventEndDate = content.EventEndDate;
        Source = Trimmed(content.Source);
        DocumentNumber = Trimmed(document?.Number);
        DocumentIssuedOn = document?.IssuedOn;
        DocumentIssuingBody = Trimmed(document?.IssuingBody);
        DocumentSummary = Trimmed(document?.Summary);
        SearchForm = SearchFormOf(Title, Summary, Body, DocumentNumber, DocumentSummary);
        if (textChanged)
        {
            RevisionNumber++;
            _revisions.Add(new ArticleRevision(RevisionNumber, Title, Summary, Body, context.Actor.PersonId, context.NowUtc));
        }
        return true;
    }

    /// <summary>
    /// The text a search finds an item by, through <see cref="SearchText.Normalize"/>: the title, the
    /// summary, the body's words (no tags), and for a document its number and trích yếu. The migration
    /// that added the column filled existing items through this same function.
    /// </summary>
    public static string SearchFormOf(string title, string summary, string body, string? documentNumber, string? documentSummary) =>
        SearchText.Normalize(string.Join(' ', title, summary, ArticleHtml.PlainTextOf(body), documentNumber, documentSummary));

    /// <summary>
    /// What is stored, whatever was sent: the body through the allow-list, every other text as plain
    /// text (kept as typed, less invisible characters). Done before validation, so a title of only
    /// invisible characters is a missing title, and before the comparison with the stored text, so
    /// sending the same hostile body twice is no change.
    /// </summary>
    private static ArticleContent Cleaned(ArticleContent content)
    {
        // Bounds the cleaner's work: refused before anything is parsed, and before anything changes
        // (the stored item stays as it was; the editor still holds what was typed).
        if (ArticleHtml.IsTooLarge(content.Body))
            throw new WorkflowException(WorkflowError.InvalidContent, ArticleMessages.BodyTooLarge);
        return content with
        {
            Title = ArticleHtml.PlainText(content.Title),
            Summary = ArticleHtml.PlainText(content.Summary, multiline: true),
            Body = ArticleHtml.Sanitize(content.Body),
            Source = content.Source is null ? null : ArticleHtml.PlainText(content.Source),
            Document = content.Document is { } document
                ? document with
                {
                    Number = ArticleHtml.PlainText(document.Number),
                    IssuingBody = ArticleHtml.PlainText(document.IssuingBody),
                    Summary = ArticleHtml.PlainText(document.Summary, multiline: true),
                }
                : null,
        };
    }

    /// <summary>What even a half-done draft needs.</summary>
    private static void ValidateDraft(ArticleContent content)
    {
        if (string.IsNullOrWhiteSpace(content.Title))
            throw new WorkflowException(WorkflowError.InvalidContent, ArticleMessages.TitleRequired);
        if (content.Title.Trim().Length > TitleMaxLength)
            throw new WorkflowException(WorkflowError.InvalidContent, ArticleMessages.TitleTooLong);
        if (content.Summary.Trim().Length > SummaryMaxLength)
            throw new WorkflowException(WorkflowError.InvalidContent, ArticleMessages.SummaryTooLong);
        if (!Enum.IsDefined(content.Category) || !Enum.IsDefined(content.Kind))
            throw new WorkflowException(WorkflowError.InvalidContent, ArticleMessages.UnknownCategory);
    }

    /// <summary>What an item needs once it leaves the provider.</summary>
    private static void ValidateComplete(ArticleContent content)
    {
        ValidateDraft(content);
        // A document is useless on the portal without its particulars (Điều 11.5).
        if (content.Category == ArticleCategory.Documents
            && (content.Document is not { } document || string.IsNullOrWhiteSpace(document.Number)
                || document.IssuedOn == default || string.IsNullOrWhiteSpace(document.IssuingBody)
                || string.IsNullOrWhiteSpace(document.Summary)))
            throw new WorkflowException(WorkflowError.InvalidContent, ArticleMessages.DocumentFieldsRequired);
    }

    /// <summary>The row says whether a note is required (the dialog reads the same row).</summary>
    private static void RequireNote(WorkflowRule rule, string? note)
    {
        if (rule.Note == NoteRule.Required && string.IsNullOrWhiteSpace(note))
            throw new WorkflowException(WorkflowError.NoteRequired, ArticleMessages.NoteRequired);
    }

    private static TakeDownGround RequireTakeDownGround(TakeDownGround? ground) =>
        ground is { } value && Enum.IsDefined(value)
            ? value
            : throw new WorkflowException(WorkflowError.TakeDownGroundRequired, ArticleMessages.TakeDownGroundRequired);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
