using System.Security.Claims;
using EditorialHub.Core.Board;

namespace EditorialHub.Web.Auth;

/// <summary>The claims a signed-in person carries: who they are and what today's roles allow.</summary>
public static class EditorialClaims
{
    public const string FullName = "eh:full_name";
    public const string Role = "eh:role";
    public const string Permission = "eh:permission";
    public const string MustChangePasswordClaim = "eh:must_change_password";

    public static bool Has(this ClaimsPrincipal user, Permission permission) =>
        user.HasClaim(Permission, permission.ToString());

    public static IEnumerable<Role> Roles(this ClaimsPrincipal user) =>
        user.FindAll(Role).Select(claim => Enum.Parse<Role>(claim.Value));

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(FullName) ?? user.Identity?.Name ?? "";

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.HasClaim(MustChangePasswordClaim, "true");
}
