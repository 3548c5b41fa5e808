using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using EditorialHub.Core.Board;

namespace EditorialHub.Core.Reports;

/// <summary>The three reports of Điều 5.3 and 16: monthly, per semester, per school year.</summary>
public enum ReportKind
{
    Monthly = 1,
    Semester = 2,
    Annual = 3,
}

/// <summary>
/// The days a report covers (both ends included, the school's local days) and how it is named.
/// A semester or a year takes its dates from the school year entered by the school, never from code.
/// </summary>
/// <param name="Key">Stable name of the period: "2026-11", "2026-2027/1", "2026-2027".</param>
public sealed record ReportPeriod(ReportKind Kind, string Key, DateOnly From, DateOnly To, string SchoolYearName, int? Semester)
{
    /// <summary>The months the period touches, in order (the columns of the quota table).</summary>
    [JsonIgnore]
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
                months.Add(month);
            return months;
        }
    }

    /// <summary>The summary line's period: "tháng 11 năm 2026", "học kỳ I năm học 2026-2027", "năm học 2026-2027".</summary>
    [JsonIgnore]
    public string Wording => Kind switch
    {
        ReportKind.Monthly => $"tháng {From.Month} năm {From.Year}",
        ReportKind.Semester => $"học kỳ {(Semester == 1 ? "I" : "II")} năm học {SchoolYearName}",
        _ => $"năm học {SchoolYearName}",
    };

    public static ReportPeriod Month(int year, int month, string schoolYearName)
    {
        var from = new DateOnly(year, month, 1);
        return new ReportPeriod(ReportKind.Monthly, from.ToString("yyyy-MM", CultureInfo.InvariantCulture), from,
            from.AddMonths(1).AddDays(-1), schoolYearName, null);
    }

    /// <summary>Học kỳ I runs from the opening to the end of semester I; học kỳ II from the next day to the year's end.</summary>
    public static ReportPeriod SemesterOf(SchoolYear year, int semester) => semester switch
    {
        1 => new ReportPeriod(ReportKind.Semester, $"{year.Name}/1", year.Starts, year.SemesterOneEnds, year.Name, 1),
        2 => new ReportPeriod(ReportKind.Semester, $"{year.Name}/2", year.SemesterOneEnds.AddDays(1), year.Ends, year.Name, 2),
        _ => throw new ReportException(ReportMessages.UnknownSemester),
    };

    public static ReportPeriod AnnualOf(SchoolYear year) =>
        new(ReportKind.Annual, year.Name, year.Starts, year.Ends, year.Name, null);
}

/// <summary>What someone asked for, before the school year's dates are looked up: "monthly 2026-11", "semester 2026-2027 1", "annual 2026-2027".</summary>
public sealed partial record ReportRequest(ReportKind Kind, int? Year, int? Month, string? SchoolYearName, int? Semester)
{
    public static ReportRequest Monthly(int year, int month) => new(ReportKind.Monthly, year, month, null, null);
    public static ReportRequest ForSemester(string schoolYear, int semester) => new(ReportKind.Semester, null, null, schoolYear, semester);
    public static ReportRequest Annual(string schoolYear) => new(ReportKind.Annual, null, null, schoolYear, null);

    /// <summary>Reads the words of the command line (after "report"); a refusal says what was expected.</summary>
    public static ReportRequest Parse(IReadOnlyList<string> words)
    {
        if (words.Count >= 2 && words[0] == "monthly" && MonthPattern().Match(words[1]) is { Success: true } m)
        {
            var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12)
                return Monthly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), month);
        }
        if (words.Count >= 3 && words[0] == "semester" && YearPattern().IsMatch(words[1]) && words[2] is "1" or "2")
            return ForSemester(words[1], words[2] == "1" ? 1 : 2);
        if (words.Count >= 2 && words[0] == "annual" && YearPattern().IsMatch(words[1]))
            return Annual(words[1]);
        throw new ReportException(ReportMessages.CommandUsage);
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})$")]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"^\d{4}-\d{4}$")]
    public static partial Regex YearPattern();
}
