namespace EditorialHub.Core.Accounts;

/// <summary>
/// One open sign-in, kept on the server: the browser's cookie carries only its key. Signing out
/// deletes the row, so a copy of the cookie taken before is worth nothing afterwards; a password
/// change, a reset or a deactivation deletes all of the person's rows (Điều 8: account safety).
/// </summary>
public sealed class SignInSession
{
    private SignInSession() { }

    public SignInSession(string key, string? personId, byte[] ticket, DateTime expiresAtUtc)
    {
        Key = key;
        PersonId = personId;
        Ticket = ticket;
        ExpiresAtUtc = expiresAtUtc;
    }

    public string Key { get; private init; } = "";

    /// <summary>Whose sign-in it is; all of a person's sessions end together.</summary>
    public string? PersonId { get; private set; }

    /// <summary>The serialized authentication ticket (the web's; the core does not read it).</summary>
    public byte[] Ticket { get; private set; } = [];

    public DateTime ExpiresAtUtc { get; private set; }

    public void Renew(string? personId, byte[] ticket, DateTime expiresAtUtc)
    {
        PersonId = personId;
        Ticket = ticket;
        ExpiresAtUtc = expiresAtUtc;
    }
}
