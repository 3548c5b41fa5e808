using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EditorialHub.Core.Notifications;

/// <summary>
/// Listens to <see cref="ArticleChangeFeed"/> and turns each saved step into notifications for the
/// people <see cref="NotificationRecipients"/> names. Runs after the save, so a failure here is
/// logged and the step stands.
/// </summary>
public sealed class ArticleNotifier(
    ArticleChangeFeed feed,
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    NotificationInbox notifications,
    IOptionsMonitor<WorkflowOptions> workflowOptions,
    ILogger<ArticleNotifier> logger) : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription ??= feed.Subscribe(OnChangeAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
    }

    private async Task OnChangeAsync(ArticleChange change)
    {
        if (change.Action == ArticleAction.SaveEdit)
            return;
        try
        {
            await NotifyAsync(change, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Notifying step {Action} of item {ArticleId} failed.", change.Action, change.ArticleId);
        }
    }

    internal async Task NotifyAsync(ArticleChange change, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Editors)
            .SingleOrDefaultAsync(a => a.Id == change.ArticleId, ct);
        if (article is null)
            return;
        var history = await db.ArticleTransitions.AsNoTracking()
            .Where(t => t.ArticleId == change.ArticleId)
            .OrderByDescending(t => t.Id)
            .Select(t => new { t.Action, t.ActorId, t.Note })
            .Take(200)
            .ToListAsync(ct);
        var item = new NotifiedItem(
            article.Id, article.Title, article.UnitId, article.AuthorId, article.AssignedEditorId,
            article.Editors.Select(e => e.PersonId).ToHashSet(), article.ApprovalLevel,
            TakeDownRequesterId: history.FirstOrDefault(t => t.Action == ArticleAction.RequestTakeDown)?.ActorId,
            // The newest Take is this one; the one before it was the previous holder's.
            PreviousHolderId: history.Where(t => t.Action == ArticleAction.Take).Skip(1).FirstOrDefault()?.ActorId);

        var board = await BoardTodayAsync(db, clock.Today(), ct);
        var recipients = NotificationRecipients.For(change, item, board, workflowOptions.CurrentValue.AllowDeputyWhenHeadIsAuthor);
        if (recipients.Count == 0)
            return;

        var actorName = await db.Users.Where(p => p.Id == change.ActorId).Select(p => p.FullName).SingleOrDefaultAsync(ct) ?? "";
        var note = history.FirstOrDefault(t => t.Action == change.Action)?.Note;
        await notifications.DeliverAsync(recipients
            .Select(r => new Notification(
                r.PersonId, r.Kind, change.AtUtc, article.Title, article.Id, change.ActorId, actorName,
                change.Action, change.To, note))
            .ToList(), ct: ct);
    }

    /// <summary>Who holds the board's roles on <paramref name="day"/>, active people only.</summary>
    internal static async Task<BoardToday> BoardTodayAsync(EditorialDbContext db, DateOnly day, CancellationToken ct)
    {
        var year = await db.SchoolYears.AsNoTracking().Where(y => y.Starts <= day)
            .OrderByDescending(y => y.Starts).Select(y => (int?)y.Id).FirstOrDefaultAsync(ct);
        var roles = year is null
            ? []
            : await db.RoleAssignments.AsNoTracking()
                .Where(a => a.SchoolYearId == year && a.Person!.IsActive)
                .Select(a => new { a.PersonId, a.Role, a.Person!.UnitId })
                .ToListAsync(ct);
        HashSet<string> Holders(Role role) => roles.Where(r => r.Role == role).Select(r => r.PersonId).ToHashSet();
        return new BoardToday(
            Holders(Role.BoardHead), Holders(Role.BoardDeputy), Holders(Role.BoardSecretary),
            roles.Where(r => r.Role == Role.Editor).DistinctBy(r => r.PersonId).ToDictionary(r => r.PersonId, r => r.UnitId));
    }
}
