using System.Globalization;
using System.Text;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Dashboard;
using Microsoft.AspNetCore.WebUtilities;

namespace EditorialHub.Web.Components.ItemList;

/// <summary>
/// What the list at /items shows, as it travels in the address: every figure of the dashboard links
/// here, and an address can be bookmarked or sent. Days are the school's local days. Unknown or
/// malformed values are ignored rather than refused: a mistyped address still shows a list.
/// </summary>
public sealed record ItemsQuery(
    ArticleState? State = null,
    ApprovalLevel? Level = null,
    int? Unit = null,
    string? Author = null,
    ArticleCategory? Category = null,
    DayRange? Published = null,
    DayRange? Refused = null,
    DayRange? TakenDown = null,
    OverdueReasons Overdue = OverdueReasons.None,
    RefusalGround? Refusal = null,
    TakeDownGround? TakeDown = null,
    string? Search = null)
{
    public const string Route = "/items";

    /// <summary>The search words in the address of every list (/items, /published, …): <c>?q=hoi giang</c>. The list's grid applies them.</summary>
    public const string SearchKey = "q";

    private const string AnyOverdue = "any", EventOverdue = "event", ApprovedOverdue = "approved";

    public string ToUrl()
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (value is not null)
                parts.Add(new(key, value));
        }
        Add("state", State?.ToString());
        Add("level", Level?.ToString());
        Add("unit", Unit?.ToString(CultureInfo.InvariantCulture));
        Add("author", Author);
        Add("category", Category?.ToString());
        Add("published", Format(Published));
        Add("refused", Format(Refused));
        Add("takendown", Format(TakenDown));
        Add("overdue", Overdue switch
        {
            OverdueReasons.None => null,
            OverdueReasons.EventNotPublished => EventOverdue,
            OverdueReasons.ApprovedNotPublished => ApprovedOverdue,
            _ => AnyOverdue,
        });
        Add("refusal", Refusal?.ToString());
        Add("takedown", TakeDown?.ToString());
        Add(SearchKey, Search);
        return parts.Count == 0 ? Route : QueryHelpers.AddQueryString(Route, parts);
    }

    public static ItemsQuery Parse(string url)
    {
        var values = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), url).Query);
        return FromValues(key => values.TryGetValue(key, out var value) ? value.ToString() : null);
    }

    /// <summary>From the address's values, however they were read (<paramref name="get"/>: key to value or null).</summary>
    public static ItemsQuery FromValues(Func<string, string?> get)
    {
        string? Get(string key) => get(key);
        return new ItemsQuery(
            EnumOf<ArticleState>(Get("state")),
            EnumOf<ApprovalLevel>(Get("level")),
            int.TryParse(Get("unit"), NumberStyles.None, CultureInfo.InvariantCulture, out var unit) ? unit : null,
            string.IsNullOrWhiteSpace(Get("author")) ? null : Get("author"),
            EnumOf<ArticleCategory>(Get("category")),
            ParseDays(Get("published")),
            ParseDays(Get("refused")),
            ParseDays(Get("takendown")),
            Get("overdue")?.ToLowerInvariant() switch
            {
                EventOverdue => OverdueReasons.EventNotPublished,
                ApprovedOverdue => OverdueReasons.ApprovedNotPublished,
                AnyOverdue => OverdueReasons.EventNotPublished | OverdueReasons.ApprovedNotPublished,
                _ => OverdueReasons.None,
            },
            EnumOf<RefusalGround>(Get("refusal")),
            EnumOf<TakeDownGround>(Get("takedown")),
            string.IsNullOrWhiteSpace(Get(SearchKey)) ? null : Get(SearchKey)!.Trim());
    }

    /// <summary>
    /// The same criteria for <see cref="ArticleService.ListAsync"/>, which still decides what the reader
    /// may see. Not the search: the grid reads and writes that in the address itself, as on every list.
    /// </summary>
    public ArticleFilter ToFilter(TimeZoneInfo zone) => new(
        States: State is { } state ? [state] : null,
        Category: Category,
        UnitId: Unit,
        Level: Level,
        AuthorId: Author,
        OverdueFor: Overdue,
        RefusalGround: Refusal,
        TakeDownGround: TakeDown,
        Published: Published?.ToUtc(zone),
        Refused: Refused?.ToUtc(zone),
        TakenDown: TakenDown?.ToUtc(zone));

    /// <summary>"2026-11" for a whole month, "2026-09-01..2026-11-21" otherwise.</summary>
    private static string? Format(DayRange? days) =>
        days is null ? null
        : days.IsWholeMonth ? days.From.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : new StringBuilder()
            .Append(days.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("..")
            .Append(days.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToString();

    private static DayRange? ParseDays(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return DayRange.Month(month);
        var ends = text.Split("..");
        if (ends.Length == 2
            && DateOnly.TryParseExact(ends[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(ends[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && from <= to)
            return new DayRange(from, to);
        return null;
    }

    private static TEnum? EnumOf<TEnum>(string? text) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
        && !int.TryParse(text, out _) ? value : null;
}
