namespace EditorialHub.Core.Board;

/// <summary>
/// A school year (năm học) and its two semesters. The Ministry moves the dates every year and the
/// provinces set their own inside its frame, so they are data entered per year, never code.
/// </summary>
public sealed class SchoolYear
{
    private SchoolYear() { Name = ""; }

    public SchoolYear(DateOnly starts, DateOnly semesterOneEnds, DateOnly ends)
    {
        Name = "";
        SetDates(starts, semesterOneEnds, ends);
    }

    public int Id { get; private set; }

    /// <summary>"2026-2027".</summary>
    public string Name { get; private set; }
    public DateOnly Starts { get; private set; }
    public DateOnly SemesterOneEnds { get; private set; }
    public DateOnly Ends { get; private set; }

    /// <summary>
    /// Whether the months of the year's twelve that lie outside its dates (the summer, usually June to
    /// August) count towards the quota. Off unless the secretary says so (DOMAIN.md, "Quota").
    /// </summary>
    public bool CountsMonthsOutsideYear { get; private set; }

    /// <summary>The Ministry's calendar for the year, as the province set it; the name follows the dates.</summary>
    public void SetDates(DateOnly starts, DateOnly semesterOneEnds, DateOnly ends)
    {
        if (!(starts < semesterOneEnds && semesterOneEnds < ends))
            throw new ArgumentException("A school year starts, then its first semester ends, then the year ends.");
        // The quota months of a year are the twelve from the month it opens: it must fit in them.
        if (ends >= new DateOnly(starts.Year, starts.Month, 1).AddYears(1))
            throw new ArgumentException("A school year ends within twelve months of the month it starts.");
        Starts = starts;
        SemesterOneEnds = semesterOneEnds;
        Ends = ends;
        Name = $"{starts.Year}-{ends.Year}";
    }

    public void SetCountsMonthsOutsideYear(bool counts) => CountsMonthsOutsideYear = counts;

    /// <summary>
    /// The Ministry's usual frame for the year that is running on <paramref name="day"/>: opening on
    /// 5 September, semester I ending on 17 January, the year ending on 31 May. A year runs from
    /// September to August for the purpose of deciding which year a summer day belongs to.
    /// </summary>
    public static SchoolYear UsualFrameFor(DateOnly day)
    {
        var firstYear = day.Month >= 9 ? day.Year : day.Year - 1;
        return new SchoolYear(
            new DateOnly(firstYear, 9, 5),
            new DateOnly(firstYear + 1, 1, 17),
            new DateOnly(firstYear + 1, 5, 31));
    }
}
