namespace EditorialHub.Web.Auth.SingleSignOn;

/// <summary>The settings section <c>Authentication:OpenIdConnect</c>; off unless a school turns it on.</summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>Where the provider sends the person back; register exactly this path with the provider.</summary>
    public const string CallbackPath = "/signin-oidc";

    public bool Enabled { get; set; }

    /// <summary>The provider's issuer, e.g. https://accounts.google.com; its discovery document is read from there.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The words on the second sign-in button.</summary>
    public string DisplayName { get; set; } = "";

    public string Scopes { get; set; } = "openid email profile";

    /// <summary>Only a test provider on loopback http may turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string MetadataAddress => Authority.TrimEnd('/') + "/.well-known/openid-configuration";

    public IEnumerable<string> Problems()
    {
        if (!Enabled)
            yield break;
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out _))
            yield return "Authority must be an absolute address";
        if (string.IsNullOrWhiteSpace(ClientId))
            yield return "ClientId is missing";
        if (string.IsNullOrWhiteSpace(ClientSecret))
            yield return "ClientSecret is missing";
        if (!Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("openid"))
            yield return "Scopes must include openid";
    }
}
