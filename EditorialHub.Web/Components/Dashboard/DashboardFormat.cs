using System.Globalization;
using EditorialHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EditorialHub.Web.Components.Dashboard;

/// <summary>Numbers and waits as the reader's language writes them (vi-VN: 1.234 and 2,5 ngày).</summary>
public static class DashboardFormat
{
    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(double value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>"5 giờ" under a day, "2,5 ngày" beyond; a dash when nothing waits.</summary>
    public static string Wait(IStringLocalizer<UiText> t, TimeSpan? wait) => wait switch
    {
        null => "–",
        { TotalHours: < 1 } => t["Dashboard_UnderAnHour"],
        { TotalDays: < 1 } w => t["Dashboard_Hours", Math.Floor(w.TotalHours).ToString("N0", CultureInfo.CurrentCulture)],
        { } w => t["Dashboard_Days", w.TotalDays.ToString("0.#", CultureInfo.CurrentCulture)],
    };

    /// <summary>Short month name on a chart's axis: "T9", "T10".</summary>
    public static string MonthShort(IStringLocalizer<UiText> t, DateOnly month) => t["Dashboard_MonthShort", month.Month];

    /// <summary>"11/2026".</summary>
    public static string Month(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A step for a count axis: whole numbers, about five lines.</summary>
    public static double CountStep(int max) => Math.Max(1, Math.Ceiling(max / 5.0));
}

/// <summary>One bar, slice or point of a chart, and the list it opens.</summary>
public sealed record ChartPoint(string Label, int Value, string Url);
