using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace EditorialHub.Web.Auth;

/// <summary>The signed-in person's id, for passing to the core as the actor of an operation.</summary>
public sealed class CurrentPerson(AuthenticationStateProvider authentication)
{
    public async Task<string> IdAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirstValue(ClaimTypes.NameIdentifier)
               ?? throw new InvalidOperationException("No one is signed in.");
    }
}
