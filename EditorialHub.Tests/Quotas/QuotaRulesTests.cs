using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Quotas;

namespace EditorialHub.Tests.Quotas;

public sealed class QuotaRulesTests
{
    private static readonly QuotaMonth Counted = new(new DateOnly(2026, 11, 1), 1, Semester.One, true);
    private static readonly QuotaMonth Summer = new(new DateOnly(2027, 7, 1), 1, null, false);

    [Theory]
    // target, count, on its way, month over → status
    [InlineData(1, 1, 0, true, QuotaStatus.Met)]
    [InlineData(1, 3, 0, false, QuotaStatus.Met)]          // met before the month ends
    [InlineData(1, 0, 0, true, QuotaStatus.Missed)]
    [InlineData(1, 0, 2, true, QuotaStatus.Missed)]        // on its way is too late once the month is over
    [InlineData(1, 0, 1, false, QuotaStatus.Pending)]
    [InlineData(1, 0, 0, false, QuotaStatus.Open)]
    [InlineData(2, 1, 0, true, QuotaStatus.Missed)]        // one of two
    [InlineData(2, 1, 1, false, QuotaStatus.Pending)]
    [InlineData(2, 2, 0, true, QuotaStatus.Met)]
    [InlineData(0, 0, 0, true, QuotaStatus.NotRequired)]   // no target: the office, the unions
    [InlineData(0, 2, 0, true, QuotaStatus.NotRequired)]
    public void StatusOf_CountedMonth(int target, int count, int onItsWay, bool over, QuotaStatus expected)
    {
        Assert.Equal(expected, QuotaRules.StatusOf(Counted, target, count, onItsWay, over));
    }

    [Fact]
    public void StatusOf_MonthThatDoesNotCount_IsNotRequired()
    {
        Assert.Equal(QuotaStatus.NotRequired, QuotaRules.StatusOf(Summer, 1, 0, 0, monthIsOver: true));
    }

    [Theory]
    [InlineData(UnitKind.SubjectDepartment, 1)]
    [InlineData(UnitKind.Office, 0)]
    [InlineData(UnitKind.TradeUnion, 0)]
    [InlineData(UnitKind.YouthUnion, 0)]
    [InlineData(UnitKind.Class, 0)]
    public void DefaultTarget_OnlySubjectDepartmentsOweOne(UnitKind kind, int expected)
    {
        Assert.Equal(expected, QuotaRules.DefaultTarget(kind));
    }

    [Theory]
    [InlineData("2026-11-01", 1)] // before any setting: the default
    [InlineData("2026-12-01", 2)] // raised to 2 from December
    [InlineData("2027-01-01", 2)]
    [InlineData("2027-02-01", 0)] // set to 0 from February, twice: the later setting wins
    [InlineData("2027-03-15", 0)]
    public void TargetFor_LatestSettingFromThatMonthOrBefore(string month, int expected)
    {
        TargetChange[] changes =
        [
            new(new DateOnly(2027, 2, 1), 3, 2),
            new(new DateOnly(2026, 12, 1), 2, 1),
            new(new DateOnly(2027, 2, 1), 0, 3),
        ];

        Assert.Equal(expected, QuotaRules.TargetFor(UnitKind.SubjectDepartment, changes, DateOnly.Parse(month)));
    }

    [Theory]
    [InlineData(ArticleKind.ActivityReport, true)]
    [InlineData(ArticleKind.ProfessionalTopic, true)]
    [InlineData(ArticleKind.Other, false)]
    public void Counts_ActivityReportsAndProfessionalTopics(ArticleKind kind, bool expected)
    {
        Assert.Equal(expected, QuotaRules.Counts(kind));
    }
}
