namespace EditorialHub.Core.Accounts;

/// <summary>
/// Accounts:Lockout. After <see cref="MaxFailedAccessAttempts"/> wrong passwords for one sign-in
/// name, each further try waits: <see cref="FirstWaitSeconds"/>, then twice as long, never more
/// than <see cref="MaxWaitSeconds"/> (docs/decisions/0008-sign-in-throttling.md).
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Accounts:Lockout";

    public int MaxFailedAccessAttempts { get; set; } = 5;
    public int FirstWaitSeconds { get; set; } = 15;
    public int MaxWaitSeconds { get; set; } = 60;

    /// <summary>A name left alone this long starts again from no failures (and its row is pruned).</summary>
    public int ForgetAfterHours { get; set; } = 24;
}

/// <summary>
/// The slowdown rule, the same for a name that has an account and one that has none: guessing is
/// slowed to one try a minute per name, and nobody can ever lock a person out.
/// </summary>
public static class SignInThrottleRule
{
    /// <summary>How long a name must wait after its <paramref name="failures"/>-th failure in a row.</summary>
    public static TimeSpan WaitAfter(int failures, SignInThrottleOptions options)
    {
        var over = failures - Math.Max(1, options.MaxFailedAccessAttempts);
        if (over < 0)
            return TimeSpan.Zero;
        // 15 s, 30 s, 60 s, … capped; the shift is bounded so a long run cannot overflow.
        var seconds = Math.Min((long)options.FirstWaitSeconds << Math.Min(over, 20), options.MaxWaitSeconds);
        return TimeSpan.FromSeconds(Math.Max(0, seconds));
    }

    /// <summary>What is left of the wait at <paramref name="nowUtc"/>; zero when the name may try.</summary>
    public static TimeSpan Remaining(int failures, DateTime lastFailureUtc, DateTime nowUtc, SignInThrottleOptions options)
    {
        if (nowUtc - lastFailureUtc >= TimeSpan.FromHours(options.ForgetAfterHours))
            return TimeSpan.Zero;
        var left = lastFailureUtc + WaitAfter(failures, options) - nowUtc;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>The whole seconds a person is told to wait (never "0 giây").</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
