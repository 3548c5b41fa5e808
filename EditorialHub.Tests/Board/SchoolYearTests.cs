using EditorialHub.Core.Board;

namespace EditorialHub.Tests.Board;

public sealed class SchoolYearTests
{
    [Theory]
    [InlineData("2026-11-21", "2026-2027")]
    [InlineData("2026-09-01", "2026-2027")] // September belongs to the year about to open
    [InlineData("2027-01-17", "2026-2027")]
    [InlineData("2027-05-31", "2026-2027")]
    [InlineData("2027-07-15", "2026-2027")] // summer still belongs to the year just ended
    [InlineData("2027-08-31", "2026-2027")]
    [InlineData("2027-09-01", "2027-2028")]
    public void UsualFrameFor_Day_IsTheYearRunningThen(string day, string expectedName)
    {
        var year = SchoolYear.UsualFrameFor(DateOnly.Parse(day));

        Assert.Equal(expectedName, year.Name);
    }

    [Fact]
    public void UsualFrameFor_AnyDay_UsesTheMinistrysUsualDates()
    {
        var year = SchoolYear.UsualFrameFor(new DateOnly(2026, 11, 21));

        Assert.Equal(new DateOnly(2026, 9, 5), year.Starts);
        Assert.Equal(new DateOnly(2027, 1, 17), year.SemesterOneEnds);
        Assert.Equal(new DateOnly(2027, 5, 31), year.Ends);
    }

    [Theory]
    [InlineData("2026-09-05", "2026-09-05", "2027-05-31")] // semester I ends the day it starts
    [InlineData("2026-09-05", "2027-06-01", "2027-05-31")] // semester I ends after the year
    [InlineData("2027-09-05", "2027-01-17", "2027-05-31")] // starts after semester I
    public void New_DatesOutOfOrder_AreRefused(string starts, string semesterOneEnds, string ends)
    {
        Assert.Throws<ArgumentException>(() =>
            new SchoolYear(DateOnly.Parse(starts), DateOnly.Parse(semesterOneEnds), DateOnly.Parse(ends)));
    }
}
