namespace EditorialHub.Benchmarks;

/// <summary>A clock stopped at one moment in the school's time zone (UTC+7), whatever the machine's.</summary>
internal sealed class VietnamClock(DateTimeOffset now) : TimeProvider
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => Vietnam;
}
