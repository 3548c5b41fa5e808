using EditorialHub.Core.Board;
using EditorialHub.Core.Reports;

namespace EditorialHub.Tests.Reports;

public sealed class ReportPeriodTests
{
    private static readonly SchoolYear Year = new(new DateOnly(2026, 9, 5), new DateOnly(2027, 1, 17), new DateOnly(2027, 5, 31));

    [Theory]
    [InlineData("monthly 2026-11", ReportKind.Monthly)]
    [InlineData("monthly 2027-2", ReportKind.Monthly)]
    [InlineData("semester 2026-2027 1", ReportKind.Semester)]
    [InlineData("semester 2026-2027 2", ReportKind.Semester)]
    [InlineData("annual 2026-2027", ReportKind.Annual)]
    public void Parse_CommandLineWords_KnowsTheKind(string words, ReportKind kind)
    {
        Assert.Equal(kind, ReportRequest.Parse(words.Split(' ')).Kind);
    }

    [Theory]
    [InlineData("monthly 2026-13")]
    [InlineData("monthly november")]
    [InlineData("semester 2026-2027 3")]
    [InlineData("annual 2026")]
    [InlineData("weekly 2026-11")]
    [InlineData("")]
    public void Parse_Nonsense_RefusedWithTheUsage(string words)
    {
        var refusal = Assert.Throws<ReportException>(() => ReportRequest.Parse(words.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.StartsWith("Cách dùng: report monthly", refusal.Message);
    }

    [Fact]
    public void Periods_TakeTheirDaysFromTheSchoolYear()
    {
        var first = ReportPeriod.SemesterOf(Year, 1);
        var second = ReportPeriod.SemesterOf(Year, 2);
        var annual = ReportPeriod.AnnualOf(Year);
        var month = ReportPeriod.Month(2027, 2, Year.Name);

        Assert.Equal((new DateOnly(2026, 9, 5), new DateOnly(2027, 1, 17), "học kỳ I năm học 2026-2027"), (first.From, first.To, first.Wording));
        Assert.Equal((new DateOnly(2027, 1, 18), new DateOnly(2027, 5, 31), "học kỳ II năm học 2026-2027"), (second.From, second.To, second.Wording));
        Assert.Equal((new DateOnly(2026, 9, 5), new DateOnly(2027, 5, 31), "năm học 2026-2027"), (annual.From, annual.To, annual.Wording));
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28), "tháng 2 năm 2027", "2027-02"), (month.From, month.To, month.Wording, month.Key));
        Assert.Equal(9, annual.Months.Count);
    }

    [Theory]
    [InlineData(2027, 1, 5, "Hưng Yên, ngày 05 tháng 01 năm 2027")]
    [InlineData(2026, 6, 29, "Hưng Yên, ngày 29 tháng 6 năm 2026")]
    [InlineData(2026, 2, 10, "Hưng Yên, ngày 10 tháng 02 năm 2026")]
    [InlineData(2026, 11, 5, "Hưng Yên, ngày 05 tháng 11 năm 2026")]
    [InlineData(2026, 12, 31, "Hưng Yên, ngày 31 tháng 12 năm 2026")]
    public void PlaceAndDate_LeadingZeroForDaysBelowTenAndForJanuaryAndFebruaryOnly(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDates.PlaceAndDate("Hưng Yên", new DateOnly(year, month, day)));
    }
}
