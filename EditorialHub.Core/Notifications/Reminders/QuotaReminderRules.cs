using System.Globalization;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Quotas;

namespace EditorialHub.Core.Notifications.Reminders;

/// <summary>One unit's month as the quota calculator sees it.</summary>
public sealed record UnitMonthState(int UnitId, string UnitName, QuotaStatus Status, int Count, int Target);

/// <summary>What the reminders are decided from: the quota of this month and last, and who leads what today.</summary>
/// <param name="DepartmentHeads">Unit → the people holding the department head's role for it today.</param>
/// <param name="BoardHeads">The head(s) of the board today.</param>
/// <param name="Calendar">The school's working days (Monday to Friday when not given).</param>
public sealed record ReminderState(
    IReadOnlyList<UnitMonthState> ThisMonth,
    IReadOnlyList<UnitMonthState> LastMonth,
    IReadOnlyDictionary<int, IReadOnlyList<string>> DepartmentHeads,
    IReadOnlyList<string> BoardHeads,
    WorkingCalendar? Calendar = null);

/// <summary>A reminder to send; <see cref="Key"/> is the same every time the same reminder is due.</summary>
public sealed record ReminderDue(string Key, string RecipientId, NotificationKind Kind, string Subject, int Number, string? Note);

/// <summary>
/// Quota reminders (issue 5, Điều 13.3) as a pure function of the day and the quota state:
/// - a department head whose unit has a target this month and nothing published that counts is
///   reminded when 7 days are left (the last 7 days before the last 3) and again when 3 are left;
///   a check that misses the day still sends the stage it is in, never a stage already past;
/// - the head of the board gets, from the first working day of a month (not a weekend or holiday), a digest
///   of the units that missed last month; none when nobody missed or the month did not count.
/// </summary>
public static class QuotaReminderRules
{
    public static readonly int[] Stages = [7, 3];

    public static IReadOnlyList<ReminderDue> Due(DateOnly today, ReminderState state)
    {
        var due = new List<ReminderDue>();
        var month = QuotaCalendar.MonthOf(today);
        var daysLeft = QuotaCalendar.LastDay(month).DayNumber - today.DayNumber;
        // The stage the month is in: 7 days left down to 4, then 3 down to the last day.
        int? stage = daysLeft <= 3 ? 3 : daysLeft <= 7 ? 7 : null;
        if (stage is { } s)
            foreach (var unit in state.ThisMonth.Where(u => u.Target > 0 && u.Count == 0 && u.Status is QuotaStatus.Open or QuotaStatus.Pending))
                foreach (var head in state.DepartmentHeads.GetValueOrDefault(unit.UnitId) ?? [])
                    due.Add(new ReminderDue(
                        $"quota-reminder:{Code(month)}:{unit.UnitId}:{s}:{head}", head, NotificationKind.QuotaReminder,
                        $"{unit.UnitName} · {Shown(month)}", daysLeft, null));

        if (today >= FirstWorkingDay(month, state.Calendar ?? WorkingCalendar.WeekdaysOnly))
        {
            var last = month.AddMonths(-1);
            var missed = state.LastMonth.Where(u => u.Status == QuotaStatus.Missed).Select(u => u.UnitName).ToList();
            if (missed.Count > 0)
                foreach (var head in state.BoardHeads)
                    due.Add(new ReminderDue(
                        $"quota-digest:{Code(last)}:{head}", head, NotificationKind.QuotaDigest,
                        Shown(last), missed.Count, string.Join(", ", missed)));
        }
        return due;
    }

    private static string Code(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Shown(DateOnly month) => month.ToString("MM'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>The month's first working day (2/9 and Tết can push it back).</summary>
    public static DateOnly FirstWorkingDay(DateOnly month, WorkingCalendar calendar)
    {
        var day = QuotaCalendar.MonthOf(month);
        while (!calendar.IsWorkingDay(day))
            day = day.AddDays(1);
        return day;
    }
}
