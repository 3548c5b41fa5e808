using EditorialHub.Core.Reports;
using static EditorialHub.Tests.Reports.ReportSchool;

namespace EditorialHub.Tests.Reports;

/// <summary>Sections I–IV of November 2026 on the hand-built school (NovemberSchool says why each figure is what it is).</summary>
public sealed class ReportBuilderTests(NovemberSchool november) : IClassFixture<NovemberSchool>
{
    private async Task<ReportFigures> NovemberAsync()
    {
        var period = await november.School.Reports.ResolveAsync(NovemberSchool.November);
        return await november.School.Builder.BuildAsync(period);
    }

    [Fact]
    public async Task Supply_ItemsPerCategory_CountSubmittedAndPublishedInTheMonth()
    {
        var figures = await NovemberAsync();

        var categories = figures.Supply.Categories.ToDictionary(c => c.Category, c => (c.Submitted, c.Published));
        Assert.Equal((6, 2), categories["Tin tức, sự kiện"]);
        Assert.Equal((1, 1), categories["Chuyên đề chuyên môn"]);
        Assert.Equal((0, 1), categories["Chiến lược, kế hoạch"]);
        Assert.Equal((0, 0), categories["Văn bản"]);
        Assert.Equal(7, figures.Supply.Categories.Sum(c => c.Submitted));
        Assert.Equal(4, figures.Supply.Categories.Sum(c => c.Published));
    }

    [Fact]
    public async Task Supply_Quota_UnitsWithATargetAgainstTheMonth()
    {
        var quota = (await NovemberAsync()).Supply.Quota!;

        Assert.Equal([new DateOnly(2026, 11, 1)], quota.Months);
        Assert.Equal(
            [(Maths, "met", 2), (Literature, "met", 2), (LongUnit, "missed", 0)],
            quota.Rows.Select(r => (r.Unit, r.Cells.Single().Outcome, r.Cells.Single().Published)));
        Assert.Equal((2, 3), (quota.MonthsMet, quota.MonthsDue));
    }

    [Fact]
    public async Task Supply_QuotaOfTheFirstSemester_HasItsMonths()
    {
        var period = await november.School.Reports.ResolveAsync(ReportRequest.ForSemester("2026-2027", 1));
        var quota = (await november.School.Builder.BuildAsync(period)).Supply.Quota!;

        Assert.Equal([9, 10, 11, 12, 1], quota.Months.Select(m => m.Month));
        // September: nothing anywhere, over: missed by all three; October: Maths met (item 7); November as above;
        // December runs on 2 December: Maths has item 8 on its way (pending), Literature item 9 published;
        // January has not begun (open).
        var maths = quota.Rows.Single(r => r.Unit == Maths);
        Assert.Equal(["missed", "met", "met", "pending", "open"], maths.Cells.Select(c => c.Outcome));
        Assert.Equal("met", quota.Rows.Single(r => r.Unit == Literature).Cells[3].Outcome);
    }

    [Fact]
    public async Task Supply_ItemsPerUnit_InTheUnitsOrder()
    {
        var figures = await NovemberAsync();

        Assert.Equal(
            [(Maths, 3, 2, 0), (Literature, 2, 2, 0), (LongUnit, 1, 0, 1), (Office, 1, 0, 1)],
            figures.Supply.Units.Select(u => (u.Unit, u.Submitted, u.Published, u.Refused)));
    }

    [Fact]
    public async Task Workflow_StagesAndTimes()
    {
        var figures = (await NovemberAsync()).Workflow;

        var stages = figures.Stages.ToDictionary(s => s.Stage, s => s.Items);
        Assert.Equal(7, stages["Gửi về Ban Biên tập"]);
        Assert.Equal(7, stages["Nhận biên tập"]);
        Assert.Equal(5, stages["Trình duyệt"]);
        Assert.Equal(5, stages["Được duyệt"]);
        Assert.Equal(4, stages["Được đăng trên Cổng"]);
        Assert.Equal(2, stages["Bị từ chối đăng"]);
        Assert.Equal(1, stages["Bị gỡ bỏ"]);
        Assert.Equal(0, stages["Xin ý kiến Trưởng ban"]);
        // 1, 2, 4 and 13 days: the median is 3, the longest 13 (the plan submitted in October).
        Assert.Equal(3.0, figures.MedianDaysToPublish!.Value, 6);
        Assert.Equal(13.0, figures.LongestDaysToPublish!.Value, 6);
        Assert.StartsWith("Kế hoạch tổ chức Hội thi", figures.LongestTitle);
        Assert.Equal((2, 1), (figures.EventsPublished, figures.EventsOnTime));
        Assert.Equal((4, 1), (figures.ApprovedPublished, figures.ApprovedPublishedLate));
    }

    [Fact]
    public async Task Refusals_WithTheirGrounds()
    {
        var figures = (await NovemberAsync()).Refusals;

        Assert.Equal(
            [(new DateOnly(2026, 11, 19), LongUnit, "Không đúng sự thật (khoản 3 Điều 15)"),
             (new DateOnly(2026, 11, 20), Office, "Không đảm bảo chất lượng (khoản 4 Điều 15)")],
            figures.Refused.Select(r => (r.On, r.Unit, r.Ground)));
        Assert.Equal([0, 0, 1, 1, 0], figures.RefusalGrounds.Select(g => g.Items));
        var takeDown = Assert.Single(figures.TakenDown);
        Assert.Equal((new DateOnly(2026, 11, 25), Maths, "Không còn phù hợp về thời điểm"), (takeDown.On, takeDown.Unit, takeDown.Ground));
        Assert.Equal([1, 0, 0], figures.TakeDownGrounds.Select(g => g.Items));
    }

    [Fact]
    public async Task Assessment_CommendsTheMostActive_NamesWhoFellShort()
    {
        var figures = (await NovemberAsync()).Assessment;

        // The two departments that met November's quota; the one that missed it; the office owes none.
        Assert.Equal([Maths, Literature], figures.UnitsToCommend);
        Assert.Equal([$"{LongUnit} (không đạt cả 1 tháng)"], figures.UnitsShort);
        Assert.Equal(
            [("Bùi Thị Thu Hà", 2), ("Hoàng Văn Dũng", 1), ("Phạm Thị Ngọc Ánh", 1)],
            figures.PeopleToCommend.Select(p => (p.Name, p.Published)));
        var named = Assert.Single(figures.PeopleShort);
        Assert.Equal(("Trịnh Thị Phương Thảo", LongUnit), (named.Name, named.Unit));
        Assert.Contains("Không đúng sự thật", named.Reason);
    }

    [Fact]
    public async Task Build_AMonthWithoutActivity_GivesZerosAndNoTimes()
    {
        var period = await november.School.Reports.ResolveAsync(ReportRequest.Monthly(2026, 9));
        var figures = await november.School.Builder.BuildAsync(period);

        Assert.All(figures.Supply.Categories, c => Assert.Equal((0, 0), (c.Submitted, c.Published)));
        Assert.Null(figures.Workflow.MedianDaysToPublish);
        Assert.Empty(figures.Refusals.Refused);
        Assert.Empty(figures.Assessment.PeopleToCommend);
    }

    [Theory]
    [InlineData(new double[0], null)]
    [InlineData(new[] { 4.0 }, 4.0)]
    [InlineData(new[] { 1.0, 2.0, 9.0 }, 2.0)]
    [InlineData(new[] { 1.0, 2.0, 4.0, 13.0 }, 3.0)]
    public void Median_SortedValues(double[] values, double? expected)
    {
        Assert.Equal(expected, ReportBuilder.Median(values));
    }
}
