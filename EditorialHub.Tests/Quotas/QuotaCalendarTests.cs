using EditorialHub.Core.Board;
using EditorialHub.Core.Quotas;

namespace EditorialHub.Tests.Quotas;

public sealed class QuotaCalendarTests
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    // 2026-2027 in the Ministry's usual frame: 5 September, semester I to 17 January, 31 May.
    private static SchoolYear Usual(bool summerCounts = false)
    {
        var year = new SchoolYear(new DateOnly(2026, 9, 5), new DateOnly(2027, 1, 17), new DateOnly(2027, 5, 31));
        year.SetCountsMonthsOutsideYear(summerCounts);
        return year;
    }

    [Theory]
    // The school's month, not UTC's: Hà Nội is seven hours ahead.
    [InlineData("2026-10-31T16:59:59Z", "2026-10-01")] // 23:59:59 on 31 October in Hà Nội
    [InlineData("2026-10-31T17:00:00Z", "2026-11-01")] // 00:00 on 1 November in Hà Nội, still October in UTC
    [InlineData("2026-11-30T16:59:00Z", "2026-11-01")] // the last minute of November
    [InlineData("2026-12-31T17:00:00Z", "2027-01-01")] // new year's midnight
    [InlineData("2026-11-01T00:00:00Z", "2026-11-01")]
    public void LocalMonth_Instant_IsTheSchoolsMonth(string utc, string expected)
    {
        var instant = DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(DateOnly.Parse(expected), QuotaCalendar.LocalMonth(instant, Vietnam));
    }

    [Fact]
    public void MonthBounds_AreLocalMidnightsInUtc()
    {
        Assert.Equal(new DateTime(2026, 10, 31, 17, 0, 0), QuotaCalendar.MonthStartUtc(new DateOnly(2026, 11, 15), Vietnam));
        Assert.Equal(new DateTime(2026, 11, 30, 17, 0, 0), QuotaCalendar.MonthEndUtc(new DateOnly(2026, 11, 1), Vietnam));
        Assert.Equal(new DateOnly(2027, 2, 28), QuotaCalendar.LastDay(new DateOnly(2027, 2, 10)));
    }

    [Theory]
    [InlineData("2026-08-01", null)]   // before the year: no semester
    [InlineData("2026-09-01", 1)]      // opens on the 5th: September is in the year
    [InlineData("2026-12-01", 1)]
    [InlineData("2027-01-01", 1)]      // 17 days of semester I against 14 of semester II
    [InlineData("2027-02-01", 2)]
    [InlineData("2027-05-01", 2)]      // the year's last month
    [InlineData("2027-06-01", null)]   // summer
    [InlineData("2027-08-01", null)]
    public void SemesterOf_UsualFrame(string month, int? expected)
    {
        Assert.Equal(expected is null ? null : (Semester)expected, QuotaCalendar.SemesterOf(Usual(), DateOnly.Parse(month)));
    }

    [Theory]
    // January goes to the semester holding more of its days; a tie to semester I.
    [InlineData("2027-01-10", 2)] // 10 days of I, 21 of II
    [InlineData("2027-01-15", 2)] // 15 against 16
    [InlineData("2027-01-16", 1)] // 16 against 15
    [InlineData("2026-12-31", 2)] // semester I ended with December
    public void SemesterOf_January_GoesToTheSemesterWithMoreDays(string semesterOneEnds, int expected)
    {
        var year = new SchoolYear(new DateOnly(2026, 9, 5), DateOnly.Parse(semesterOneEnds), new DateOnly(2027, 5, 31));

        Assert.Equal((Semester)expected, QuotaCalendar.SemesterOf(year, new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData(false, 9, "2026-09-01", "2027-05-01")]
    [InlineData(true, 12, "2026-09-01", "2027-08-01")] // the secretary counts the summer too
    public void MonthsOf_CountsTheYearsMonths_SummerOnlyWhenSet(bool summerCounts, int expectedCount, string first, string last)
    {
        var months = QuotaCalendar.MonthsOf(Usual(summerCounts));

        Assert.Equal(expectedCount, months.Count);
        Assert.Equal(DateOnly.Parse(first), months[0].Month);
        Assert.Equal(DateOnly.Parse(last), months[^1].Month);
        Assert.All(months, m => Assert.True(m.Counts));
        Assert.Equal(5, months.Count(m => m.Semester == Semester.One));
        Assert.Equal(4, months.Count(m => m.Semester == Semester.Two));
    }

    [Theory]
    [InlineData("2026-07-01", false, false)] // no year holds it
    [InlineData("2026-09-01", true, true)]
    [InlineData("2027-07-01", true, false)]  // the year's summer, not counted by default
    [InlineData("2027-09-01", false, false)] // the next year, not in the list
    public void Describe_MonthAgainstTheYear(string month, bool inYear, bool counts)
    {
        var year = Usual();
        var found = QuotaCalendar.YearOf([year], DateOnly.Parse(month));
        var described = QuotaCalendar.Describe(found, DateOnly.Parse(month));

        Assert.Equal(inYear, found is not null);
        Assert.Equal(counts, described.Counts);
    }

    [Fact]
    public void SetDates_YearLongerThanTwelveMonths_IsRefused()
    {
        var year = Usual();

        Assert.Throws<ArgumentException>(() => year.SetDates(new DateOnly(2026, 9, 5), new DateOnly(2027, 1, 17), new DateOnly(2027, 9, 1)));
    }
}
