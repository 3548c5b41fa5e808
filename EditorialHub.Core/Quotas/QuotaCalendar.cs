using EditorialHub.Core.Board;

namespace EditorialHub.Core.Quotas;

/// <summary>Học kỳ I or II. The summer months outside the year's dates belong to neither.</summary>
public enum Semester
{
    One = 1,
    Two = 2,
}

/// <summary>
/// One month of the quota calendar (the first day of the month stands for it).
/// </summary>
/// <param name="SchoolYearId">The school year whose twelve months hold it; none when no year does.</param>
/// <param name="Semester">The semester it belongs to; none for a month outside the year's dates.</param>
/// <param name="Counts">Whether the quota applies in it: inside the year's dates, or outside them when the year says so.</param>
public sealed record QuotaMonth(DateOnly Month, int? SchoolYearId, Semester? Semester, bool Counts);

/// <summary>
/// Which months count and to which semester they belong, as pure functions of a school year's
/// dates; and where a local month begins and ends in UTC. Days are the school's (Vietnam, UTC+7):
/// an item published at 23:59 on 31 October in Hà Nội was published in October, though it is
/// 16:59 in UTC.
/// </summary>
public static class QuotaCalendar
{
    /// <summary>The first day of the month of <paramref name="day"/>.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The school's month in which an instant stored in UTC falls.</summary>
    public static DateOnly LocalMonth(DateTime utc, TimeZoneInfo zone) =>
        MonthOf(Articles.Deadlines.LocalDay(utc, zone));

    /// <summary>The UTC instant at which <paramref name="month"/> begins in the school's time zone.</summary>
    public static DateTime MonthStartUtc(DateOnly month, TimeZoneInfo zone) =>
        Articles.Deadlines.StartOfDayUtc(MonthOf(month), zone);

    /// <summary>The UTC instant at which <paramref name="month"/> is over: the start of the next one.</summary>
    public static DateTime MonthEndUtc(DateOnly month, TimeZoneInfo zone) =>
        MonthStartUtc(MonthOf(month).AddMonths(1), zone);

    /// <summary>The last day of <paramref name="month"/>, by the end of which something must be published.</summary>
    public static DateOnly LastDay(DateOnly month) => MonthOf(month).AddMonths(1).AddDays(-1);

    /// <summary>The twelve months of a year, from the month it opens (September to August in the usual frame).</summary>
    public static IReadOnlyList<DateOnly> SpanOf(SchoolYear year)
    {
        var first = MonthOf(year.Starts);
        return Enumerable.Range(0, 12).Select(first.AddMonths).ToList();
    }

    /// <summary>Whether <paramref name="month"/> has at least one day between the year's first and last day.</summary>
    public static bool IsInsideDates(SchoolYear year, DateOnly month) =>
        MonthOf(month) <= year.Ends && LastDay(month) >= year.Starts;

    /// <summary>
    /// The semester of a month inside the year's dates: the one holding more of its days (within the
    /// year), semester I on a tie. With the usual frame January (semester I ends on the 17th) is in
    /// semester I, February in semester II.
    /// </summary>
    public static Semester? SemesterOf(SchoolYear year, DateOnly month)
    {
        if (!IsInsideDates(year, month))
            return null;
        var first = Max(MonthOf(month), year.Starts);
        var last = Min(LastDay(month), year.Ends);
        var inOne = Math.Max(0, Min(last, year.SemesterOneEnds).DayNumber - first.DayNumber + 1);
        var inTwo = Math.Max(0, last.DayNumber - Max(first, year.SemesterOneEnds.AddDays(1)).DayNumber + 1);
        return inOne >= inTwo ? Semester.One : Semester.Two;
    }

    /// <summary>The months of a year that count, in order; those outside its dates only when the year says so.</summary>
    public static IReadOnlyList<QuotaMonth> MonthsOf(SchoolYear year) =>
        SpanOf(year).Select(month => Describe(year, month)).Where(month => month.Counts).ToList();

    /// <summary>A month as the quota sees it, given the year whose span holds it (or none).</summary>
    public static QuotaMonth Describe(SchoolYear? year, DateOnly month)
    {
        month = MonthOf(month);
        if (year is null || !SpanOf(year).Contains(month))
            return new QuotaMonth(month, null, null, false);
        var semester = SemesterOf(year, month);
        return new QuotaMonth(month, year.Id, semester, semester is not null || year.CountsMonthsOutsideYear);
    }

    /// <summary>The year among <paramref name="years"/> whose twelve months hold <paramref name="month"/>.</summary>
    public static SchoolYear? YearOf(IEnumerable<SchoolYear> years, DateOnly month)
    {
        month = MonthOf(month);
        return years.Where(year => MonthOf(year.Starts) <= month && month < MonthOf(year.Starts).AddYears(1))
            .OrderByDescending(year => year.Starts)
            .FirstOrDefault();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
