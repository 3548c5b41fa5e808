using System.Security.Claims;
using EditorialHub.Core.Board;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EditorialHub.Web.Auth;

/// <summary>
/// An open page (a live circuit) keeps its sign-in only while the account stays as it was: a
/// deactivation, a password change or reset, or a role change (all of which renew the security
/// stamp) ends it within a minute.
/// </summary>
internal sealed class RevalidatingAuthenticationState(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var person = await users.GetUserAsync(state.User);
        if (person is null || !person.IsActive)
            return false;
        if (!users.SupportsUserSecurityStamp)
            return true;
        var stamp = state.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(person);
    }
}
