namespace EditorialHub.Core.Accounts;

/// <summary>
/// One entry of the account record the secretary reads: a sign-in, a failure, a reset, a role
/// change (Điều 8: account safety). Append-only: nothing ever updates or deletes an entry.
/// </summary>
public sealed class SecurityEvent
{
    private SecurityEvent() { }

    public SecurityEvent(DateTime occurredAtUtc, SecurityEventKind kind, string? personId, string? actorId,
        string? userName, string? address, string? detail)
    {
        OccurredAtUtc = occurredAtUtc;
        Kind = kind;
        PersonId = personId;
        ActorId = actorId;
        UserName = Trim(userName, 256);
        Address = Trim(address, 64);
        Detail = Trim(detail, 500);
    }

    public long Id { get; private init; }
    public DateTime OccurredAtUtc { get; private init; }
    public SecurityEventKind Kind { get; private init; }

    /// <summary>Whose account it concerns, when known.</summary>
    public string? PersonId { get; private init; }

    /// <summary>Who did it, when not the person themselves (the secretary resetting, say).</summary>
    public string? ActorId { get; private init; }

    /// <summary>The name typed at sign-in, kept even when no such account exists.</summary>
    public string? UserName { get; private init; }

    /// <summary>The address the request came from.</summary>
    public string? Address { get; private init; }

    public string? Detail { get; private init; }

    private static string? Trim(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}

public enum SecurityEventKind
{
    SignedIn = 1,
    SignInFailed = 2,
    LockedOut = 3,
    SignedOut = 4,
    PasswordChanged = 5,
    PasswordReset = 6,
    AccountIssued = 7,
    AccountDeactivated = 8,
    AccountReactivated = 9,
    Unlocked = 10,
    RoleAssigned = 11,
    RoleRemoved = 12,
    SignInRefused = 13,
    PersonEdited = 14,
    UnitAdded = 15,
    UnitRenamed = 16,
    UnitDeactivated = 17,
    UnitReactivated = 18,
    /// <summary>A single sign-on withdrew an issued password the person never changed (they proved who they are at the provider).</summary>
    OneTimePasswordWithdrawn = 19,
}
