using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace EditorialHub.Web.Auth.SingleSignOn;

public enum IdTokenProblem
{
    None,
    Malformed,
    BadSignature,
    WrongIssuer,
    WrongAudience,
    Expired,
    WrongNonce,
    NoEmail,
    EmailNotVerified,
}

/// <summary>What a valid ID token says about the person, or why it was refused.</summary>
public sealed record IdTokenValidation(IdTokenProblem Problem, string? Email, string? Detail)
{
    public bool IsValid => Problem == IdTokenProblem.None;

    public static IdTokenValidation Valid(string email) => new(IdTokenProblem.None, email, null);

    public static IdTokenValidation Refused(IdTokenProblem problem, string? detail = null) => new(problem, null, detail);
}

/// <summary>
/// Checks an ID token as OpenID Connect Core 3.1.3.7 asks: signed by one of the provider's keys,
/// issued by the provider, for this client, not expired, and carrying the nonce this sign-in
/// attempt sent. Only then is its e-mail believed.
/// </summary>
public sealed class IdTokenValidator
{
    // Clocks of a school server and a provider drift a little; not more than this.
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<IdTokenValidation> ValidateAsync(
        string idToken, OpenIdConnectConfiguration provider, string clientId, string expectedNonce)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = provider.Issuer,
            ValidAudience = clientId,
            IssuerSigningKeys = provider.SigningKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            // A key named in the token's header must be one of the provider's; never fall back to
            // trying a key that merely happens to verify.
            TryAllIssuerSigningKeys = false,
            // The library's own lifetime check against the system clock (its TimeProvider hook is not public).
            ClockSkew = ClockSkew,
        };

        var result = await _handler.ValidateTokenAsync(idToken, parameters);
        if (!result.IsValid)
            return IdTokenValidation.Refused(ProblemOf(result.Exception), result.Exception?.Message);

        var token = (JsonWebToken)result.SecurityToken;

        // With several audiences the token must also name us as the party it was issued to (3.1.3.7 item 4-5).
        if (token.Audiences.Count() > 1 && !(token.TryGetPayloadValue<string>("azp", out var azp) && azp == clientId))
            return IdTokenValidation.Refused(IdTokenProblem.WrongAudience, "several audiences and azp is not this client");

        if (!token.TryGetPayloadValue<string>("nonce", out var nonce) || !SameText(nonce, expectedNonce))
            return IdTokenValidation.Refused(IdTokenProblem.WrongNonce);

        if (!token.TryGetPayloadValue<string>("email", out var email) || string.IsNullOrWhiteSpace(email))
            return IdTokenValidation.Refused(IdTokenProblem.NoEmail);

        // A provider that says it has not verified the address does not vouch for it.
        if (token.TryGetClaim("email_verified", out var verified)
            && !string.Equals(verified.Value, "true", StringComparison.OrdinalIgnoreCase))
            return IdTokenValidation.Refused(IdTokenProblem.EmailNotVerified, email);

        return IdTokenValidation.Valid(email.Trim());
    }

    private static IdTokenProblem ProblemOf(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => IdTokenProblem.Expired,
        SecurityTokenNoExpirationException => IdTokenProblem.Expired,
        SecurityTokenNotYetValidException => IdTokenProblem.Expired,
        SecurityTokenInvalidLifetimeException => IdTokenProblem.Expired,
        SecurityTokenInvalidAudienceException => IdTokenProblem.WrongAudience,
        SecurityTokenInvalidIssuerException => IdTokenProblem.WrongIssuer,
        SecurityTokenSignatureKeyNotFoundException => IdTokenProblem.BadSignature,
        SecurityTokenInvalidSignatureException => IdTokenProblem.BadSignature,
        SecurityTokenInvalidAlgorithmException => IdTokenProblem.BadSignature,
        _ => IdTokenProblem.Malformed,
    };

    // Claims are compared in constant time so that a guessed nonce learns nothing from timing.
    private static bool SameText(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
