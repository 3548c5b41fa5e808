using EditorialHub.Core.Articles;
using EditorialHub.Core.Notifications;
using EditorialHub.Core.Notifications.Reminders;
using EditorialHub.Core.Quotas;

namespace EditorialHub.Tests.Notifications;

/// <summary>
/// Which quota reminders are due on a day (issue 5), with a fixed calendar: November 2026 has 30
/// days and begins on a Sunday (its first working day is Monday 2); December 2026 begins on a Tuesday.
/// Unit 1 (Tổ Toán – Tin học, head T1) and unit 2 (Tổ Ngữ văn, head T2); the board's head is H.
/// </summary>
public sealed class QuotaReminderRulesTests
{
    private static ReminderState State(
        QuotaStatus toan = QuotaStatus.Open, int toanCount = 0, QuotaStatus van = QuotaStatus.Met, int vanCount = 1,
        QuotaStatus lastToan = QuotaStatus.Met, QuotaStatus lastVan = QuotaStatus.Missed, bool toanHasHead = true) =>
        new(
            ThisMonth: [new(1, "Tổ Toán – Tin học", toan, toanCount, toan == QuotaStatus.NotRequired ? 0 : 1), new(2, "Tổ Ngữ văn", van, vanCount, 1)],
            LastMonth: [new(1, "Tổ Toán – Tin học", lastToan, 0, 1), new(2, "Tổ Ngữ văn", lastVan, 0, 1)],
            DepartmentHeads: toanHasHead
                ? new Dictionary<int, IReadOnlyList<string>> { [1] = ["T1"], [2] = ["T2"] }
                : new Dictionary<int, IReadOnlyList<string>> { [2] = ["T2"] },
            BoardHeads: ["H"]);

    public static TheoryData<string, DateOnly, ReminderState, string> Rows => new()
    {
        // case, today, quota state, what is due ("recipient:kind:number:key", sorted)
        { "8 days left: nothing yet; October's digest was due from 2 November", new DateOnly(2026, 11, 22), State(),
            "H:QuotaDigest:1:quota-digest:2026-10:H" },
        { "7 days left: the head of the unit with nothing", new DateOnly(2026, 11, 23), State(),
            "H:QuotaDigest:1:quota-digest:2026-10:H T1:QuotaReminder:7:quota-reminder:2026-11:1:7:T1" },
        { "5 days left, the check missed the 7th: still the 7-day stage", new DateOnly(2026, 11, 25), State(),
            "H:QuotaDigest:1:quota-digest:2026-10:H T1:QuotaReminder:5:quota-reminder:2026-11:1:7:T1" },
        { "3 days left: the second reminder", new DateOnly(2026, 11, 27), State(),
            "H:QuotaDigest:1:quota-digest:2026-10:H T1:QuotaReminder:3:quota-reminder:2026-11:1:3:T1" },
        { "the last day: still the 3-day stage", new DateOnly(2026, 11, 30), State(),
            "H:QuotaDigest:1:quota-digest:2026-10:H T1:QuotaReminder:0:quota-reminder:2026-11:1:3:T1" },
        { "pending (on its way, nothing published): reminded too", new DateOnly(2026, 11, 23), State(toan: QuotaStatus.Pending),
            "H:QuotaDigest:1:quota-digest:2026-10:H T1:QuotaReminder:7:quota-reminder:2026-11:1:7:T1" },
        { "met: no reminder", new DateOnly(2026, 11, 23), State(toan: QuotaStatus.Met, toanCount: 1),
            "H:QuotaDigest:1:quota-digest:2026-10:H" },
        { "no target (a month that does not count): no reminder", new DateOnly(2026, 11, 23), State(toan: QuotaStatus.NotRequired),
            "H:QuotaDigest:1:quota-digest:2026-10:H" },
        { "a unit without a head: nobody to remind", new DateOnly(2026, 11, 23), State(toanHasHead: false),
            "H:QuotaDigest:1:quota-digest:2026-10:H" },
        { "nobody missed last month: no digest", new DateOnly(2026, 11, 23), State(lastVan: QuotaStatus.Met),
            "T1:QuotaReminder:7:quota-reminder:2026-11:1:7:T1" },
        { "1 November is a Sunday: no digest yet", new DateOnly(2026, 11, 1), State(), "" },
        { "Monday 2 November: the digest of October", new DateOnly(2026, 11, 2), State(), "H:QuotaDigest:1:quota-digest:2026-10:H" },
        { "Tuesday 1 December: the digest of November, two missed", new DateOnly(2026, 12, 1), State(lastToan: QuotaStatus.Missed),
            "H:QuotaDigest:2:quota-digest:2026-11:H" },
        { "summer: last month did not count", new DateOnly(2026, 7, 1), State(lastVan: QuotaStatus.NotRequired), "" },
        { "Monday 2 November a holiday the school entered: no digest yet", new DateOnly(2026, 11, 2),
            State() with { Calendar = new WorkingCalendar([new DateOnly(2026, 11, 2)]) }, "" },
        { "Tuesday 3 November, the first working day after it: the digest", new DateOnly(2026, 11, 3),
            State() with { Calendar = new WorkingCalendar([new DateOnly(2026, 11, 2)]) }, "H:QuotaDigest:1:quota-digest:2026-10:H" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Due_OnADay_TheRightRemindersWithStableKeys(string @case, DateOnly today, ReminderState state, string expected)
    {
        var due = QuotaReminderRules.Due(today, state);

        var actual = string.Join(" ", due.Select(d => $"{d.RecipientId}:{d.Kind}:{d.Number}:{d.Key}").Order(StringComparer.Ordinal));
        Assert.True(expected == actual, $"{@case}: expected [{expected}] but [{actual}]");
    }

    [Fact]
    public void Due_SubjectsNameTheUnitAndMonth_DigestListsWhoMissed()
    {
        var due = QuotaReminderRules.Due(new DateOnly(2026, 12, 1), State(toan: QuotaStatus.Open, lastToan: QuotaStatus.Missed) with
        {
            ThisMonth = [new(1, "Tổ Toán – Tin học", QuotaStatus.Open, 0, 1)],
        });
        var digest = Assert.Single(due, d => d.Kind == NotificationKind.QuotaDigest);
        Assert.Equal(("11/2026", "Tổ Toán – Tin học, Tổ Ngữ văn"), (digest.Subject, digest.Note));

        var reminder = Assert.Single(QuotaReminderRules.Due(new DateOnly(2026, 11, 23), State()), d => d.Kind == NotificationKind.QuotaReminder);
        Assert.Equal("Tổ Toán – Tin học · 11/2026", reminder.Subject);
    }
}
