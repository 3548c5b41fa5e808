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
        if (!(starts < semesterOneEnds && semesterOneEnds < ends))
            throw new ArgumentException("A school year starts, then its first semester ends, then the year ends.");
        Starts = starts;
        SemesterOneEnds = semesterOneEnds;
        Ends = ends;
        Name = $"{starts.Year}-{ends.Year}";
    }

    public int Id { get; private set; }

    /// <summary>"2026-2027".</summary>
    public string Name { get; private set; }
    public DateOnly Starts { get; private set; }
    public DateOnly SemesterOneEnds { get; private set; }
    public DateOnly Ends { get; private set; }

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
