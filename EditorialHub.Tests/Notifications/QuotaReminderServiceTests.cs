using EditorialHub.Core.Notifications;
using EditorialHub.Core.Notifications.Reminders;
using EditorialHub.Core.Quotas;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Notifications;

/// <summary>The demo school on Monday 23 November 2026 (7 days left in the month), its reminders sent once.</summary>
public sealed class QuotaReminderServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(FixedClock.At(2026, 11, 23, hour: 8));
        await _database.InitializeAsync(demo: true);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SendDue_HeadsOfUnitsWithNothingThisMonthAndTheBoardsHead_OnceEvenAfterARestart()
    {
        var service = _database.Services.GetRequiredService<QuotaReminderService>();
        var inbox = _database.Services.GetRequiredService<NotificationInbox>();
        var quotas = _database.Services.GetRequiredService<QuotaService>();
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var heads = await db.Users.Where(p => p.UserName!.StartsWith("tt.")).Select(p => new { p.Id, p.UserName, p.UnitId }).ToListAsync();
        var truongban = await db.Users.Where(p => p.UserName == "truongban").Select(p => p.Id).SingleAsync();

        var sent = await service.SendDueAsync();

        // What the calculator says of each department's November decides who is reminded.
        var expected = 0;
        foreach (var head in heads)
        {
            var month = await quotas.UnitMonthAsync(head.Id, head.UnitId!.Value, new DateOnly(2026, 11, 1));
            var owes = month.Cell is { Target: > 0, Count: 0, Status: QuotaStatus.Open or QuotaStatus.Pending };
            var told = (await inbox.ListAsync(head.Id, new(0, 50))).Items.Where(n => n.Kind == NotificationKind.QuotaReminder).ToList();
            Assert.True(owes == (told.Count == 1), $"{head.UserName}: owes {owes}, told {told.Count}");
            if (owes)
            {
                expected++;
                Assert.Equal((7, $"{month.UnitName} · 11/2026"), (told[0].Number, told[0].Subject));
            }
        }
        Assert.True(expected > 0, "the demo should have a department with nothing yet in November");

        // October's digest to the head of the board: the departments the calculator says missed it.
        var october = await quotas.BoardAsync(truongban, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1));
        var missed = october.Units.Where(u => u.Cells[0].Status == QuotaStatus.Missed).Select(u => u.UnitName).ToList();
        var digests = (await inbox.ListAsync(truongban, new(0, 50))).Items.Where(n => n.Kind == NotificationKind.QuotaDigest).ToList();
        if (missed.Count > 0)
        {
            var digest = Assert.Single(digests);
            Assert.Equal(("10/2026", missed.Count, string.Join(", ", missed)), (digest.Subject, digest.Number, digest.Note));
            expected++;
        }
        else
            Assert.Empty(digests);
        Assert.Equal(expected, sent);

        // A second check, and a new service as after a restart, send nothing more.
        Assert.Equal(0, await service.SendDueAsync());
        var restarted = ActivatorUtilities.CreateInstance<QuotaReminderService>(_database.Services);
        Assert.Equal(0, await restarted.SendDueAsync());
        Assert.Equal(expected, await db.SentReminders.CountAsync());
    }
}
