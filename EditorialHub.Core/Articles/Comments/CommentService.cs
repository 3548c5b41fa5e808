using EditorialHub.Core.Articles.RichText;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Articles.Comments;

public sealed record CommentView(
    long Id, string AuthorId, string AuthorName, string Body, bool VisibleToProvider,
    string? MentionedPersonId, string? MentionedName, DateTime CreatedAtUtc);

/// <summary>The comments a reader may see on an item, oldest first, and what the reader may do.</summary>
public sealed record CommentThread(IReadOnlyList<CommentView> Items, bool CanComment, bool MayChooseVisibility);

/// <summary>Someone a comment may name.</summary>
public sealed record PersonChoice(string Id, string FullName, string JobTitle);

/// <summary>
/// Editorial comments on items (issue 4). Every call checks <see cref="CommentRules"/> for the actor's
/// roles today; naming a person tells them (<see cref="NotificationKind.Mentioned"/>).
/// </summary>
public sealed class CommentService(
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    NotificationInbox notifications)
{
    public async Task<CommentThread> ListAsync(int articleId, string actorId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (item, people) = await LoadAsync(db, articleId, ct);
        var actor = ActorOf(people, actorId);
        DemandRead(item, actor);
        var comments = await db.ArticleComments.AsNoTracking()
            .Where(c => c.ArticleId == articleId)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        string? NameOf(string? id) => id is not null && people.TryGetValue(id, out var p) ? p.FullName : null;
        var names = await db.Users.AsNoTracking()
            .Where(p => comments.Select(c => c.AuthorId).Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var visible = comments
            .Where(c => CommentRules.CanRead(c.VisibleToProvider, item.State, item.AuthorId, item.UnitId, actor))
            .Select(c => new CommentView(
                c.Id, c.AuthorId, names.GetValueOrDefault(c.AuthorId, ""), c.Body, c.VisibleToProvider,
                c.MentionedPersonId, NameOf(c.MentionedPersonId), c.CreatedAtUtc))
            .ToList();
        return new CommentThread(visible,
            CommentRules.CanComment(item.State, item.AuthorId, item.UnitId, actor),
            CommentRules.MayChooseVisibility(actor));
    }

    /// <summary>
    /// The people a comment with this visibility may name: active people who may read the item and
    /// the comment, the actor left out; the board first, then by name.
    /// </summary>
    public async Task<IReadOnlyList<PersonChoice>> MentionCandidatesAsync(
        int articleId, string actorId, bool visibleToProvider, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (item, people) = await LoadAsync(db, articleId, ct);
        DemandComment(item, ActorOf(people, actorId));
        return people.Values
            .Where(p => p.Actor.PersonId != actorId && p.Actor.Roles.Count > 0)
            .Where(p => CommentRules.CanRead(visibleToProvider, item.State, item.AuthorId, item.UnitId, p.Actor))
            .OrderByDescending(p => CommentRules.IsBoard(p.Actor))
            .ThenBy(p => p.FullName, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
            .Select(p => new PersonChoice(p.Actor.PersonId, p.FullName, p.JobTitle))
            .ToList();
    }

    public async Task<long> AddAsync(
        int articleId, string actorId, string body, bool visibleToProvider, string? mentionedPersonId,
        CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (item, people) = await LoadAsync(db, articleId, ct);
        var actor = ActorOf(people, actorId);
        DemandComment(item, actor);
        // A provider's comment is always one the provider side reads (it is theirs).
        if (!CommentRules.MayChooseVisibility(actor))
            visibleToProvider = true;

        var text = ArticleHtml.PlainText(body ?? "", multiline: true).Trim();
        if (text.Length == 0)
            throw new CommentException(CommentException.BodyRequired);
        if (text.Length > ArticleComment.BodyMaxLength)
            throw new CommentException(CommentException.BodyTooLong);
        if (string.IsNullOrWhiteSpace(mentionedPersonId))
            mentionedPersonId = null;
        if (mentionedPersonId is not null
            && (!people.TryGetValue(mentionedPersonId, out var named) || named.Actor.Roles.Count == 0
                || !CommentRules.CanRead(visibleToProvider, item.State, item.AuthorId, item.UnitId, named.Actor)))
            throw new CommentException(CommentException.CannotMention);

        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new ArticleComment(articleId, actorId, text, visibleToProvider, mentionedPersonId, now);
        db.ArticleComments.Add(comment);
        await db.SaveChangesAsync(ct);

        var told = new List<Notification>();
        var actorName = people[actorId].FullName;
        if (mentionedPersonId is not null && mentionedPersonId != actorId)
            told.Add(new Notification(mentionedPersonId, NotificationKind.Mentioned, now, item.Title, articleId, actorId, actorName, note: text));
        if (visibleToProvider && item.AuthorId != actorId && item.AuthorId != mentionedPersonId
            && people.TryGetValue(item.AuthorId, out var author)
            && CommentRules.CanRead(true, item.State, item.AuthorId, item.UnitId, author.Actor))
            told.Add(new Notification(item.AuthorId, NotificationKind.CommentForProvider, now, item.Title, articleId, actorId, actorName, note: text));
        await notifications.DeliverAsync(told, ct: ct);
        return comment.Id;
    }

    private sealed record ItemFacts(int Id, string Title, ArticleState State, string AuthorId, int UnitId);

    private sealed record PersonToday(WorkflowActor Actor, string FullName, string JobTitle);

    private static WorkflowActor ActorOf(IReadOnlyDictionary<string, PersonToday> people, string actorId) =>
        people.TryGetValue(actorId, out var person) && person.Actor.Roles.Count > 0
            ? person.Actor
            : throw new CommentException(ArticleMessages.NoRoles);

    private static void DemandRead(ItemFacts item, WorkflowActor actor)
    {
        if (!ArticleWorkflow.CanRead(item.State, item.AuthorId, item.UnitId, actor))
            throw new CommentException(ArticleMessages.CannotRead);
    }

    private static void DemandComment(ItemFacts item, WorkflowActor actor)
    {
        DemandRead(item, actor);
        if (!CommentRules.CanComment(item.State, item.AuthorId, item.UnitId, actor))
            throw new CommentException(CommentException.CannotComment);
    }

    /// <summary>The item, and every active person with their roles today (one query each, not one per person).</summary>
    private async Task<(ItemFacts Item, IReadOnlyDictionary<string, PersonToday> People)> LoadAsync(
        EditorialDbContext db, int articleId, CancellationToken ct)
    {
        var item = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
                       .Select(a => new ItemFacts(a.Id, a.Title, a.State, a.AuthorId, a.UnitId))
                       .SingleOrDefaultAsync(ct)
                   ?? throw new CommentException(ArticleMessages.NotFound);
        var today = clock.Today();
        var year = await db.SchoolYears.AsNoTracking().Where(y => y.Starts <= today)
            .OrderByDescending(y => y.Starts).Select(y => (int?)y.Id).FirstOrDefaultAsync(ct);
        var assignments = year is null
            ? []
            : await db.RoleAssignments.AsNoTracking().Where(a => a.SchoolYearId == year)
                .Select(a => new { a.PersonId, a.Role }).ToListAsync(ct);
        var rolesOf = assignments.ToLookup(a => a.PersonId, a => a.Role);
        var people = await db.Users.AsNoTracking().Where(p => p.IsActive)
            .Select(p => new { p.Id, p.UnitId, p.FullName, p.JobTitle }).ToListAsync(ct);
        // The same rule as BoardDirectory.RolesOnAsync: the year's roles, plus membership of one's unit.
        return (item, people.ToDictionary(p => p.Id, p =>
        {
            var roles = rolesOf[p.Id].ToHashSet();
            if (p.UnitId is not null)
                roles.Add(Role.DepartmentMember);
            return new PersonToday(new WorkflowActor(p.Id, roles, p.UnitId), p.FullName, p.JobTitle);
        }));
    }
}
