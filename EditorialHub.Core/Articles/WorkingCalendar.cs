namespace EditorialHub.Core.Articles;

/// <summary>
/// Which days are working days: Monday to Friday, except the public holidays the school keeps. The
/// Government fixes the days off each year (Tết, Giỗ Tổ, 30/4 – 1/5, 2/9, with their swapped days),
/// so they are a list the secretary enters (<see cref="Settings.HolidayList"/>), not a rule.
/// Deadlines counted in working days (Điều 14) and the month's first working day count on it.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;

    public WorkingCalendar(IEnumerable<DateOnly> holidays) => _holidays = holidays.ToHashSet();

    /// <summary>Monday to Friday, no holidays known.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new([]);

    public bool IsHoliday(DateOnly day) => _holidays.Contains(day);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="day"/>; the day itself when zero or less.</summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
                left--;
        }
        return day;
    }
}
