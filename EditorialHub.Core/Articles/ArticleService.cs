using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Articles.Publishing;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Core.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EditorialHub.Core.Articles;

/// <summary>
/// The one service that moves items through the workflow. Every method takes the acting person,
/// loads their roles for today, lets the item's verb check <see cref="ArticleWorkflow"/>, and saves;
/// a refusal is a <see cref="WorkflowException"/> whose message the page shows. One short-lived
/// context per call (Blazor Server: never a context per circuit).
/// </summary>
public sealed partial class ArticleService(
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    BoardDirectory board,
    WorkflowSettings settings,
    AttachmentStore attachmentStore,
    IOptionsMonitor<AttachmentOptions> attachmentOptions,
    ArticleChangeFeed changeFeed)
{
    public async Task<ArticleHandle> CreateDraftAsync(string actorId, int unitId, ArticleContent content, CancellationToken ct = default)
    {
        var context = await ContextAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, ct))
            throw new WorkflowException(WorkflowError.UnknownUnit, ArticleMessages.UnknownUnit);
        var article = Article.CreateDraft(unitId, content, context);
        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        await PublishChangesAsync(article);
        return new ArticleHandle(article.Id, article.Version);
    }

    /// <summary>
    /// Saves a change of a draft (its provider) or of an item in editing (its editor). A stale
    /// <paramref name="expectedVersion"/> means someone saved in between: refused, nothing overwritten.
    /// </summary>
    public Task<ArticleHandle> SaveEditAsync(
        int id, string actorId, ArticleContent content, Guid expectedVersion, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, expectedVersion, (article, context) => article.SaveEdit(content, context), ct);

    public Task<ArticleHandle> SubmitAsync(int id, string actorId, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.Submit(context), ct);

    public Task<ArticleHandle> TakeAsync(int id, string actorId, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.Take(context), ct);

    public Task<ArticleHandle> SendForApprovalAsync(int id, string actorId, string? note = null, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.SendForApproval(context, note), ct);

    public Task<ArticleHandle> ReturnToProviderAsync(int id, string actorId, string note, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.ReturnToProvider(context, note), ct);

    public Task<ArticleHandle> ReturnToEditorAsync(int id, string actorId, string note, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.ReturnToEditor(context, note), ct);

    public Task<ArticleHandle> EscalateAsync(int id, string actorId, string? note = null, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.Escalate(context, note), ct);

    public Task<ArticleHandle> ApproveAsync(int id, string actorId, string? note = null, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.Approve(context, note), ct);

    public Task<ArticleHandle> RefuseAsync(int id, string actorId, RefusalGround? ground, string note, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.Refuse(context, ground, note), ct);

    /// <summary>
    /// Publishes an approved item or correction. The pre-publish checklist is worked out here, from the
    /// item and its files as they are now (<see cref="GetPublishChecklistAsync"/>); an unmet line needs
    /// <paramref name="uncheckedReason"/>, which the history keeps.
    /// </summary>
    public async Task<ArticleHandle> PublishAsync(
        int id, string actorId, string portalUrl, string? uncheckedReason = null, CancellationToken ct = default)
    {
        var attachments = await CheckAttachmentsAsync(id, ct);
        return await ChangeAsync(id, actorId, null, (article, context) =>
            article.Publish(context, portalUrl, PublishChecklist.Evaluate(article.Content, attachments), uncheckedReason), ct);
    }

    /// <summary>An editor opens a correction of a published item; the published version stays live until the correction is published.</summary>
    public Task<ArticleHandle> StartCorrectionAsync(int id, string actorId, string? note = null, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.StartCorrection(context, note), ct);

    /// <summary>Drops a correction (the holding editor, or the approver turning it down): the published text comes back.</summary>
    public async Task<ArticleHandle> DiscardCorrectionAsync(int id, string actorId, string note, CancellationToken ct = default)
    {
        ArticleRevision? published = null;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var number = await db.Articles.Where(a => a.Id == id).Select(a => a.PublishedRevisionNumber).FirstOrDefaultAsync(ct);
            if (number is not null)
                published = await db.ArticleRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == id && r.Number == number, ct);
        }
        return await ChangeAsync(id, actorId, null, (article, context) =>
        {
            // Refused (state, role) before anything else; an item on the portal always has its revision.
            ArticleWorkflow.Check(article, ArticleAction.DiscardCorrection, context).ThrowIfRefused();
            article.DiscardCorrection(context, note, published
                ?? throw new InvalidOperationException($"Item {id} has no published revision."));
        }, ct);
    }

    /// <summary>The pre-publish checklist of an item as it stands now, for whoever may read it.</summary>
    public async Task<PublishChecklistResult> GetPublishChecklistAsync(int id, string actorId, CancellationToken ct = default)
    {
        ArticleContent content;
        await using (var db = await ReadableAsync(id, actorId, ct))
            content = (await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id, ct)).Content;
        return PublishChecklist.Evaluate(content, await CheckAttachmentsAsync(id, ct));
    }

    public Task<ArticleHandle> RequestTakeDownAsync(
        int id, string actorId, TakeDownGround? ground, string note, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.RequestTakeDown(context, ground, note), ct);

    public Task<ArticleHandle> DecideTakeDownAsync(int id, string actorId, bool grant, string? note = null, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.DecideTakeDown(context, grant, note), ct);

    public Task<ArticleHandle> TakeDownAsync(int id, string actorId, TakeDownGround? ground, string note, CancellationToken ct = default) =>
        ChangeAsync(id, actorId, null, (article, context) => article.TakeDown(context, ground, note), ct);

    /// <summary>One item, if the actor may read it (a draft only its provider side).</summary>
    public async Task<ArticleDetails> GetAsync(int id, string actorId, CancellationToken ct = default)
    {
        var context = await ContextAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Editors)
            .SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new WorkflowException(WorkflowError.NotFound, ArticleMessages.NotFound);
        DemandRead(article.State, article.AuthorId, article.UnitId, context.Actor);

        var unitName = await db.Units.Where(u => u.Id == article.UnitId).Select(u => u.Name).SingleAsync(ct);
        var authorName = await db.Users.Where(p => p.Id == article.AuthorId).Select(p => p.FullName).SingleAsync(ct);
        var document = article.Category == ArticleCategory.Documents && article.DocumentNumber is not null
            ? new DocumentDetails(article.DocumentNumber, article.DocumentIssuedOn ?? default,
                article.DocumentIssuingBody ?? "", article.DocumentSummary ?? "")
            : null;
        // The head decides a request seeing who asked, when, on what ground and why (Điều 12.4).
        var request = article.TakeDownRequestedById is { } requestedBy
            ? new TakeDownRequestView(requestedBy, article.TakeDownRequestedAtUtc!.Value,
                article.TakeDownRequestGround!.Value, article.TakeDownRequestNote ?? "")
            {
                RequestedByName = await db.Users.Where(p => p.Id == requestedBy).Select(p => p.FullName).SingleOrDefaultAsync(ct) ?? "",
            }
            : null;
        // During a correction, the version on the portal; readers outside the provider side and the
        // board see only that version, never the text still waiting for approval.
        var published = ArticleStates.IsCorrection(article.State) && article.PublishedRevisionNumber is { } number
            ? await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id && r.Number == number)
                .Select(r => new PublishedVersion(r.Number, r.Title, r.Summary, r.Body)).SingleOrDefaultAsync(ct)
            : null;
        var onlyPublished = published is not null
            && !ArticleWorkflow.CanReadWorkingText(article.AuthorId, article.UnitId, context.Actor);
        return WithDeadline(context.Options, new ArticleDetails(
            article.Id, onlyPublished ? published!.Title : article.Title, onlyPublished ? published!.Summary : article.Summary,
            onlyPublished ? published!.Body : article.Body, article.Category, article.Kind, article.Flags,
            article.UnitId, unitName, article.AuthorId, authorName, article.EventEndDate, article.Source, document,
            article.State, article.ApprovalLevel, article.AssignedEditorId,
            article.Editors.Select(e => e.PersonId).ToList(),
            article.CreatedAtUtc, article.UpdatedAtUtc, article.SubmittedAtUtc, article.ApprovedAtUtc,
            article.PublishedAtUtc, article.PortalUrl, article.RefusalGround, article.TakeDownGround, request,
            onlyPublished ? published!.RevisionNumber : article.RevisionNumber, article.Version,
            ArticleWorkflow.AllowedActions(article, context))
        {
            Published = published,
            ShowingPublishedVersion = onlyPublished,
            PublishedRevisionNumber = article.PublishedRevisionNumber,
            CanExport = ArticleWorkflow.CanExport(article.State, context.Actor),
            CanDeleteDraft = ArticleWorkflow.CheckDeleteDraft(article, context.Actor).IsAllowed,
        });
    }

    /// <summary>An item's history, oldest first.</summary>
    public async Task<IReadOnlyList<ArticleHistoryEntry>> GetHistoryAsync(int id, string actorId, CancellationToken ct = default)
    {
        await using var db = await ReadableAsync(id, actorId, ct);
        return await db.ArticleTransitions.AsNoTracking()
            .Where(t => t.ArticleId == id)
            .OrderBy(t => t.Id)
            .Select(t => new ArticleHistoryEntry(
                t.AtUtc, t.ActorId, db.Users.Where(p => p.Id == t.ActorId).Select(p => p.FullName).First(),
                t.From, t.To, t.Action, t.Note, t.RefusalGround, t.TakeDownGround))
            .ToListAsync(ct);
    }

    /// <summary>An item's revisions, oldest first.</summary>
    public async Task<IReadOnlyList<ArticleRevisionView>> GetRevisionsAsync(int id, string actorId, CancellationToken ct = default)
    {
        var actor = (await ContextAsync(actorId, ct)).Actor;
        await using var db = await ReadableAsync(id, actorId, ct);
        var item = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.State, a.AuthorId, a.UnitId, a.PublishedRevisionNumber }).SingleAsync(ct);
        // A correction not yet published is the board's and the provider's business (see GetAsync).
        var upTo = ArticleStates.IsCorrection(item.State) && !ArticleWorkflow.CanReadWorkingText(item.AuthorId, item.UnitId, actor)
            ? item.PublishedRevisionNumber ?? 0
            : int.MaxValue;
        return await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == id && r.Number <= upTo)
            .OrderBy(r => r.Number)
            .Select(r => new ArticleRevisionView(
                r.Number, r.Title, r.Summary, r.Body, r.AuthorId,
                db.Users.Where(p => p.Id == r.AuthorId).Select(p => p.FullName).First(), r.AtUtc))
            .ToListAsync(ct);
    }

    /// <summary>One page of the items the actor may see that match the filter, latest change first, and the total count.</summary>
    public async Task<ArticlePage> ListAsync(string actorId, ArticleFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var context = await ContextAsync(actorId, ct);
        var actor = context.Actor;
        var personId = actor.PersonId;
        int? unitId = actor.Holds(Role.DepartmentMember) ? actor.UnitId : null;
        var board = actor.IsBoardOrPrincipal;

        var onPortal = ArticleStates.OnPortal.ToArray();
        var correcting = ArticleStates.Correction.ToArray();
        await using var db = await contexts.CreateDbContextAsync(ct);
        // The same rule as ArticleWorkflow.CanRead, as a query.
        var query = ArticleSearch.Matching(db, filter.Search).AsNoTracking().Where(a =>
            a.AuthorId == personId
            || (unitId != null && a.UnitId == unitId)
            || onPortal.Contains(a.State)
            || (board && a.State != ArticleState.Draft));
        if (filter.States is { Count: > 0 } states)
            query = query.Where(a => states.Contains(a.State));
        if (filter.Category is { } category)
            query = query.Where(a => a.Category == category);
        if (filter.UnitId is { } unit)
            query = query.Where(a => a.UnitId == unit);
        if (filter.OnlyMine)
            query = query.Where(a => a.AuthorId == personId);
        if (filter.HeldByMe)
            query = query.Where(a => a.AssignedEditorId == personId);
        if (filter.AtMyApprovalLevel)
        {
            var level = actor.ApproverLevel;
            query = query.Where(a => level != null && a.ApprovalLevel != null && a.ApprovalLevel <= level);
        }
        if (filter.Level is { } exactLevel)
            query = query.Where(a => a.State == ArticleState.AwaitingApproval && a.ApprovalLevel == exactLevel);
        if (filter.AuthorId is { } author)
            query = query.Where(a => a.AuthorId == author);
        if (filter.RefusalGround is { } refusal)
            query = query.Where(a => a.State == ArticleState.Refused && a.RefusalGround == refusal);
        if (filter.TakeDownGround is { } takeDown)
            query = query.Where(a => a.State == ArticleState.TakenDown && a.TakeDownGround == takeDown);
        if (filter.Published is { } published)
            query = query.Where(a => a.PublishedAtUtc >= published.FromUtc && a.PublishedAtUtc < published.BeforeUtc);
        if (filter.Refused is { } refused)
            query = query.Where(a => a.State == ArticleState.Refused && a.Transitions.Any(t =>
                t.Action == ArticleAction.Refuse && t.AtUtc >= refused.FromUtc && t.AtUtc < refused.BeforeUtc));
        if (filter.TakenDown is { } takenDown)
            query = query.Where(a => a.TakenDownAtUtc >= takenDown.FromUtc && a.TakenDownAtUtc < takenDown.BeforeUtc);
        if (filter.PendingTakeDownRequest)
            query = query.Where(a => a.TakeDownRequestedById != null);
        var settings = context.Options;
        if (filter.OnlyOverdue || filter.OverdueFor != OverdueReasons.None)
            query = WhereOverdue(query, settings, filter.OverdueFor == OverdueReasons.None
                ? OverdueReasons.EventNotPublished | OverdueReasons.ApprovedNotPublished | OverdueReasons.DocumentNotPublished
                : filter.OverdueFor);

        var total = await query.CountAsync(ct);
        var size = Math.Clamp(page.Size, 1, 200);
        var items = await query
            .OrderByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id)
            .Skip(Math.Max(page.Index, 0) * size).Take(size)
            .Select(a => new ArticleListItem(
                a.Id, a.Title, a.Category, a.Kind, a.Flags, a.State, a.ApprovalLevel, a.UnitId,
                db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).First(),
                a.AuthorId,
                db.Users.Where(p => p.Id == a.AuthorId).Select(p => p.FullName).First(),
                a.EventEndDate, a.UpdatedAtUtc, a.PublishedAtUtc, a.TakeDownRequestedById != null,
                a.ApprovedAtUtc, OverdueReasons.None, null, false,
                correcting.Contains(a.State)
                    ? db.ArticleRevisions.Where(r => r.ArticleId == a.Id && r.Number == a.PublishedRevisionNumber)
                        .Select(r => r.Title).FirstOrDefault()
                    : null,
                a.Category == ArticleCategory.Documents ? a.DocumentIssuedOn : null))
            .ToListAsync(ct);
        return new ArticlePage(items.Select(item => WithDeadline(settings, item)).ToList(), total);
    }

    /// <summary>The units the actor may start a draft for (<see cref="ArticleWorkflow.CheckCreate"/>), their own first.</summary>
    public async Task<IReadOnlyList<UnitChoice>> UnitsForDraftAsync(string actorId, CancellationToken ct = default)
    {
        var actor = (await ContextAsync(actorId, ct)).Actor;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return units.Where(u => ArticleWorkflow.CheckCreate(u.Id, actor).IsAllowed)
            .Select(u => new UnitChoice(u.Id, u.Name, u.Id == actor.UnitId))
            .OrderByDescending(u => u.IsOwn)
            .ToList();
    }

    private async Task<ArticleHandle> ChangeAsync(
        int id, string actorId, Guid? expectedVersion, Action<Article, WorkflowContext> change, CancellationToken ct)
    {
        var context = await ContextAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.Include(a => a.Editors).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new WorkflowException(WorkflowError.NotFound, ArticleMessages.NotFound);
        DemandRead(article.State, article.AuthorId, article.UnitId, context.Actor);
        if (expectedVersion is { } expected)
        {
            if (article.Version != expected)
                throw new WorkflowException(WorkflowError.Concurrency, ArticleMessages.Concurrency);
            // Also guards the moment between this read and the write below.
            db.Entry(article).Property(a => a.Version).OriginalValue = expected;
        }
        change(article, context);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowException(WorkflowError.Concurrency, ArticleMessages.Concurrency);
        }
        await PublishChangesAsync(article);
        return new ArticleHandle(article.Id, article.Version);
    }

    /// <summary>Tells listeners the steps just saved (the entity holds only the rows added since loading).</summary>
    private Task PublishChangesAsync(Article article) =>
        changeFeed.PublishAsync(article.Transitions.Select(t =>
            new ArticleChange(article.Id, article.UnitId, t.ActorId, t.Action, t.From, t.To, t.AtUtc)).ToList());

    private async Task<EditorialDbContext> ReadableAsync(int id, string actorId, CancellationToken ct)
    {
        var context = await ContextAsync(actorId, ct);
        var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.State, a.AuthorId, a.UnitId })
            .SingleOrDefaultAsync(ct);
        if (article is null)
        {
            await db.DisposeAsync();
            throw new WorkflowException(WorkflowError.NotFound, ArticleMessages.NotFound);
        }
        if (!ArticleWorkflow.CanRead(article.State, article.AuthorId, article.UnitId, context.Actor))
        {
            await db.DisposeAsync();
            throw new WorkflowException(WorkflowError.CannotRead, ArticleMessages.CannotRead);
        }
        return db;
    }

    private static void DemandRead(ArticleState state, string authorId, int unitId, WorkflowActor actor)
    {
        // A draft of another unit is not even acknowledged to exist beyond "you may not see it".
        if (!ArticleWorkflow.CanRead(state, authorId, unitId, actor))
            throw new WorkflowException(WorkflowError.CannotRead, ArticleMessages.CannotRead);
    }

    /// <summary>Who acts, with their roles for today's school year.</summary>
    private async Task<WorkflowContext> ContextAsync(string actorId, CancellationToken ct)
    {
        var today = clock.Today();
        var roles = await board.RolesOnAsync(actorId, today, ct);
        if (roles.Count == 0)
            throw new WorkflowException(WorkflowError.NoRoles, ArticleMessages.NoRoles);
        int? unitId;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            unitId = await db.Users.Where(p => p.Id == actorId).Select(p => p.UnitId).SingleOrDefaultAsync(ct);
        var heads = await board.HoldersOnAsync(Role.BoardHead, today, ct);
        // The settings as they stand now: appsettings.json overlaid with the secretary's changes.
        var options = await settings.CurrentAsync(ct);
        return new WorkflowContext(new WorkflowActor(actorId, roles, unitId), options, heads, clock.GetUtcNow().UtcDateTime);
    }

    // Deadlines (Điều 14): one rule, Deadlines, applied at the moment of reading in the app's time zone.

    private DeadlineStatus DeadlineOf(WorkflowOptions settings,
        ArticleState state, DateOnly? eventEnd, DateTime? approvedAtUtc, DateTime? publishedAtUtc, DateOnly? documentIssuedOn) =>
        Deadlines.Evaluate(state, eventEnd, approvedAtUtc, publishedAtUtc, clock.GetUtcNow().UtcDateTime,
            settings.PublishWithinWorkingDays, clock.LocalTimeZone,
            documentIssuedOn, settings.DocumentPublishWithinWorkingDays, settings.Calendar);

    private ArticleDetails WithDeadline(WorkflowOptions settings, ArticleDetails details)
    {
        var deadline = DeadlineOf(settings, details.State, details.EventEndDate, details.ApprovedAtUtc, details.PublishedAtUtc,
            details.Category == ArticleCategory.Documents ? details.Document?.IssuedOn : null);
        return details with { Overdue = deadline.Overdue, DueAtUtc = deadline.DueAtUtc, PublishedLate = deadline.PublishedLate };
    }

    private ArticleListItem WithDeadline(WorkflowOptions settings, ArticleListItem item)
    {
        var deadline = DeadlineOf(settings, item.State, item.EventEndDate, item.ApprovedAtUtc, item.PublishedAtUtc, item.DocumentIssuedOn);
        return item with { Overdue = deadline.Overdue, DueAtUtc = deadline.DueAtUtc, PublishedLate = deadline.PublishedLate };
    }

    /// <summary>The items <see cref="Deadlines.Evaluate"/> would call overdue now for any of <paramref name="reasons"/>, as a query.</summary>
    private IQueryable<Article> WhereOverdue(IQueryable<Article> query, WorkflowOptions settings, OverdueReasons reasons)
    {
        var cutoffs = Deadlines.CutoffsAt(clock.GetUtcNow().UtcDateTime, settings.PublishWithinWorkingDays, clock.LocalTimeZone,
            settings.DocumentPublishWithinWorkingDays, settings.Calendar);
        return query.Where(Deadlines.OverduePredicate(cutoffs, reasons));
    }
}
