using System.Security.Claims;
using EditorialHub.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EditorialHub.Web.Auth;

/// <summary>
/// The cookie's session store: the ticket stays on the server (SignInSessions, in the app's
/// database) and the cookie carries only its key. The cookie handler removes the ticket at sign-out,
/// so a cookie copied before is refused afterwards, restarts included.
/// </summary>
internal sealed class DatabaseTicketStore(SignInSessions sessions, TimeProvider clock) : ITicketStore
{
    private const string KeyItem = "EditorialHub.SessionKey";

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        sessions.StartAsync(PersonOf(ticket), TicketSerializer.Default.Serialize(ticket), ExpiresOf(ticket), cancellationToken);

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        sessions.RenewAsync(key, PersonOf(ticket), TicketSerializer.Default.Serialize(ticket), ExpiresOf(ticket), cancellationToken);

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await sessions.FindAsync(key, cancellationToken);
        return stored is null ? null : TicketSerializer.Default.Deserialize(stored);
    }

    // The request's own session key, so that a password change can end every other session but this one.
    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        httpContext.Items[KeyItem] = key;
        return RetrieveAsync(key, cancellationToken);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => sessions.EndAsync(key, cancellationToken);

    /// <summary>The session key of the signed-in request, when it has one.</summary>
    public static string? KeyOf(HttpContext context) => context.Items[KeyItem] as string;

    private static string? PersonOf(AuthenticationTicket ticket) => ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    private DateTime ExpiresOf(AuthenticationTicket ticket) =>
        (ticket.Properties.ExpiresUtc ?? clock.GetUtcNow().Add(AuthServiceCollectionExtensions.SessionLifetime)).UtcDateTime;
}
