using EditorialHub.Core;

namespace EditorialHub.Tests.Support;

/// <summary>
/// Now as the app under test reads it: in the school's time zone (Vietnam), whatever the machine's
/// (CI may run in UTC, where the date differs from 17:00 on).
/// </summary>
internal static class SchoolTime
{
    public static DateTime Now => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, SchoolClock.Zone(null)).DateTime;

    public static DateOnly Today => DateOnly.FromDateTime(Now);
}
