using EditorialHub.Core.Board;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EditorialHub.Web.Auth;

/// <summary>Identity's sign-in, refusing people the school has deactivated.</summary>
internal sealed class EditorialSignInManager(
    UserManager<Person> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Person> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Person>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Person> confirmation)
    : SignInManager<Person>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Person person) =>
        person.IsActive && await base.CanSignInAsync(person);
}
