using System.Security.Claims;
using System.Security.Cryptography;
using EditorialHub.Web.Auth.SingleSignOn;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
// The library has a delegate of the same name; this is ours.
using IdTokenValidator = EditorialHub.Web.Auth.SingleSignOn.IdTokenValidator;

namespace EditorialHub.Tests.Web.SingleSignOn;

/// <summary>The ID token checks of OpenID Connect Core 3.1.3.7, on tokens signed here with an RSA key.</summary>
public sealed class IdTokenValidatorTests : IDisposable
{
    private const string Issuer = "https://accounts.example.test";
    private const string ClientId = "editorialhub";
    private const string Nonce = "nonce-of-this-attempt";
    private const string Email = "gv.toan1@thpt-lequydon.edu.vn";

    private readonly RSA _providerRsa = RSA.Create(2048);
    private readonly RSA _otherRsa = RSA.Create(2048);
    private readonly RsaSecurityKey _providerKey;
    private readonly OpenIdConnectConfiguration _provider;
    private readonly IdTokenValidator _validator = new();

    public IdTokenValidatorTests()
    {
        _providerKey = new RsaSecurityKey(_providerRsa) { KeyId = "provider-key" };
        _provider = new OpenIdConnectConfiguration { Issuer = Issuer };
        _provider.SigningKeys.Add(_providerKey);
    }

    private string Token(
        string issuer = Issuer, string audience = ClientId, string? nonce = Nonce, string? email = Email,
        DateTime? expires = null, SecurityKey? key = null, bool? emailVerified = true)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = "248289761001" };
        if (nonce is not null) claims["nonce"] = nonce;
        if (email is not null) claims["email"] = email;
        if (emailVerified is not null) claims["email_verified"] = emailVerified.Value;
        var expiry = expires ?? now.AddMinutes(5);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-10),
            NotBefore = expiry.AddMinutes(-10),
            Expires = expiry,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? _providerKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private Task<IdTokenValidation> ValidateAsync(string token, string nonce = Nonce) =>
        _validator.ValidateAsync(token, _provider, ClientId, nonce);

    [Fact]
    public async Task Validate_GoodToken_GivesTheEmail()
    {
        var result = await ValidateAsync(Token());

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(Email, result.Email);
    }

    [Fact]
    public async Task Validate_WrongIssuer_Refused()
    {
        var result = await ValidateAsync(Token(issuer: "https://evil.example.test"));

        Assert.Equal(IdTokenProblem.WrongIssuer, result.Problem);
        Assert.Null(result.Email);
    }

    [Fact]
    public async Task Validate_WrongAudience_Refused()
    {
        var result = await ValidateAsync(Token(audience: "another-client"));

        Assert.Equal(IdTokenProblem.WrongAudience, result.Problem);
    }

    [Fact]
    public async Task Validate_Expired_Refused()
    {
        var result = await ValidateAsync(Token(expires: DateTime.UtcNow.AddHours(-1)));

        Assert.Equal(IdTokenProblem.Expired, result.Problem);
    }

    [Fact]
    public async Task Validate_ExpiredWithinClockSkew_Accepted()
    {
        // A provider's clock a minute ahead of the school's must not lock people out.
        var result = await ValidateAsync(Token(expires: DateTime.UtcNow.AddMinutes(-1)));

        Assert.True(result.IsValid, result.Detail);
    }

    [Fact]
    public async Task Validate_WrongNonce_Refused()
    {
        var result = await ValidateAsync(Token(nonce: "nonce-of-another-attempt"));

        Assert.Equal(IdTokenProblem.WrongNonce, result.Problem);
    }

    [Fact]
    public async Task Validate_NoNonce_Refused()
    {
        var result = await ValidateAsync(Token(nonce: null));

        Assert.Equal(IdTokenProblem.WrongNonce, result.Problem);
    }

    [Fact]
    public async Task Validate_SignedByAnotherKeyWithTheProvidersKeyId_Refused()
    {
        var impostor = new RsaSecurityKey(_otherRsa) { KeyId = "provider-key" };

        var result = await ValidateAsync(Token(key: impostor));

        Assert.Equal(IdTokenProblem.BadSignature, result.Problem);
    }

    [Fact]
    public async Task Validate_SignedByAnUnknownKey_Refused()
    {
        var result = await ValidateAsync(Token(key: new RsaSecurityKey(_otherRsa) { KeyId = "unknown-key" }));

        Assert.Equal(IdTokenProblem.BadSignature, result.Problem);
    }

    [Fact]
    public async Task Validate_PayloadChangedAfterSigning_Refused()
    {
        var parts = Token().Split('.');
        var forged = Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace(Email, "truongban@thpt-lequydon.edu.vn"));

        var result = await ValidateAsync($"{parts[0]}.{forged}.{parts[2]}");

        Assert.Equal(IdTokenProblem.BadSignature, result.Problem);
    }

    [Fact]
    public async Task Validate_UnsignedToken_Refused()
    {
        var unsigned = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Subject = new ClaimsIdentity([new Claim("email", Email), new Claim("nonce", Nonce)]),
        });

        var result = await ValidateAsync(unsigned);

        Assert.False(result.IsValid);
        Assert.Null(result.Email);
    }

    [Fact]
    public async Task Validate_NoEmail_Refused()
    {
        var result = await ValidateAsync(Token(email: null));

        Assert.Equal(IdTokenProblem.NoEmail, result.Problem);
    }

    [Fact]
    public async Task Validate_EmailTheProviderHasNotVerified_Refused()
    {
        var result = await ValidateAsync(Token(emailVerified: false));

        Assert.Equal(IdTokenProblem.EmailNotVerified, result.Problem);
    }

    [Fact]
    public async Task Validate_Garbage_RefusedAsMalformed()
    {
        var result = await ValidateAsync("not-a-token");

        Assert.Equal(IdTokenProblem.Malformed, result.Problem);
    }

    public void Dispose()
    {
        _providerRsa.Dispose();
        _otherRsa.Dispose();
    }
}
