using System.Security.Claims;
using EditorialHub.Core;
using EditorialHub.Core.Board;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EditorialHub.Web.Auth;

/// <summary>
/// Builds the signed-in principal from the person and the roles they hold today. The security
/// stamp check rebuilds it every few minutes, so a role change reaches a signed-in person soon.
/// </summary>
internal sealed class PersonClaimsFactory(
    UserManager<Person> users,
    IOptions<IdentityOptions> options,
    BoardDirectory board,
    TimeProvider clock)
    : UserClaimsPrincipalFactory<Person>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person person)
    {
        var identity = await base.GenerateClaimsAsync(person);
        identity.AddClaim(new Claim(EditorialClaims.FullName, person.FullName));
        if (person.MustChangePassword)
            identity.AddClaim(new Claim(EditorialClaims.MustChangePasswordClaim, "true"));

        var today = clock.Today();
        var roles = await board.RolesOnAsync(person.Id, today);
        foreach (var role in roles.Order())
            identity.AddClaim(new Claim(EditorialClaims.Role, role.ToString()));
        foreach (var permission in Permissions.Of(roles).Order())
            identity.AddClaim(new Claim(EditorialClaims.Permission, permission.ToString()));
        return identity;
    }
}
