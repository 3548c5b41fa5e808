namespace EditorialHub.Core.Accounts;

/// <summary>
/// Wrong passwords in a row for one normalized sign-in name, whether or not an account has that
/// name: one row, one code path, so the answer never tells which names exist.
/// </summary>
public sealed class SignInFailures
{
    private SignInFailures() { }

    public string NormalizedName { get; private init; } = "";
    public int Failures { get; private init; }
    public DateTime LastFailureAtUtc { get; private init; }
}
