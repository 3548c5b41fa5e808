using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace EditorialHub.Web.Auth.SingleSignOn;

/// <summary>
/// What one trip to the provider must come back with: the state (against forged callbacks), the
/// nonce (against replayed ID tokens) and the PKCE verifier (against stolen codes). Kept only in
/// the person's browser, in a short-lived, HttpOnly, SameSite=Lax cookie protected by data protection.
/// </summary>
internal sealed record SignInAttempt(string State, string Nonce, string CodeVerifier, string ReturnUrl)
{
    public static SignInAttempt Start(string returnUrl) =>
        new(RandomValue(), RandomValue(), RandomValue(), LocalUrl.OrHome(returnUrl));

    /// <summary>RFC 7636 S256: the base64url SHA-256 of the verifier.</summary>
    public string CodeChallenge => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(CodeVerifier)));

    // 32 random bytes: 43 base64url characters, within PKCE's 43..128 for the verifier.
    private static string RandomValue() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}

internal sealed class SignInAttemptCookie(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Name = "EditorialHub.SingleSignOn";

    // Long enough to sign in at the provider, short enough that a forgotten tab's state is useless.
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("EditorialHub.SingleSignOn.Attempt").ToTimeLimitedDataProtector();

    public void Write(HttpContext context, SignInAttempt attempt)
    {
        var payload = _protector.Protect(JsonSerializer.Serialize(attempt), clock.GetUtcNow().Add(Lifetime));
        context.Response.Cookies.Append(Name, payload, Options(context));
    }

    /// <summary>Reads and removes the attempt: each one can be completed once.</summary>
    public SignInAttempt? Take(HttpContext context)
    {
        var payload = context.Request.Cookies[Name];
        context.Response.Cookies.Delete(Name, Options(context));
        if (string.IsNullOrEmpty(payload))
            return null;
        try
        {
            return JsonSerializer.Deserialize<SignInAttempt>(_protector.Unprotect(payload, out var expires))
                is { } attempt && expires > clock.GetUtcNow() ? attempt : null;
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

    // Lax, not Strict: the provider's redirect back is a top-level GET from another site, which
    // Lax still sends the cookie with. Only the callback path ever sees it.
    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = SingleSignOnOptions.CallbackPath,
        MaxAge = Lifetime,
        IsEssential = true,
    };
}
