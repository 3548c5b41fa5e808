using EditorialHub.Core.Articles;
using EditorialHub.Core.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using static EditorialHub.Tests.Dashboard.DashboardSchool;

namespace EditorialHub.Tests.Dashboard;

/// <summary>
/// The school of <see cref="DashboardSchool"/> with one item of each case the figures must tell
/// apart; each comment says which figure the item is for. Today: Saturday 21/11/2026, 09:00.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    internal DashboardSchool School { get; private set; } = null!;
    public DashboardFigures Figures { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        School = await CreateAsync();
        var s = School;
        var editing = s.Editing("gv.toan", At(2026, 11, 11));
        s.Then(editing, "btv", At(2026, 11, 20), (a, c) => a.SaveEdit(a.Content with { Body = "<p>Sửa.</p>" }, c));
        var returned = s.Awaiting("gv.van", At(2026, 11, 12));
        s.Then(returned, "truongban", At(2026, 11, 13), (a, c) => a.ReturnToEditor(c, "Bổ sung ảnh."));
        s.Then(returned, "btv", At(2026, 11, 16), (a, c) => a.SendForApproval(c));
        await s.SaveAsync(
            // Published: this month from its first minute; last minute of October; this month, later taken down.
            s.Published("gv.toan", At(2026, 11, 1, 0, 5)),
            s.Published("gv.toan", At(2026, 10, 31, 23, 55)),
            s.Published("gv.van", At(2026, 11, 20, 10)),
            s.TakenDown("gv.toan", At(2026, 11, 5), At(2026, 11, 10), TakeDownGround.NoLongerTimely),
            s.Published("gv.toan", At(2026, 9, 1, 8)),
            // Last school year: in no window.
            s.Published("gv.toan", At(2026, 8, 31)),
            // Last year: same days of November; later in November; September.
            s.Published("gv.van", At(2025, 11, 10)),
            s.Published("gv.van", At(2025, 11, 25)),
            s.Published("gv.van", At(2025, 9, 15)),
            // Waiting. Submitted 1 and 3 days ago (the first an event that ended exactly 7 days ago: not late yet).
            s.Submitted("gv.van", At(2026, 11, 20), eventEnd: new DateOnly(2026, 11, 14)),
            s.Submitted("gv.toan", At(2026, 11, 18)),
            // Editing: taken an hour ago (an event that ended 11 days ago: late); taken 10 days ago and edited since.
            s.Editing("gv.van", At(2026, 11, 21, 8), eventEnd: new DateOnly(2026, 11, 10)),
            editing,
            // Awaiting the editor level: sent 2 days ago; sent 12 days ago, returned, sent again 5 days ago.
            s.Awaiting("gv.toan", At(2026, 11, 19)),
            returned,
            // Awaiting the head: a sensitive item sent 12 hours ago.
            s.Awaiting("gv.van", At(2026, 11, 20, 21), flags: ArticleFlags.Sensitive),
            // Approved on Wednesday (late since Friday evening, 2 working days) and on Friday (due Tuesday).
            s.Approved("gv.toan", At(2026, 11, 18, 10)),
            s.Approved("gv.van", At(2026, 11, 20, 15)),
            // Refused this school year on two grounds, and once last August.
            s.Refused("gv.toan", At(2026, 10, 5), RefusalGround.InsufficientQuality),
            s.Refused("gv.van", At(2026, 11, 2), RefusalGround.Untrue),
            s.Refused("gv.van", At(2026, 8, 20), RefusalGround.ContraryToPolicyOrLaw));
        Figures = await School.Database.Services.GetRequiredService<DashboardService>().GetAsync(School.Id("hieutruong"));
    }

    async Task IAsyncLifetime.DisposeAsync() => await School.DisposeAsync();
}

