using System.Globalization;
using System.Text.RegularExpressions;
using EditorialHub.Core.Accounts;
using EditorialHub.Core.Articles;

namespace EditorialHub.Core.Settings;

/// <summary>One line of the list: a day or a run of days off, and what the secretary called it.</summary>
public sealed record HolidayEntry(DateOnly From, DateOnly To, string Name)
{
    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
            yield return day;
    }

    /// <summary>"30/04/2027" or "05/02/2027 - 11/02/2027", then the name.</summary>
    public override string ToString()
    {
        var days = From == To ? HolidayList.Shown(From) : $"{HolidayList.Shown(From)} - {HolidayList.Shown(To)}";
        return Name.Length == 0 ? days : $"{days} {Name}";
    }
}

/// <summary>
/// The public holidays as the secretary writes them, one line each: a day ("30/04/2027 Giải phóng
/// miền Nam") or a run of days ("05/02/2027 - 11/02/2027 Tết Nguyên đán"), the name optional. Kept as
/// written (the names help whoever reads it next year) and read into a <see cref="WorkingCalendar"/>.
/// </summary>
public sealed partial class HolidayList
{
    /// <summary>A run longer than this is a typing slip (the summer break is not a public holiday).</summary>
    public const int LongestRunDays = 31;

    public const int MostLines = 100;

    private HolidayList(IReadOnlyList<HolidayEntry> entries)
    {
        Entries = entries;
        Days = entries.SelectMany(e => e.Days()).Distinct().Order().ToList();
        Calendar = new WorkingCalendar(Days);
        Text = string.Join('\n', entries);
    }

    public static HolidayList Empty { get; } = new([]);

    /// <summary>In date order.</summary>
    public IReadOnlyList<HolidayEntry> Entries { get; }

    /// <summary>Every day off the lines name, once each, in order.</summary>
    public IReadOnlyList<DateOnly> Days { get; }

    public WorkingCalendar Calendar { get; }

    /// <summary>One line per entry, in date order: what is stored and shown again.</summary>
    public string Text { get; }

    /// <summary>Reads the secretary's text; a line that cannot be read is refused, naming the line and what to write.</summary>
    public static HolidayList Parse(string? text)
    {
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).ToList();
        var entries = new List<HolidayEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
                continue;
            if (entries.Count == MostLines)
                throw Refused(string.Format(CultureInfo.InvariantCulture, AccountMessages.HolidaysTooMany, MostLines));
            entries.Add(ParseLine(lines[i], i + 1));
        }
        return new HolidayList(entries.OrderBy(e => e.From).ThenBy(e => e.To).ToList());
    }

    /// <summary>Like <see cref="Parse(string)"/>, but a stored value that no longer reads gives no holidays rather than stopping every page.</summary>
    public static HolidayList ParseOrEmpty(string? text)
    {
        try
        {
            return Parse(text);
        }
        catch (AccountRefusedException)
        {
            return Empty;
        }
    }

    private static HolidayEntry ParseLine(string line, int number)
    {
        var match = LinePattern().Match(line);
        if (!match.Success)
            throw Refused(string.Format(CultureInfo.InvariantCulture, AccountMessages.HolidayUnreadable, number, line));
        var from = Day(match.Groups["from"].Value, number, line);
        var to = match.Groups["to"].Success ? Day(match.Groups["to"].Value, number, line) : from;
        if (to < from)
            throw Refused(string.Format(CultureInfo.InvariantCulture, AccountMessages.HolidayEndsBeforeStart, number, line));
        if (to.DayNumber - from.DayNumber + 1 > LongestRunDays)
            throw Refused(string.Format(CultureInfo.InvariantCulture, AccountMessages.HolidayTooLong, number, line, LongestRunDays));
        return new HolidayEntry(from, to, match.Groups["name"].Value.Trim());
    }

    private static DateOnly Day(string text, int number, string line) =>
        DateOnly.TryParseExact(text, ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && day.Year is >= 2000 and <= 2100
            ? day
            : throw Refused(string.Format(CultureInfo.InvariantCulture, AccountMessages.HolidayUnreadable, number, line));

    internal static string Shown(DateOnly day) => day.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    private static AccountRefusedException Refused(string message) => new(AccountRefusal.InvalidSetting, message);

    // A day, perhaps a dash (or "đến") and a second day, then the name.
    [GeneratedRegex(@"^(?<from>\d{1,2}/\d{1,2}/\d{4})(?:\s*(?:-|–|—|đến)\s*(?<to>\d{1,2}/\d{1,2}/\d{4}))?(?:\s+(?<name>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinePattern();
}
