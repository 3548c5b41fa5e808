using EditorialHub.Core.Articles;
using EditorialHub.Core.Quotas;

namespace EditorialHub.Core.Dashboard;

/// <summary>Local days (the school's calendar) from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public sealed record DayRange(DateOnly From, DateOnly To)
{
    public static DayRange Month(DateOnly anyDay)
    {
        var first = new DateOnly(anyDay.Year, anyDay.Month, 1);
        return new DayRange(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>The same days a year earlier ("cùng kỳ năm trước"); 29 February becomes the 28th.</summary>
    public DayRange YearEarlier() => new(From.AddYears(-1), To.AddYears(-1));

    public bool Contains(DateOnly day) => From <= day && day <= To;

    public bool IsWholeMonth => From.Day == 1 && To == From.AddMonths(1).AddDays(-1);

    public UtcSpan ToUtc(TimeZoneInfo zone) => UtcSpan.OfDays(From, To, zone);
}

/// <summary>A figure and the days it counts over, so a page can link to the items behind it.</summary>
public sealed record CountOver(int Count, DayRange Days);

/// <summary>
/// Everything the principal's dashboard shows, computed at one moment (<see cref="Today"/>). Each
/// figure carries what a list needs to show the items behind it: days, a state, a ground, a unit.
/// </summary>
public sealed record DashboardFigures(
    DateOnly Today,
    string SchoolYearName,
    PublishedFigures Published,
    IReadOnlyList<StageWait> Waiting,
    OverdueFigures Overdue,
    DayRange ClosedOver,
    IReadOnlyList<GroundCount<RefusalGround>> Refusals,
    IReadOnlyList<GroundCount<TakeDownGround>> TakeDowns,
    IReadOnlyList<UnitActivity> Units,
    IReadOnlyList<AuthorActivity> Authors,
    QuotaCompliance? Quota)
{
    /// <summary>Nothing has ever moved: a new school. The page says so instead of showing empty charts.</summary>
    public bool IsEmpty =>
        Published.Months.All(m => m.ThisYear.Count == 0 && m.LastYear.Count == 0)
        && Waiting.All(w => w.Count == 0) && Overdue.Total == 0
        && Refusals.Count == 0 && TakeDowns.Count == 0;
}

/// <summary>Items published (taken-down ones included: they were published), against the same days a year earlier.</summary>
public sealed record PublishedFigures(
    CountOver ThisMonth, CountOver ThisMonthLastYear,
    CountOver YearToDate, CountOver YearToDateLastYear,
    IReadOnlyList<MonthPublished> Months);

/// <summary>One month of the school year: published in it, and in the same month a year earlier.</summary>
public sealed record MonthPublished(DateOnly Month, CountOver ThisYear, CountOver LastYear);

/// <summary>
/// What waits at one stage (a state; awaiting approval split by who approves) and since when: the
/// wait runs from the moment the item last entered the stage.
/// </summary>
public sealed record StageWait(ArticleState State, ApprovalLevel? Level, int Count, TimeSpan? Oldest, TimeSpan? Median);

/// <summary>Items late now (Điều 14), by reason; an approved event item may be late for both.</summary>
public sealed record OverdueFigures(int Events, int ApprovedNotPublished, int Total);

public sealed record GroundCount<TGround>(TGround Ground, int Count) where TGround : struct, Enum;

/// <summary>A unit's items published over the school year so far.</summary>
public sealed record UnitActivity(int UnitId, string UnitName, int Published);

/// <summary>A person's items published over the school year so far.</summary>
public sealed record AuthorActivity(string PersonId, string FullName, string? UnitName, int Published);

/// <summary>
/// The quota (Điều 13.3) as <see cref="QuotaService"/> counts it: this month's units with a target by
/// status, and the school year so far (met ÷ settled months).
/// </summary>
public sealed record QuotaCompliance(DateOnly Month, int Required, int Met, int Pending, int Open, int Missed, QuotaTotals YearToDate);
