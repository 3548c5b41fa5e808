using EditorialHub.Core.Accounts;
using EditorialHub.Core.Board;
using Microsoft.AspNetCore.Identity;

namespace EditorialHub.Web.Auth;

public enum PasswordCheckOutcome { Succeeded, Failed, Wait }

public sealed record PasswordCheckResult(PasswordCheckOutcome Outcome, Person? Person = null, int WaitSeconds = 0);

/// <summary>
/// Checks a password typed at sign-in or to change a password, the same way for a name that has an
/// account and one that has none: the same throttle (SignInThrottle, per normalized name), a real
/// hash check for both (a dummy hash for an unknown name, so the time taken does not tell), the
/// same answer (docs/decisions/0008-sign-in-throttling.md).
/// </summary>
public sealed class PasswordCheck(
    UserManager<Person> users,
    SignInManager<Person> signIn,
    IPasswordHasher<Person> hasher,
    SignInThrottle throttle,
    SecurityLog log)
{
    private static readonly Lock DummyLock = new();
    private static string? _dummyHash;

    public async Task<PasswordCheckResult> CheckAsync(string userName, string password, string? address, string? detail = null)
    {
        userName = userName.Trim();
        var normalized = users.NormalizeName(userName);
        // Looked up on every path, so that waiting costs a known name what it costs an unknown one.
        var person = await users.FindByNameAsync(userName);
        var wait = await throttle.WaitAsync(normalized);
        if (wait > TimeSpan.Zero)
        {
            await log.RecordAsync(SecurityEventKind.LockedOut, person?.Id, userName, address, detail: detail);
            return new PasswordCheckResult(PasswordCheckOutcome.Wait, WaitSeconds: SignInThrottleRule.Seconds(wait));
        }

        bool right;
        if (person is null)
        {
            hasher.VerifyHashedPassword(null!, DummyHash(), password);
            right = false;
        }
        else
            right = await users.CheckPasswordAsync(person, password);

        if (!right)
        {
            var started = await throttle.RecordFailureAsync(normalized);
            await log.RecordAsync(SecurityEventKind.SignInFailed, person?.Id, userName, address, detail: detail);
            return started > TimeSpan.Zero
                ? new PasswordCheckResult(PasswordCheckOutcome.Wait, WaitSeconds: SignInThrottleRule.Seconds(started))
                : new PasswordCheckResult(PasswordCheckOutcome.Failed);
        }

        await throttle.ClearAsync(normalized);
        // A deactivated account with its right password gets the words of a wrong one: the page
        // must not tell anyone which accounts exist.
        if (!await signIn.CanSignInAsync(person!))
        {
            await log.RecordAsync(SecurityEventKind.SignInRefused, person!.Id, userName, address, detail: detail);
            return new PasswordCheckResult(PasswordCheckOutcome.Failed);
        }
        return new PasswordCheckResult(PasswordCheckOutcome.Succeeded, person);
    }

    // A hash made by the app's own hasher (same algorithm, same iterations), of a password nobody knows.
    private string DummyHash()
    {
        lock (DummyLock)
            return _dummyHash ??= hasher.HashPassword(null!, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    }
}
