using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace EditorialHub.Web.Auth.SingleSignOn;

/// <summary>Why a single sign-on ended on the sign-in page instead of inside the app.</summary>
public enum SingleSignOnRefusal
{
    /// <summary>No sign-in attempt of ours to match: state cookie gone, expired or not this one.</summary>
    AttemptExpired,
    /// <summary>The person cancelled at the provider, or the provider refused the request.</summary>
    ProviderRefused,
    ProviderUnavailable,
    /// <summary>The code could not be redeemed or the ID token failed validation.</summary>
    TokenRejected,
    NoEmail,
    UnknownAccount,
    AmbiguousAccount,
    InactiveAccount,
    LockedOut,
}

/// <summary>
/// Carries a refusal (and the e-mail it concerns) to the sign-in page in its address, protected so
/// that nobody can craft a link that shows a message of their choosing.
/// </summary>
public sealed class SingleSignOnNotice(IDataProtectionProvider protection)
{
    public const string QueryName = "sso";

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("EditorialHub.SingleSignOn.Notice").ToTimeLimitedDataProtector();

    public string LoginUrl(SingleSignOnRefusal refusal, string? email, string returnUrl)
    {
        var notice = _protector.Protect(JsonSerializer.Serialize(new Notice(refusal, email)), TimeSpan.FromMinutes(5));
        var url = $"/Account/Login?{QueryName}={Uri.EscapeDataString(notice)}";
        return returnUrl == "/" ? url : url + "&ReturnUrl=" + Uri.EscapeDataString(returnUrl);
    }

    public (SingleSignOnRefusal Refusal, string? Email)? Read(string? protectedNotice)
    {
        if (string.IsNullOrEmpty(protectedNotice))
            return null;
        try
        {
            return JsonSerializer.Deserialize<Notice>(_protector.Unprotect(protectedNotice)) is { } notice
                ? (notice.Refusal, notice.Email)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The text (UiText key) shown for a refusal; "{0}" is the e-mail where the text has one.</summary>
    public static string MessageKey(SingleSignOnRefusal refusal) => refusal switch
    {
        SingleSignOnRefusal.AttemptExpired => "Login_SsoAttemptExpired",
        SingleSignOnRefusal.ProviderRefused => "Login_SsoProviderRefused",
        SingleSignOnRefusal.ProviderUnavailable => "Login_SsoProviderUnavailable",
        SingleSignOnRefusal.TokenRejected => "Login_SsoTokenRejected",
        SingleSignOnRefusal.NoEmail => "Login_SsoNoEmail",
        SingleSignOnRefusal.UnknownAccount => "Login_SsoUnknownAccount",
        SingleSignOnRefusal.AmbiguousAccount => "Login_SsoAmbiguousAccount",
        SingleSignOnRefusal.InactiveAccount => "Login_SsoInactiveAccount",
        SingleSignOnRefusal.LockedOut => "Login_SsoLockedOut",
        _ => "Login_SsoTokenRejected",
    };

    private sealed record Notice(SingleSignOnRefusal Refusal, string? Email);
}
