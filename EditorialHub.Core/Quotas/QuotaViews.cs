using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;

namespace EditorialHub.Core.Quotas;

public sealed record SchoolYearView(
    int Id, string Name, DateOnly Starts, DateOnly SemesterOneEnds, DateOnly Ends, bool CountsMonthsOutsideYear)
{
    internal static SchoolYearView Of(SchoolYear year) =>
        new(year.Id, year.Name, year.Starts, year.SemesterOneEnds, year.Ends, year.CountsMonthsOutsideYear);
}

/// <summary>One unit in one month.</summary>
/// <param name="Count">Counting items published in the month (taken-down ones included).</param>
/// <param name="Target">The target in force that month (0: none).</param>
/// <param name="OnItsWay">Counting items in the workflow now; only the current month's cell carries them.</param>
public sealed record QuotaCell(int UnitId, DateOnly Month, QuotaStatus Status, int Count, int Target, int OnItsWay);

/// <summary>Sums over cells.</summary>
/// <param name="Published">Counting items published.</param>
/// <param name="Met">Cells met.</param>
/// <param name="Missed">Cells missed.</param>
/// <param name="Due">Cells with a target that are settled: met, or over (missed). A month still running and not yet met is not due.</param>
public sealed record QuotaTotals(int Published, int Met, int Missed, int Due)
{
    public static QuotaTotals Zero { get; } = new(0, 0, 0, 0);

    /// <summary>Met ÷ due, from 0 to 1; none when nothing is due yet.</summary>
    public double? ComplianceRate => Due == 0 ? null : (double)Met / Due;

    public static QuotaTotals Of(IEnumerable<QuotaCell> cells)
    {
        int published = 0, met = 0, missed = 0;
        foreach (var cell in cells)
        {
            published += cell.Count;
            if (cell.Status == QuotaStatus.Met) met++;
            if (cell.Status == QuotaStatus.Missed) missed++;
        }
        return new QuotaTotals(published, met, missed, met + missed);
    }
}

/// <summary>A column of the board.</summary>
/// <param name="IsOver">The month has ended (school time).</param>
/// <param name="IsCurrent">Today is in it.</param>
public sealed record QuotaBoardMonth(QuotaMonth Month, bool IsOver, bool IsCurrent, QuotaTotals Totals);

/// <summary>A row of the board: one unit, its cells in the order of the board's months, and their sums.</summary>
public sealed record QuotaUnitRow(int UnitId, string UnitName, UnitKind Kind, IReadOnlyList<QuotaCell> Cells, QuotaTotals Totals);

/// <summary>Units × months with sums per unit, per month and overall.</summary>
/// <param name="Year">The school year asked for; none when the board was asked for a range of months.</param>
/// <param name="Today">The school's day when it was computed.</param>
public sealed record QuotaBoard(
    SchoolYearView? Year, IReadOnlyList<QuotaBoardMonth> Months, IReadOnlyList<QuotaUnitRow> Units, QuotaTotals Totals, DateOnly Today)
{
    public QuotaCell? Cell(int unitId, DateOnly month) =>
        Units.FirstOrDefault(u => u.UnitId == unitId)?.Cells.FirstOrDefault(c => c.Month == QuotaCalendar.MonthOf(month));
}

/// <summary>Why an item appears in a unit's month.</summary>
public enum QuotaItemNote
{
    /// <summary>Published in the month, of a counting kind.</summary>
    Counts = 1,
    /// <summary>Counts (published in the month) and was taken down later.</summary>
    CountsTakenDown = 2,
    /// <summary>Of a counting kind, in the workflow now.</summary>
    OnItsWay = 3,
    /// <summary>Published in the month, but its kind does not count.</summary>
    KindDoesNotCount = 4,
    /// <summary>Of a counting kind, refused in the month (Điều 15).</summary>
    Refused = 5,
    /// <summary>Of a counting kind, sent in the month but published after it ended: it counts for the later month.</summary>
    PublishedLater = 6,
}

public sealed record QuotaItem(
    int Id, string Title, ArticleKind Kind, ArticleCategory Category, ArticleState State, string AuthorName,
    DateTime? SubmittedAtUtc, DateTime? PublishedAtUtc, DateTime UpdatedAtUtc, QuotaItemNote Note);

/// <summary>One unit's month: the cell and the items behind it.</summary>
/// <param name="LastDay">The day by the end of which an item must be published to count.</param>
/// <param name="Counting">The items behind the count, oldest first.</param>
/// <param name="OnItsWay">Counting items in the workflow now (only for a month that is not over).</param>
/// <param name="NotCounting">The unit's other items of the month that explain a shortfall: wrong kind, refused, published too late.</param>
public sealed record QuotaUnitMonth(
    int UnitId, string UnitName, QuotaBoardMonth Month, DateOnly LastDay, QuotaCell Cell,
    IReadOnlyList<QuotaItem> Counting, IReadOnlyList<QuotaItem> OnItsWay, IReadOnlyList<QuotaItem> NotCounting)
{
    /// <summary>How many more items must be published by the end of <see cref="LastDay"/>; 0 when met, over or not required.</summary>
    public int StillNeeded =>
        Cell.Status is QuotaStatus.Pending or QuotaStatus.Open ? Math.Max(0, Cell.Target - Cell.Count) : 0;
}

/// <summary>A unit's targets for the secretary: the one in force now and every setting made.</summary>
public sealed record UnitTargets(
    int UnitId, string UnitName, UnitKind Kind, int DefaultTarget, int CurrentTarget, IReadOnlyList<TargetHistoryEntry> History);

public sealed record TargetHistoryEntry(DateOnly FromMonth, int Target, string SetByName, DateTime SetAtUtc);
