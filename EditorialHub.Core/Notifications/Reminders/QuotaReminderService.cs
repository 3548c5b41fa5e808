using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Core.Quotas;
using EditorialHub.Core.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EditorialHub.Core.Notifications.Reminders;

/// <summary>
/// Sends the quota reminders that are due today and not sent yet: reads this month and last from the
/// quota calculator (<see cref="QuotaService"/>, as the head of the board sees the school), asks
/// <see cref="QuotaReminderRules"/>, and records each one sent by its key in the same save as its
/// notification, so it goes out once whatever restarts.
/// </summary>
public sealed class QuotaReminderService(
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    BoardDirectory board,
    QuotaService quotas,
    NotificationInbox inbox,
    WorkflowSettings settings,
    ILogger<QuotaReminderService> logger)
{
    /// <returns>How many reminders were sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var state = await StateAsync(today, ct);
        if (state is null)
            return 0;
        var due = QuotaReminderRules.Due(today, state);
        if (due.Count == 0)
            return 0;

        HashSet<string> sent;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var keys = due.Select(d => d.Key).ToList();
            sent = (await db.SentReminders.AsNoTracking().Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct)).ToHashSet();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var reminder in due.Where(d => !sent.Contains(d.Key)))
        {
            try
            {
                await inbox.DeliverAsync(
                    [new Notification(reminder.RecipientId, reminder.Kind, now, reminder.Subject, note: reminder.Note, number: reminder.Number)],
                    [new SentReminder(reminder.Key, now)], ct);
                count++;
            }
            catch (DbUpdateException)
            {
                // Another check recorded the same key first (unique index): it went out once, from there.
                logger.LogInformation("Reminder {Key} was already sent.", reminder.Key);
            }
        }
        return count;
    }

    private async Task<ReminderState?> StateAsync(DateOnly today, CancellationToken ct)
    {
        // The calculator answers whoever may see the whole school; the reminders read it as the head does.
        var heads = await board.HoldersOnAsync(Role.BoardHead, today, ct);
        var reader = heads.FirstOrDefault()
                     ?? (await board.HoldersOnAsync(Role.Principal, today, ct)).FirstOrDefault();
        if (reader is null)
            return null;
        var month = QuotaCalendar.MonthOf(today);
        var view = await quotas.BoardAsync(reader, month.AddMonths(-1), month, ct);
        List<UnitMonthState> Column(DateOnly m) => view.Units
            .Select(u => (Unit: u, Cell: u.Cells.FirstOrDefault(c => c.Month == m)))
            .Where(x => x.Cell is not null)
            .Select(x => new UnitMonthState(x.Unit.UnitId, x.Unit.UnitName, x.Cell!.Status, x.Cell.Count, x.Cell.Target))
            .ToList();

        var departmentHeads = await board.HoldersOnAsync(Role.DepartmentHead, today, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var units = await db.Users.AsNoTracking()
            .Where(p => departmentHeads.Contains(p.Id) && p.UnitId != null)
            .Select(p => new { p.Id, UnitId = p.UnitId!.Value })
            .ToListAsync(ct);
        return new ReminderState(
            Column(month), Column(month.AddMonths(-1)),
            units.GroupBy(u => u.UnitId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(u => u.Id).ToList()),
            heads.ToList(),
            (await settings.CurrentAsync(ct)).Calendar);
    }
}
