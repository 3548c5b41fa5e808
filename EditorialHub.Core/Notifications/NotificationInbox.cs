using EditorialHub.Core.Articles;
using EditorialHub.Core.Data;
using EditorialHub.Core.Notifications.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EditorialHub.Core.Notifications;

/// <summary>One notification as the bell and the list show it.</summary>
public sealed record NotificationView(
    long Id, NotificationKind Kind, int? ArticleId, string Subject, string ActorName,
    ArticleAction? Action, ArticleState? State, string? Note, DateTime CreatedAtUtc, bool IsRead, int? Number = null);

/// <summary>
/// A person's notifications: stored, counted, read. Delivering one stores it, tells the person's
/// open pages (<see cref="NotificationBroadcaster"/>) and, when a mail server is set, queues an
/// e-mail. Everyone reads and marks only their own.
/// </summary>
public sealed class NotificationInbox(
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    NotificationBroadcaster broadcaster,
    MailQueue mail,
    IOptionsMonitor<EmailOptions> emailOptions)
{
    public async Task<int> UnreadCountAsync(string personId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.RecipientId == personId && n.ReadAtUtc == null, ct);
    }

    /// <summary>The person's notifications, newest first, a page at a time, and how many there are.</summary>
    public async Task<Page<NotificationView>> ListAsync(
        string personId, PageRequest page, bool onlyUnread = false, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Notifications.AsNoTracking().Where(n => n.RecipientId == personId);
        if (onlyUnread)
            query = query.Where(n => n.ReadAtUtc == null);
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(page.Size, 1, 500);
        var items = await query
            .OrderByDescending(n => n.Id)
            .Skip(Math.Max(page.Index, 0) * size).Take(size)
            .Select(n => new NotificationView(
                n.Id, n.Kind, n.ArticleId, n.Subject, n.ActorName, n.Action, n.State, n.Note, n.CreatedAtUtc, n.ReadAtUtc != null, n.Number))
            .ToListAsync(ct);
        return new Page<NotificationView>(items, total);
    }

    /// <summary>Marks one of the person's own notifications read; someone else's is left alone.</summary>
    public async Task MarkReadAsync(string personId, long id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var changed = await db.Notifications
            .Where(n => n.Id == id && n.RecipientId == personId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAtUtc, clock.GetUtcNow().UtcDateTime), ct);
        if (changed > 0)
            await broadcaster.TellAsync(personId);
    }

    public async Task MarkAllReadAsync(string personId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var changed = await db.Notifications
            .Where(n => n.RecipientId == personId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAtUtc, clock.GetUtcNow().UtcDateTime), ct);
        if (changed > 0)
            await broadcaster.TellAsync(personId);
    }

    /// <summary>Stores the notifications, tells the recipients' open pages and queues their e-mails.</summary>
    /// <param name="alsoSave">Rows saved in the same transaction (the record that a reminder was sent).</param>
    internal async Task DeliverAsync(
        IReadOnlyCollection<Notification> notifications, IReadOnlyCollection<object>? alsoSave = null, CancellationToken ct = default)
    {
        if (notifications.Count == 0 && alsoSave is not { Count: > 0 })
            return;
        var recipients = notifications.Select(n => n.RecipientId).Distinct().ToList();
        Dictionary<string, (string? Email, string Name, bool Active)> people;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            people = await db.Users.AsNoTracking().Where(p => recipients.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => (p.Email, p.FullName, p.IsActive), ct);
            // A deactivated person is told nothing: they cannot sign in to act on it.
            var kept = notifications.Where(n => people.TryGetValue(n.RecipientId, out var p) && p.Active).ToList();
            db.Notifications.AddRange(kept);
            if (alsoSave is not null)
                db.AddRange(alsoSave);
            await db.SaveChangesAsync(ct);
            notifications = kept;
        }

        foreach (var person in notifications.Select(n => n.RecipientId).Distinct())
            await broadcaster.TellAsync(person);

        var settings = emailOptions.CurrentValue;
        if (!settings.IsConfigured)
            return;
        foreach (var notification in notifications)
            if (people[notification.RecipientId] is { Email: { Length: > 0 } email, Name: var name })
                mail.Enqueue(NotificationEmail.Compose(notification, email, name, settings));
    }
}
