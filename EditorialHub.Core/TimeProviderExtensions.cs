namespace EditorialHub.Core;

public static class TimeProviderExtensions
{
    /// <summary>
    /// The school's calendar day now (the clock's local time zone): which school year, whose roles
    /// and which quota month a moment belongs to depend on it, not on the UTC date.
    /// </summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
