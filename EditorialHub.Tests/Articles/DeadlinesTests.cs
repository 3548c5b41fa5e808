using System.Globalization;
using EditorialHub.Core.Articles;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// The deadlines of Điều 14 on fixed dates in Vietnam's time zone (UTC+7): times in the tables are
/// local ("yyyy-MM-dd HH:mm" in Hà Nội), so the boundaries read as the board would state them.
/// </summary>
public sealed class DeadlinesTests
{
    private static readonly TimeZoneInfo Vietnam =
        TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    private static DateTime Utc(string local) =>
        TimeZoneInfo.ConvertTimeToUtc(
            DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None), Vietnam);

    private static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Event ended on …, the first late moment is midnight starting the 8th day after it (Điều 14.1).
    [Theory]
    [InlineData("2026-11-10", "2026-11-18 00:00")] // a Tuesday; the week runs 11 to 17 November
    [InlineData("2026-10-31", "2026-11-08 00:00")] // month end
    [InlineData("2026-12-28", "2027-01-05 00:00")] // year end
    [InlineData("2027-02-25", "2027-03-05 00:00")] // February of a common year
    [InlineData("2028-02-25", "2028-03-04 00:00")] // February of a leap year
    [InlineData("2026-11-14", "2026-11-22 00:00")] // a Saturday event: the week counts calendar days, weekends included
    public void EventDue_EndOfTheSeventhDayAfterTheEvent(string eventEnd, string firstLateLocal)
    {
        Assert.Equal(Utc(firstLateLocal), Deadlines.EventDueUtc(Day(eventEnd), Vietnam));
    }

    // Approved at … (local), publish within 2 working days: the first late moment.
    [Theory]
    [InlineData("2026-11-16 10:00", 2, "2026-11-19 00:00")] // Monday → Tuesday, Wednesday
    [InlineData("2026-11-20 15:00", 2, "2026-11-25 00:00")] // Friday → Monday, Tuesday
    [InlineData("2026-11-21 09:00", 2, "2026-11-25 00:00")] // Saturday → Monday, Tuesday
    [InlineData("2026-11-22 20:00", 2, "2026-11-25 00:00")] // Sunday → Monday, Tuesday
    [InlineData("2026-11-26 16:00", 2, "2026-12-01 00:00")] // Thursday at a month end → Friday, Monday 30
    [InlineData("2026-12-31 08:00", 2, "2027-01-05 00:00")] // Thursday, year end → Friday 1, Monday 4
    [InlineData("2026-11-19 23:30", 2, "2026-11-24 00:00")] // Thursday late evening in Hà Nội → Friday, Monday
    [InlineData("2026-11-20 00:30", 2, "2026-11-25 00:00")] // Friday just after midnight (still Thursday in UTC) → Monday, Tuesday
    [InlineData("2026-11-16 10:00", 0, "2026-11-17 00:00")] // zero: the same day
    [InlineData("2026-11-16 10:00", 5, "2026-11-24 00:00")] // a week of working days
    public void PublishDue_EndOfTheNthWorkingDayAfterApproval(string approvedLocal, int workingDays, string firstLateLocal)
    {
        Assert.Equal(Utc(firstLateLocal), Deadlines.PublishDueUtc(Utc(approvedLocal), workingDays, Vietnam));
    }

    public static TheoryData<string, ArticleState, string?, string?, string?, string, OverdueReasons, bool> Cases() => new()
    {
        // state, event end, approved (local), published (local), now (local) → reasons, published late
        { "event the last minute of its week", ArticleState.Editing, "2026-11-10", null, null, "2026-11-17 23:59", OverdueReasons.None, false },
        { "event the first minute after its week", ArticleState.Editing, "2026-11-10", null, null, "2026-11-18 00:00", OverdueReasons.EventNotPublished, false },
        // 00:30 on the 18th in Hà Nội is still the 17th in UTC: the local day decides.
        { "event late by the local day, not the UTC day", ArticleState.Submitted, "2026-11-10", null, null, "2026-11-18 00:30", OverdueReasons.EventNotPublished, false },
        { "event still a draft", ArticleState.Draft, "2026-11-10", null, null, "2026-11-20 09:00", OverdueReasons.EventNotPublished, false },
        { "event awaiting approval", ArticleState.AwaitingApproval, "2026-11-10", null, null, "2026-11-20 09:00", OverdueReasons.EventNotPublished, false },
        { "event refused: nothing left to publish", ArticleState.Refused, "2026-11-10", null, null, "2026-12-20 09:00", OverdueReasons.None, false },
        { "event published on the last day", ArticleState.Published, "2026-11-10", "2026-11-12 10:00", "2026-11-17 23:59", "2026-12-20 09:00", OverdueReasons.None, false },
        { "event published the first minute after", ArticleState.Published, "2026-11-10", "2026-11-12 10:00", "2026-11-18 00:00", "2026-12-20 09:00", OverdueReasons.None, true },
        { "event published late, then taken down", ArticleState.TakenDown, "2026-10-31", "2026-11-05 10:00", "2026-11-10 10:00", "2026-12-20 09:00", OverdueReasons.None, true },
        { "not an event, published whenever", ArticleState.Published, null, "2026-11-02 10:00", "2026-11-30 10:00", "2026-12-20 09:00", OverdueReasons.None, false },
        { "approved Friday, Tuesday's last minute", ArticleState.Approved, null, "2026-11-20 15:00", null, "2026-11-24 23:59", OverdueReasons.None, false },
        { "approved Friday, Wednesday's first minute", ArticleState.Approved, null, "2026-11-20 15:00", null, "2026-11-25 00:00", OverdueReasons.ApprovedNotPublished, false },
        { "approved Friday, still on time over the weekend", ArticleState.Approved, null, "2026-11-20 15:00", null, "2026-11-22 22:00", OverdueReasons.None, false },
        { "approved event late on both counts", ArticleState.Approved, "2026-11-01", "2026-11-10 08:00", null, "2026-11-13 08:00", OverdueReasons.EventNotPublished | OverdueReasons.ApprovedNotPublished, false },
        { "approved event late on the event only", ArticleState.Approved, "2026-11-01", "2026-11-12 08:00", null, "2026-11-13 08:00", OverdueReasons.EventNotPublished, false },
        { "published long after approval: never overdue", ArticleState.Published, null, "2026-11-02 10:00", "2026-11-20 10:00", "2026-12-20 09:00", OverdueReasons.None, false },
        { "editing without an event: no deadline yet", ArticleState.Editing, null, null, null, "2027-05-31 09:00", OverdueReasons.None, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_Table(
        string scenario, ArticleState state, string? eventEnd, string? approvedLocal, string? publishedLocal, string nowLocal,
        OverdueReasons expected, bool publishedLate)
    {
        var status = Deadlines.Evaluate(
            state, eventEnd is null ? null : Day(eventEnd), approvedLocal is null ? null : Utc(approvedLocal),
            publishedLocal is null ? null : Utc(publishedLocal), Utc(nowLocal), 2, Vietnam);

        Assert.True(expected == status.Overdue, $"{scenario}: expected {expected}, got {status.Overdue}");
        Assert.Equal(expected != OverdueReasons.None, status.IsOverdue);
        Assert.True(publishedLate == status.PublishedLate, $"{scenario}: published late {status.PublishedLate}");
    }

    [Fact]
    public void Evaluate_ApprovedEvent_DueIsTheEarlierDeadline()
    {
        var status = Deadlines.Evaluate(
            ArticleState.Approved, Day("2026-11-10"), Utc("2026-11-16 10:00"), null, Utc("2026-11-16 11:00"), 2, Vietnam);

        // The event's week ends at midnight starting the 18th, before the approval's two working days.
        Assert.Equal(Utc("2026-11-18 00:00"), status.DueAtUtc);
        Assert.False(status.IsOverdue);
    }

    [Fact]
    public void Evaluate_TimesReadBackFromSqliteWithoutKind_SameAnswer()
    {
        var approved = DateTime.SpecifyKind(Utc("2026-11-20 15:00"), DateTimeKind.Unspecified);

        var status = Deadlines.Evaluate(ArticleState.Approved, null, approved, null, Utc("2026-11-25 00:00"), 2, Vietnam);

        Assert.Equal(OverdueReasons.ApprovedNotPublished, status.Overdue);
    }

    // The query form must agree with the rule item by item: every hour of approvals over three weeks
    // against every hour of "now" over the following weeks, weekends and a month end included.
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public void CutoffsAt_AgreeWithEvaluate(int workingDays, bool withHolidays)
    {
        // Holidays in the middle of the weeks walked, a run and a single day beside a weekend.
        var calendar = withHolidays
            ? new WorkingCalendar([Day("2026-11-23"), Day("2026-11-24"), Day("2026-11-25"), Day("2026-12-04")])
            : WorkingCalendar.WeekdaysOnly;
        var start = Utc("2026-11-13 00:00");
        for (var nowHours = 24 * 7; nowHours < 24 * 24; nowHours += 5)
        {
            var now = start.AddHours(nowHours);
            var cutoffs = Deadlines.CutoffsAt(now, workingDays, Vietnam, calendar: calendar);
            for (var approvedHours = 0; approvedHours < nowHours; approvedHours += 3)
            {
                var approved = start.AddHours(approvedHours);
                var rule = Deadlines.Evaluate(ArticleState.Approved, null, approved, null, now, workingDays, Vietnam, calendar: calendar).IsOverdue;
                Assert.True(rule == approved < cutoffs.ApprovedBeforeUtc, $"approved {approved:u}, now {now:u}");
            }
            for (var day = Day("2026-11-01"); day < Day("2026-12-10"); day = day.AddDays(1))
            {
                var rule = Deadlines.Evaluate(ArticleState.Editing, day, null, null, now, workingDays, Vietnam).IsOverdue;
                Assert.True(rule == day < cutoffs.EventEndedBefore, $"event {day}, now {now:u}");
            }
        }
    }

    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")] // Friday + 1 → Monday
    [InlineData("2026-11-21", 1, "2026-11-23")] // Saturday + 1 → Monday
    [InlineData("2026-11-27", 2, "2026-12-01")] // Friday + 2 → Tuesday of the next month
    [InlineData("2026-11-18", 0, "2026-11-18")]
    public void AddWorkingDays_SkipsSaturdayAndSunday(string day, int workingDays, string expected)
    {
        Assert.Equal(Day(expected), WorkingCalendar.WeekdaysOnly.AddWorkingDays(Day(day), workingDays));
    }

    // Tết 2027 as a school might enter it: Friday 5 to Thursday 11 February.
    private static readonly WorkingCalendar Tet2027 = new(Enumerable.Range(0, 7).Select(i => Day("2027-02-05").AddDays(i)));

    [Theory]
    [InlineData("2027-02-04", 1, "2027-02-12")] // Thursday before Tết + 1 → the Friday after it
    [InlineData("2027-02-04", 2, "2027-02-15")] // + 2 → Monday after the weekend that follows
    [InlineData("2027-02-08", 1, "2027-02-12")] // approved during Tết: the first day back
    [InlineData("2027-02-03", 1, "2027-02-04")] // the days before Tết are unchanged
    public void AddWorkingDays_SkipsTheHolidaysToo(string day, int workingDays, string expected)
    {
        Assert.Equal(Day(expected), Tet2027.AddWorkingDays(Day(day), workingDays));
    }

    [Fact]
    public void Evaluate_ApprovedTheDayBeforeTet_NotOverdueOverTet_DueTheSecondWorkingDayAfter()
    {
        var approved = Utc("2027-02-04 10:00"); // Thursday, Hà Nội time
        var duringTet = Utc("2027-02-10 10:00");

        var withHolidays = Deadlines.Evaluate(ArticleState.Approved, null, approved, null, duringTet, 2, Vietnam, calendar: Tet2027);
        var weekdaysOnly = Deadlines.Evaluate(ArticleState.Approved, null, approved, null, duringTet, 2, Vietnam);

        Assert.Equal((false, Utc("2027-02-16 00:00")), (withHolidays.IsOverdue, withHolidays.DueAtUtc)); // late from Tuesday 16/2
        Assert.True(weekdaysOnly.IsOverdue);
    }
}
