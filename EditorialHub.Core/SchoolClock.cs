namespace EditorialHub.Core;

/// <summary>
/// The real clock, read in the school's time zone (setting <c>School:TimeZone</c>, Vietnam by default)
/// whatever the server's: a school renting a server abroad or in UTC still gets its own days — the
/// day an item was approved, the quota's month, the report's dates, the times on screen.
/// </summary>
public sealed class SchoolClock(TimeZoneInfo zone) : TimeProvider
{
    public const string DefaultZoneId = "Asia/Ho_Chi_Minh";

    public override TimeZoneInfo LocalTimeZone => zone;

    /// <summary>
    /// The zone named by its IANA id (e.g. "Asia/Ho_Chi_Minh"). Vietnam's works even on a machine
    /// without time-zone data (UTC+7 all year, no summer time); any other unknown id stops the app
    /// with a message saying what to set.
    /// </summary>
    public static TimeZoneInfo Zone(string? id)
    {
        id = string.IsNullOrWhiteSpace(id) ? DefaultZoneId : id.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            if (id == DefaultZoneId)
                return TimeZoneInfo.CreateCustomTimeZone(DefaultZoneId, TimeSpan.FromHours(7), "(UTC+07:00) Hà Nội", "Giờ Việt Nam");
            throw new InvalidOperationException(
                $"School:TimeZone \"{id}\" is not a time zone this machine knows. Use an IANA name such as \"{DefaultZoneId}\" (install the tzdata package for others).", e);
        }
    }
}
