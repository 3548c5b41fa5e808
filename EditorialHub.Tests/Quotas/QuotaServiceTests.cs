using System.Diagnostics;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Quotas;
using Microsoft.EntityFrameworkCore;
using static EditorialHub.Core.Quotas.QuotaStatus;

namespace EditorialHub.Tests.Quotas;

/// <summary>The calculator on the hand-built year of <see cref="QuotaWorld"/> (now: 20 January 2027).</summary>
public sealed class QuotaServiceTests(QuotaWorld world) : IClassFixture<QuotaWorld>
{
    private static readonly DateOnly Sep = new(2026, 9, 1), Oct = new(2026, 10, 1), Nov = new(2026, 11, 1),
        Dec = new(2026, 12, 1), Jan = new(2027, 1, 1), Feb = new(2027, 2, 1);

    // unit → (status, count, target) for Sep, Oct, Nov, Dec, Jan, Feb; Mar–May are Open (or NotRequired).
    public static TheoryData<string, QuotaStatus[], int[], int[]> Year => new()
    {
        // The minute before midnight of 31 Oct (UTC+7) is October; 00:00:30 on 1 Nov is November.
        // A December item of a kind that does not count leaves December missed; January waits for approval.
        { "Toán", [Missed, Met, Met, Missed, Pending, Open], [0, 1, 1, 0, 0, 0], [1, 1, 1, 1, 1, 1] },
        // Taken down in October, September still counts; a new item re-published in October counts there;
        // sent in November but published in December counts for December; a draft is not on its way.
        { "Văn", [Met, Met, Missed, Met, Open, Open], [1, 1, 0, 1, 0, 0], [1, 1, 1, 1, 1, 1] },
        // Target 2 from December (one is not enough), 0 from February.
        { "Lý", [Missed, Missed, Met, Missed, Met, NotRequired], [0, 0, 1, 1, 2, 0], [1, 1, 1, 2, 2, 0] },
        { "Hóa", [Missed, Missed, Missed, Missed, Pending, Open], [0, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1] },
        // No target: counted, never judged.
        { "Văn phòng", [NotRequired, NotRequired, NotRequired, NotRequired, NotRequired, NotRequired], [0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Year))]
    public async Task BoardAsync_SchoolYear_EachUnitsMonths(string unit, QuotaStatus[] statuses, int[] counts, int[] targets)
    {
        var board = await world.Quotas.BoardAsync(world.Id("truongban"), world.YearId);

        Assert.Equal(9, board.Months.Count); // September to May; the summer does not count
        var row = board.Units.Single(u => u.UnitName == unit);
        DateOnly[] months = [Sep, Oct, Nov, Dec, Jan, Feb];
        for (var i = 0; i < months.Length; i++)
        {
            var cell = row.Cells[i];
            Assert.Equal(months[i], cell.Month);
            Assert.True((statuses[i], counts[i], targets[i]) == (cell.Status, cell.Count, cell.Target),
                $"{unit} {months[i]:MM/yyyy}: expected {statuses[i]} {counts[i]}/{targets[i]}, got {cell.Status} {cell.Count}/{cell.Target}");
        }
    }

    [Fact]
    public async Task BoardAsync_Totals_PerUnitPerMonthAndRate()
    {
        var board = await world.Quotas.BoardAsync(world.Id("hieutruong"), world.YearId);

        var maths = board.Units.Single(u => u.UnitName == "Toán").Totals;
        Assert.Equal(new QuotaTotals(Published: 2, Met: 2, Missed: 2, Due: 4), maths);
        Assert.Equal(0.5, maths.ComplianceRate);
        var october = board.Months[1];
        Assert.True(october.IsOver);
        // Văn and Toán met; Lý and Hóa missed; the office's item is counted but not judged.
        Assert.Equal(new QuotaTotals(Published: 3, Met: 2, Missed: 2, Due: 4), october.Totals);
        var january = board.Months[4];
        Assert.True(january.IsCurrent);
        Assert.False(january.IsOver);
        // Only Lý is settled in January; the others are still pending or open.
        Assert.Equal(new QuotaTotals(Published: 2, Met: 1, Missed: 0, Due: 1), january.Totals);
        // Toán 2/4, Văn 3/4 (+Jan open), Lý 2/5, Hóa 0/4.
        Assert.Equal(new QuotaTotals(Published: 10, Met: 7, Missed: 10, Due: 17), board.Totals);
        Assert.Equal(Open, board.Cell(world.Units["Toán"], new DateOnly(2027, 5, 1))!.Status);
    }

    [Theory]
    [InlineData(Semester.One, "2026-09-01", "2027-01-01")]
    [InlineData(Semester.Two, "2027-02-01", "2027-05-01")]
    public async Task BoardAsync_Semester_OnlyItsMonths(Semester semester, string first, string last)
    {
        var board = await world.Quotas.BoardAsync(world.Id("truongban"), world.YearId, semester);

        Assert.Equal(DateOnly.Parse(first), board.Months[0].Month.Month);
        Assert.Equal(DateOnly.Parse(last), board.Months[^1].Month.Month);
        Assert.All(board.Months, m => Assert.Equal(semester, m.Month.Semester));
    }

    [Fact]
    public async Task BoardAsync_MonthRangeBeyondTheYear_MonthsOutsideDoNotCount()
    {
        var board = await world.Quotas.BoardAsync(world.Id("truongban"), new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 30));