public sealed class DashboardServiceTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private DashboardFigures Figures => fixture.Figures;

    public static TheoryData<string, int> PublishedCounts => new()
    {
        { "this month", 3 },
        { "this month last year, to the same day", 1 },
        { "school year to date", 5 },
        { "school year last year, to the same day", 2 },
    };

    [Theory]
    [MemberData(nameof(PublishedCounts))]
    public void Published_CountsByLocalDayAgainstLastYear(string figure, int expected)
    {
        var published = Figures.Published;
        var actual = figure switch
        {
            "this month" => published.ThisMonth,
            "this month last year, to the same day" => published.ThisMonthLastYear,
            "school year to date" => published.YearToDate,
            _ => published.YearToDateLastYear,
        };
        Assert.Equal(expected, actual.Count);
    }

    [Fact]
    public void Published_DaysOfEachFigure_AreTheOnesItsListOpens()
    {
        var published = Figures.Published;
        Assert.Equal(new DayRange(new(2026, 11, 1), new(2026, 11, 30)), published.ThisMonth.Days);
        Assert.Equal(new DayRange(new(2025, 11, 1), new(2025, 11, 21)), published.ThisMonthLastYear.Days);
        Assert.Equal(new DayRange(new(2026, 9, 1), new(2026, 11, 21)), published.YearToDate.Days);
        Assert.Equal(new DayRange(new(2025, 9, 1), new(2025, 11, 21)), published.YearToDateLastYear.Days);
    }

    [Fact]
    public void Published_MonthByMonth_WholeMonthsBothYears()
    {
        Assert.Equal(
            [("2026-09", 1, 1), ("2026-10", 1, 0), ("2026-11", 3, 2)],
            Figures.Published.Months.Select(m => (m.Month.ToString("yyyy-MM"), m.ThisYear.Count, m.LastYear.Count)));
    }

    public static TheoryData<string, int, double?, double?> Waits => new()
    {
        // stage, count, oldest and median wait in hours
        { "Submitted", 2, 72, 48 },
        { "Editing", 2, 240, 120.5 },
        { "AwaitingApprovalEditor", 2, 120, 84 },
        { "AwaitingApprovalDeputy", 0, null, null },
        { "AwaitingApprovalHead", 1, 12, 12 },
        { "Approved", 2, 71, 44.5 },
    };

    [Theory]
    [MemberData(nameof(Waits))]
    public void Waiting_CountOldestAndMedian_FromWhenTheItemReachedTheStage(string stage, int count, double? oldestHours, double? medianHours)
    {
        var wait = Figures.Waiting.Single(w => $"{w.State}{w.Level}" == stage);

        Assert.Equal(count, wait.Count);
        Assert.Equal(oldestHours, wait.Oldest?.TotalHours);
        Assert.Equal(medianHours, wait.Median?.TotalHours);
    }

    [Fact]
    public void Overdue_ByTheDeadlineRule_EachReasonApart()
    {
        Assert.Equal(new OverdueFigures(Events: 1, ApprovedNotPublished: 1, Total: 2), Figures.Overdue);
    }

    [Fact]
    public void RefusalsAndTakeDowns_OfTheSchoolYear_ByGround()
    {
        Assert.Equal(
            [new GroundCount<RefusalGround>(RefusalGround.Untrue, 1), new GroundCount<RefusalGround>(RefusalGround.InsufficientQuality, 1)],
            Figures.Refusals);
        Assert.Equal([new GroundCount<TakeDownGround>(TakeDownGround.NoLongerTimely, 1)], Figures.TakeDowns);
    }

    [Fact]
    public void Activity_UnitsAndAuthors_ByItemsPublishedThisSchoolYear()
    {
        Assert.Equal(
            [("Tổ Toán – Tin học", 4), ("Tổ Ngữ văn", 1), ("Văn phòng", 0)],
            Figures.Units.Select(u => (u.UnitName, u.Published)));
        Assert.Equal(
            [("Nguyễn Thị Lan", "Tổ Toán – Tin học", 4), ("Trần Văn Bình", "Tổ Ngữ văn", 1)],
            Figures.Authors.Select(a => (a.FullName, a.UnitName, a.Published)));
        Assert.False(Figures.IsEmpty);
        Assert.Equal("2026-2027", Figures.SchoolYearName);
    }

    [Fact]
    public void Quota_AsTheQuotaCalculatorCountsIt()
    {
        // Both departments met November (Toán with an item taken down later: it still counts);
        // Toán met September and October (its last minute), Ngữ văn missed both; the office owes nothing.
        var quota = Figures.Quota!;

        Assert.Equal((new DateOnly(2026, 11, 1), 2, 2, 0, 0, 0), (quota.Month, quota.Required, quota.Met, quota.Pending, quota.Open, quota.Missed));
        Assert.Equal((4, 2, 6), (quota.YearToDate.Met, quota.YearToDate.Missed, quota.YearToDate.Due));
    }

    [Theory]
    [InlineData("hieutruong", true)]
    [InlineData("truongban", true)]
    [InlineData("phoban", false)]
    [InlineData("thuky", false)]
    [InlineData("btv", false)]
    [InlineData("gv.toan", false)]
    public async Task GetAsync_OnlyThePrincipalAndTheHead(string userName, bool allowed)
    {
        var dashboard = fixture.School.Database.Services.GetRequiredService<DashboardService>();

        if (allowed)
            Assert.Equal(Figures, await dashboard.GetAsync(fixture.School.Id(userName)), FiguresComparer.Instance);
        else
            Assert.Equal(DashboardRefusedException.NotAllowed,
                (await Assert.ThrowsAsync<DashboardRefusedException>(() => dashboard.GetAsync(fixture.School.Id(userName)))).Message);
    }

    [Theory]
    [InlineData(new double[0], null, null)]
    [InlineData(new[] { 5.0 }, 5.0, 5.0)]
    [InlineData(new[] { 1.0, 3.0 }, 3.0, 2.0)]
    [InlineData(new[] { 5.0, 1.0, 3.0 }, 5.0, 3.0)]
    [InlineData(new[] { -1.0, 4.0 }, 4.0, 2.0)] // a clock a little behind the database: no negative wait
    public void WaitAt_OldestAndMedian(double[] hours, double? oldest, double? median)
    {
        var wait = DashboardService.WaitAt(ArticleState.Submitted, null, hours.Select(TimeSpan.FromHours));

        Assert.Equal(hours.Length, wait.Count);
        Assert.Equal(oldest, wait.Oldest?.TotalHours);
        Assert.Equal(median, wait.Median?.TotalHours);
    }

    [Fact]
    public async Task GetAsync_NewSchoolWithoutItems_IsEmptyWithZeroes()
    {
        await using var school = await CreateAsync();

        var figures = await school.Database.Services.GetRequiredService<DashboardService>().GetAsync(school.Id("truongban"));

        Assert.True(figures.IsEmpty);
        Assert.Equal(0, figures.Published.YearToDate.Count);
        Assert.All(figures.Waiting, w => Assert.Equal((0, (TimeSpan?)null), (w.Count, w.Median)));
        Assert.Empty(figures.Authors);
        Assert.All(figures.Units, u => Assert.Equal(0, u.Published));
        Assert.Equal((2, 0, 0, 2), (figures.Quota!.Required, figures.Quota.Met, figures.Quota.Pending, figures.Quota.Open));
    }

    /// <summary>Records holding lists compare by reference; the figures are compared by what they say.</summary>
    private sealed class FiguresComparer : IEqualityComparer<DashboardFigures>
    {
        public static readonly FiguresComparer Instance = new();
        public bool Equals(DashboardFigures? x, DashboardFigures? y) =>
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);
        public int GetHashCode(DashboardFigures obj) => 0;
    }
}
