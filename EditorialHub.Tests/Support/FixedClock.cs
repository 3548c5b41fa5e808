namespace EditorialHub.Tests.Support;

/// <summary>A clock stopped at one moment, in Vietnam's time zone (UTC+7).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    public static FixedClock At(int year, int month, int day, int hour = 9) =>
        new(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(7)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => Vietnam;
}
