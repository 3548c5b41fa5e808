using System.Globalization;
using EditorialHub.Core.Quotas;

namespace EditorialHub.Web.Components.Quotas;

/// <summary>How the quota shows: an icon per status, months in words and in addresses.</summary>
public static class QuotaLook
{
    public static string Icon(QuotaStatus status) => status switch
    {
        QuotaStatus.Met => "check_circle",
        QuotaStatus.Pending => "hourglass_top",
        QuotaStatus.Missed => "cancel",
        QuotaStatus.Open => "radio_button_unchecked",
        _ => "remove",
    };

    /// <summary>"2026-09", the month in a unit's month address (/quotas/{unit}/{month}).</summary>
    public static string Slug(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string UnitMonthUrl(int unitId, DateOnly month) => $"/quotas/{unitId}/{Slug(month)}";

    public static DateOnly? ParseSlug(string? slug) =>
        DateOnly.TryParseExact($"{slug}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month : null;

    public static string Percent(double? rate) =>
        rate is { } value ? value.ToString("P0", CultureInfo.CurrentCulture) : "–";

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
