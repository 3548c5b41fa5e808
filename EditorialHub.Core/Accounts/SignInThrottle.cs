using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EditorialHub.Core.Accounts;

/// <summary>Counts wrong passwords per sign-in name and says how long a name must wait (SignInThrottleRule).</summary>
public sealed class SignInThrottle(IDbContextFactory<EditorialDbContext> contexts, IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    public SignInThrottleOptions Options => options.Value;

    /// <summary>How long <paramref name="normalizedName"/> must still wait before a password is checked; zero when it may try.</summary>
    public async Task<TimeSpan> WaitAsync(string normalizedName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.SignInFailures.AsNoTracking().FirstOrDefaultAsync(f => f.NormalizedName == normalizedName, ct);
        return row is null
            ? TimeSpan.Zero
            : SignInThrottleRule.Remaining(row.Failures, row.LastFailureAtUtc, clock.GetUtcNow().UtcDateTime, options.Value);
    }

    /// <summary>Counts one more wrong password; returns the wait it starts (zero below the threshold).</summary>
    public async Task<TimeSpan> RecordFailureAsync(string normalizedName, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var forgotten = now.AddHours(-options.Value.ForgetAfterHours);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.SignInFailures.Where(f => f.LastFailureAtUtc < forgotten).ExecuteDeleteAsync(ct);
        // One statement, so two wrong passwords at the same moment both count.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "SignInFailures" ("NormalizedName", "Failures", "LastFailureAtUtc") VALUES ({normalizedName}, 1, {now})
            ON CONFLICT ("NormalizedName") DO UPDATE SET "Failures" = "Failures" + 1, "LastFailureAtUtc" = excluded."LastFailureAtUtc"
            """, ct);
        var failures = await db.SignInFailures.AsNoTracking()
            .Where(f => f.NormalizedName == normalizedName).Select(f => f.Failures).FirstAsync(ct);
        return SignInThrottleRule.WaitAfter(failures, options.Value);
    }

    /// <summary>A right password, a reset or the secretary's unlock: the name starts again from nothing.</summary>
    public async Task ClearAsync(string? normalizedName, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(normalizedName))
            return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.SignInFailures.Where(f => f.NormalizedName == normalizedName).ExecuteDeleteAsync(ct);
    }

    /// <summary>Until when each of <paramref name="normalizedNames"/> must wait, for the secretary's list of people.</summary>
    public async Task<Dictionary<string, DateTimeOffset>> WaitingUntilAsync(IReadOnlyCollection<string> normalizedNames, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.SignInFailures.AsNoTracking().Where(f => normalizedNames.Contains(f.NormalizedName)).ToListAsync(ct);
        return rows
            .Select(r => (r.NormalizedName, Left: SignInThrottleRule.Remaining(r.Failures, r.LastFailureAtUtc, now, options.Value)))
            .Where(r => r.Left > TimeSpan.Zero)
            .ToDictionary(r => r.NormalizedName, r => new DateTimeOffset(now + r.Left, TimeSpan.Zero));
    }
}
