using EditorialHub.Core.Quotas;
using static EditorialHub.Core.Quotas.QuotaStatus;

namespace EditorialHub.Tests.Quotas;

/// <summary>The secretary's settings, on a world of their own (the tests change it; now: 20 January 2027).</summary>
public sealed class QuotaSettingsServiceTests(QuotaWorld world) : IClassFixture<QuotaWorld>
{
    [Theory]
    [InlineData("gv.toan")]
    [InlineData("tt.toan")]
    [InlineData("truongban")]
    [InlineData("hieutruong")]
    public async Task Changes_AnyoneButTheSecretary_Refused(string userName)
    {
        var id = world.Id(userName);
        Func<Task>[] changes =
        [
            () => world.Settings.SetTargetAsync(id, world.Units["Toán"], new DateOnly(2027, 3, 1), 2),
            () => world.Settings.SetSchoolYearAsync(id, world.YearId, new DateOnly(2026, 9, 5), new DateOnly(2027, 1, 17), new DateOnly(2027, 5, 31), true),
            () => world.Settings.CreateNextSchoolYearAsync(id),
            () => world.Settings.TargetsAsync(id),
        ];
        foreach (var change in changes)
            Assert.Equal(QuotaRefusal.NotAllowed, (await Assert.ThrowsAsync<QuotaRefusedException>(change)).Reason);
    }

    [Fact]
    public async Task SetTargetAsync_FromAMonthOn_KeepsHistoryAndChangesTheBoardFromThen()
    {
        var secretary = world.Id("thuky");
        var unit = world.Units["Hóa"];
        await world.Settings.SetTargetAsync(secretary, unit, new DateOnly(2027, 3, 10), 3);
        await world.Settings.SetTargetAsync(secretary, unit, new DateOnly(2027, 3, 1), 2);

        var targets = (await world.Settings.TargetsAsync(secretary)).Single(t => t.UnitId == unit);
        var board = await world.Quotas.BoardAsync(secretary, world.YearId);

        Assert.Equal(1, targets.CurrentTarget); // January: the default still
        Assert.Equal([3, 2], targets.History.Select(h => h.Target).Reverse());
        Assert.All(targets.History, h => Assert.Equal(new DateOnly(2027, 3, 1), h.FromMonth));
        Assert.Equal([1, 2, 2, 2], board.Units.Single(u => u.UnitId == unit).Cells.Skip(5).Select(c => c.Target));
    }

    [Theory]
    [InlineData("2026-12-01", 1, QuotaRefusal.PastMonth)]
    [InlineData("2027-02-01", -1, QuotaRefusal.InvalidTarget)]
    [InlineData("2027-02-01", 21, QuotaRefusal.InvalidTarget)]
    public async Task SetTargetAsync_PastMonthOrOutOfRange_Refused(string month, int target, QuotaRefusal expected)
    {
        var refused = await Assert.ThrowsAsync<QuotaRefusedException>(() =>
            world.Settings.SetTargetAsync(world.Id("thuky"), world.Units["Toán"], DateOnly.Parse(month), target));

        Assert.Equal(expected, refused.Reason);
    }

    [Fact]
    public async Task SetSchoolYearAsync_SummerCounts_BoardShowsTwelveMonths()
    {
        var secretary = world.Id("thuky");
        var year = await world.Settings.SetSchoolYearAsync(
            secretary, world.YearId, new DateOnly(2026, 9, 7), new DateOnly(2027, 1, 15), new DateOnly(2027, 5, 28), countsMonthsOutsideYear: true);
        try
        {
            var board = await world.Quotas.BoardAsync(secretary, world.YearId);

            Assert.Equal("2026-2027", year.Name);
            Assert.Equal(new DateOnly(2026, 9, 7), year.Starts);
            Assert.Equal(12, board.Months.Count);
            Assert.Equal(Open, board.Cell(world.Units["Toán"], new DateOnly(2027, 7, 1))!.Status);
            Assert.Null(board.Months[^1].Month.Semester);
        }
        finally
        {
            await world.Settings.SetSchoolYearAsync(
                secretary, world.YearId, new DateOnly(2026, 9, 5), new DateOnly(2027, 1, 17), new DateOnly(2027, 5, 31), false);
        }
    }

    [Theory]
    [InlineData("2026-09-05", "2026-09-01", "2027-05-31")] // semester I ends before the year starts
    [InlineData("2026-09-05", "2027-01-17", "2027-09-30")] // longer than twelve months
    public async Task SetSchoolYearAsync_DatesOutOfOrder_Refused(string starts, string semesterOneEnds, string ends)
    {
        var refused = await Assert.ThrowsAsync<QuotaRefusedException>(() => world.Settings.SetSchoolYearAsync(
            world.Id("thuky"), world.YearId, DateOnly.Parse(starts), DateOnly.Parse(semesterOneEnds), DateOnly.Parse(ends), false));

        Assert.Equal(QuotaRefusal.InvalidDates, refused.Reason);
    }

    [Fact]
    public async Task CreateNextSchoolYearAsync_UsualFrame_ThenOverlapRefused()
    {
        var secretary = world.Id("thuky");
        var next = await world.Settings.CreateNextSchoolYearAsync(secretary);

        Assert.Equal("2027-2028", next.Name);
        Assert.Equal((new DateOnly(2027, 9, 5), new DateOnly(2028, 1, 17), new DateOnly(2028, 5, 31)),
            (next.Starts, next.SemesterOneEnds, next.Ends));
        Assert.False(next.CountsMonthsOutsideYear);
        // The new year may not start before the one running ends.
        var refused = await Assert.ThrowsAsync<QuotaRefusedException>(() => world.Settings.SetSchoolYearAsync(
            secretary, next.Id, new DateOnly(2027, 5, 1), new DateOnly(2028, 1, 17), new DateOnly(2028, 4, 30), false));
        Assert.Equal(QuotaRefusal.OverlappingYear, refused.Reason);
        Assert.Contains("2026-2027", refused.Message);
    }
}
