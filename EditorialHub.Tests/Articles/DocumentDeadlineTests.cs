using System.Globalization;
using EditorialHub.Core.Articles;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// Điều 14.2: documents are put on the portal "kịp thời" — within a set number of working days after
/// the day of issue (3 by default). Local times in Hà Nội (UTC+7), as in <see cref="DeadlinesTests"/>.
/// </summary>
public sealed class DocumentDeadlineTests
{
    private static readonly TimeZoneInfo Vietnam =
        TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    private static DateTime Utc(string local) =>
        TimeZoneInfo.ConvertTimeToUtc(
            DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None), Vietnam);

    private static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-16", 3, "2026-11-20 00:00")] // Monday → Tuesday, Wednesday, Thursday
    [InlineData("2026-11-19", 3, "2026-11-25 00:00")] // Thursday → Friday, Monday, Tuesday
    [InlineData("2026-11-21", 3, "2026-11-26 00:00")] // Saturday → Monday, Tuesday, Wednesday
    [InlineData("2026-12-30", 3, "2027-01-05 00:00")] // year end → Thursday 31, Friday 1, Monday 4
    [InlineData("2026-11-16", 0, "2026-11-17 00:00")] // zero: the day of issue
    public void DocumentDue_EndOfTheNthWorkingDayAfterIssue(string issued, int workingDays, string firstLateLocal)
    {
        Assert.Equal(Utc(firstLateLocal), Deadlines.DocumentDueUtc(Day(issued), workingDays, Vietnam));
    }

    public static TheoryData<string, ArticleState, string, OverdueReasons> Cases() => new()
    {
        // state, now (local) for a document issued Monday 16 November 2026, 3 working days
        { "waiting for approval on the last day", ArticleState.AwaitingApproval, "2026-11-19 23:59", OverdueReasons.None },
        { "waiting for approval the day after", ArticleState.AwaitingApproval, "2026-11-20 00:00", OverdueReasons.DocumentNotPublished },
        { "still a draft", ArticleState.Draft, "2026-11-25 08:00", OverdueReasons.DocumentNotPublished },
        { "published: nothing late", ArticleState.Published, "2026-12-25 08:00", OverdueReasons.None },
        { "refused: nothing left to publish", ArticleState.Refused, "2026-12-25 08:00", OverdueReasons.None },
        { "taken down", ArticleState.TakenDown, "2026-12-25 08:00", OverdueReasons.None },
        { "a correction of the published document", ArticleState.CorrectionEditing, "2026-12-25 08:00", OverdueReasons.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_DocumentIssuedOnMonday(string because, ArticleState state, string nowLocal, OverdueReasons expected)
    {
        var status = Deadlines.Evaluate(state, null, null, null, Utc(nowLocal), 2, Vietnam, Day("2026-11-16"), 3);

        Assert.True(expected == status.Overdue, because);
    }

    [Fact]
    public void Evaluate_WithoutIssueDay_NoDocumentDeadline()
    {
        var status = Deadlines.Evaluate(ArticleState.Draft, null, null, null, Utc("2027-01-01 08:00"), 2, Vietnam);

        Assert.Equal(OverdueReasons.None, status.Overdue);
    }

    [Fact]
    public void Evaluate_ApprovedCorrectionNotPublishedInTime_Overdue()
    {
        var approved = Utc("2026-11-16 10:00");

        var inTime = Deadlines.Evaluate(ArticleState.CorrectionApproved, null, approved, approved, Utc("2026-11-18 23:00"), 2, Vietnam);
        var late = Deadlines.Evaluate(ArticleState.CorrectionApproved, null, approved, approved, Utc("2026-11-19 00:00"), 2, Vietnam);

        Assert.Equal(OverdueReasons.None, inTime.Overdue);
        Assert.Equal(OverdueReasons.ApprovedNotPublished, late.Overdue);
    }

    // The query form agrees with the rule for every issue day over six weeks and every few hours of "now".
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void CutoffsAt_DocumentIssuedBefore_AgreesWithEvaluate(int workingDays)
    {
        var start = Utc("2026-11-13 00:00");
        for (var nowHours = 0; nowHours < 24 * 24; nowHours += 7)
        {
            var now = start.AddHours(nowHours);
            var cutoffs = Deadlines.CutoffsAt(now, 2, Vietnam, workingDays);
            for (var day = Day("2026-10-20"); day < Day("2026-12-10"); day = day.AddDays(1))
            {
                var rule = Deadlines.Evaluate(ArticleState.Editing, null, null, null, now, 2, Vietnam, day, workingDays).IsOverdue;
                Assert.True(rule == day < cutoffs.DocumentIssuedBefore, $"issued {day}, now {now:u}");
            }
        }
    }
}