        Assert.Null(board.Year);
        Assert.Equal([new DateOnly(2026, 8, 1), Sep], board.Months.Select(m => m.Month.Month));
        Assert.False(board.Months[0].Month.Counts); // no school year holds August 2026
        Assert.All(board.Units, u => Assert.Equal(NotRequired, u.Cells[0].Status));
        Assert.Equal(Met, board.Cell(world.Units["Văn"], Sep)!.Status);
    }

    [Fact]
    public async Task BoardAsync_ReadsTheItemsInOneQuery()
    {
        using var commands = ArticleQueries.Watch();

        await world.Quotas.BoardAsync(world.Id("truongban"), world.YearId);

        // Five units × nine months, and the items are read once.
        Assert.Equal(1, commands.Count);
    }

    [Fact]
    public async Task UnitMonthAsync_MissedMonth_ExplainsWhy()
    {
        var month = await world.Quotas.UnitMonthAsync(world.Id("truongban"), world.Units["Văn"], Nov);

        Assert.Equal(Missed, month.Cell.Status);
        Assert.Empty(month.Counting);
        Assert.Empty(month.OnItsWay); // the month is over
        Assert.Equal(
            [("Văn tháng 11, bị từ chối", QuotaItemNote.Refused), ("Văn gửi tháng 11, đăng tháng 12", QuotaItemNote.PublishedLater)],
            month.NotCounting.Select(i => (i.Title, i.Note)).OrderBy(i => i.Note));
        Assert.Equal(0, month.StillNeeded);
    }

    [Fact]
    public async Task UnitMonthAsync_TakenDownItem_CountsAndIsShownTakenDown()
    {
        var month = await world.Quotas.UnitMonthAsync(world.Id("gv.van"), world.Units["Văn"], Sep);

        var item = Assert.Single(month.Counting);
        Assert.Equal(QuotaItemNote.CountsTakenDown, item.Note);
        Assert.Equal(ArticleState.TakenDown, item.State);
        Assert.Equal(Met, month.Cell.Status);
    }

    [Fact]
    public async Task UnitMonthAsync_CurrentMonth_OnItsWayAndWhatIsStillNeeded()
    {
        var month = await world.Quotas.UnitMonthAsync(world.Id("tt.toan"), world.Units["Toán"], Jan);

        Assert.Equal(Pending, month.Cell.Status);
        Assert.Equal("Toán tháng 1, chờ duyệt", Assert.Single(month.OnItsWay).Title);
        Assert.Equal(1, month.StillNeeded);
        Assert.Equal(new DateOnly(2027, 1, 31), month.LastDay);
        Assert.True(month.Month.IsCurrent);
    }

    [Fact]
    public async Task UnitMonthAsync_KindThatDoesNotCount_IsListedApart()
    {
        var month = await world.Quotas.UnitMonthAsync(world.Id("gv.toan"), world.Units["Toán"], Dec);

        Assert.Equal(Missed, month.Cell.Status);
        Assert.Equal(QuotaItemNote.KindDoesNotCount, Assert.Single(month.NotCounting).Note);
    }

    [Fact]
    public async Task UnitMonthAsync_LastMinuteOfOctober_CountsForOctober()
    {
        var october = await world.Quotas.UnitMonthAsync(world.Id("gv.toan"), world.Units["Toán"], Oct);
        var november = await world.Quotas.UnitMonthAsync(world.Id("gv.toan"), world.Units["Toán"], Nov);

        Assert.Equal("Toán tháng 10, phút cuối", Assert.Single(october.Counting).Title);
        Assert.Equal("Toán tháng 11, phút đầu", Assert.Single(november.Counting).Title);
    }

    [Fact]
    public async Task UnitYearAsync_MemberSeesOwnUnitsYear()
    {
        var year = await world.Quotas.UnitYearAsync(world.Id("gv.toan"), world.Units["Toán"], world.YearId);

        var row = Assert.Single(year.Units);
        Assert.Equal("Toán", row.UnitName);
        Assert.Equal([Missed, Met, Met, Missed, Pending], row.Cells.Take(5).Select(c => c.Status));
    }

    [Theory]
    [InlineData("gv.toan", "Văn")]      // another unit's month
    [InlineData("tt.toan", "Hóa")]
    public async Task UnitMonthAsync_AnotherUnit_RefusedToAMember(string userName, string unit)
    {
        var refused = await Assert.ThrowsAsync<QuotaRefusedException>(() =>
            world.Quotas.UnitMonthAsync(world.Id(userName), world.Units[unit], Nov));

        Assert.Equal(QuotaRefusal.NotAllowed, refused.Reason);
    }

    [Theory]
    [InlineData("gv.toan", false)]
    [InlineData("tt.toan", false)]
    [InlineData("btv", true)]
    [InlineData("thuky", true)]
    [InlineData("truongban", true)]
    [InlineData("hieutruong", true)]
    public async Task BoardAsync_WholeSchool_BoardAndPrincipalOnly(string userName, bool allowed)
    {
        var call = () => world.Quotas.BoardAsync(world.Id(userName), world.YearId);

        if (allowed)
            Assert.NotEmpty((await call()).Units);
        else
            Assert.Equal(QuotaRefusal.NotAllowed, (await Assert.ThrowsAsync<QuotaRefusedException>(call)).Reason);
    }
}

/// <summary>Counts the SQL commands that read the Articles table, in the calling flow only (tests run in parallel).</summary>
internal sealed class ArticleQueries : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<ArticleQueries?> Current = new();
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private int _count;

    private ArticleQueries()
    {
        Current.Value = this;
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => _count;

    public static ArticleQueries Watch() => new();

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            lock (_listeners) _listeners.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> message)
    {
        if (message.Key == Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuting.Name
            && Current.Value == this
            && message.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData data
            && data.Command.CommandText.Contains("FROM \"Articles\"", StringComparison.Ordinal))
            Interlocked.Increment(ref _count);
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        Current.Value = null;
        _subscription.Dispose();
        lock (_listeners) _listeners.ForEach(l => l.Dispose());
    }
}
