using System.Security.Cryptography;
using System.Text;
using EditorialHub.Core.Accounts;
using EditorialHub.Core.Board;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace EditorialHub.Web.Auth.SingleSignOn;

/// <summary>
/// The authorization code flow with PKCE, in two steps: send the person to the provider, then take
/// them back, check everything the provider says, and sign in the school's own account for their
/// e-mail. Nobody gets an account here that the school has not issued.
/// </summary>
internal sealed class SingleSignOnFlow(
    IOptions<SingleSignOnOptions> options,
    ProviderMetadata metadata,
    SignInAttemptCookie attempts,
    TokenClient tokens,
    IdTokenValidator validator,
    SingleSignOnNotice notice,
    UserManager<Person> users,
    SignInManager<Person> signIn,
    SecurityLog log,
    ILogger<SingleSignOnFlow> logger)
{
    public const string AuthenticationMethod = "oidc";

    /// <returns>The provider's authorization address to send the browser to.</returns>
    public async Task<string> StartAsync(HttpContext context, string? returnUrl)
    {
        var settings = options.Value;
        OpenIdConnectConfiguration provider;
        try
        {
            provider = await metadata.GetAsync(context.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or IOException)
        {
            logger.LogError(exception, "Single sign-on: the provider's discovery document at {Address} could not be read.", settings.MetadataAddress);
            return notice.LoginUrl(SingleSignOnRefusal.ProviderUnavailable, null, LocalUrl.OrHome(returnUrl));
        }

        var attempt = SignInAttempt.Start(returnUrl ?? "/");
        attempts.Write(context, attempt);
        return QueryHelpers.AddQueryString(provider.AuthorizationEndpoint, new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = settings.ClientId,
            ["redirect_uri"] = RedirectUri(context),
            ["scope"] = settings.Scopes,
            ["state"] = attempt.State,
            ["nonce"] = attempt.Nonce,
            ["code_challenge"] = attempt.CodeChallenge,
            ["code_challenge_method"] = "S256",
        });
    }

    /// <returns>Where to send the browser: the return address once signed in, else the sign-in page with the reason.</returns>
    public async Task<string> CompleteAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var attempt = attempts.Take(context);
        if (attempt is null || !SameText(query["state"].ToString(), attempt.State))
            return Refuse(SingleSignOnRefusal.AttemptExpired, null, "/", "no sign-in attempt matches the state");
        var returnUrl = attempt.ReturnUrl;

        if (!string.IsNullOrEmpty(query["error"]))
            return Refuse(SingleSignOnRefusal.ProviderRefused, null, returnUrl, $"the provider answered {query["error"]}: {query["error_description"]}");

        OpenIdConnectConfiguration provider;
        try
        {
            provider = await metadata.GetAsync(context.RequestAborted);
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or IOException)
        {
            logger.LogError(exception, "Single sign-on: the provider's discovery document could not be read.");
            return notice.LoginUrl(SingleSignOnRefusal.ProviderUnavailable, null, returnUrl);
        }

        // RFC 9207: a provider that names itself in the response must be the one we asked.
        var iss = query["iss"].ToString();
        if (iss.Length > 0 && iss != provider.Issuer)
            return Refuse(SingleSignOnRefusal.TokenRejected, null, returnUrl, $"the response came from issuer {iss}");

        var code = query["code"].ToString();
        if (code.Length == 0)
            return Refuse(SingleSignOnRefusal.TokenRejected, null, returnUrl, "the response holds no code");

        string? idToken;
        try
        {
            idToken = await tokens.RedeemCodeAsync(provider.TokenEndpoint, code, RedirectUri(context), attempt.CodeVerifier, context.RequestAborted);
        }
        catch (HttpRequestException exception)
        {
            logger.LogError(exception, "Single sign-on: the token endpoint could not be reached.");
            return notice.LoginUrl(SingleSignOnRefusal.ProviderUnavailable, null, returnUrl);
        }
        if (idToken is null)
            return Refuse(SingleSignOnRefusal.TokenRejected, null, returnUrl, "the code was not redeemed");

        var validation = await validator.ValidateAsync(idToken, provider, options.Value.ClientId, attempt.Nonce);
        if (validation.Problem == IdTokenProblem.BadSignature)
        {
            // Perhaps the provider rotated its keys since we cached them: look once more.
            metadata.RequestRefresh();
            validation = await validator.ValidateAsync(idToken, await metadata.GetAsync(context.RequestAborted), options.Value.ClientId, attempt.Nonce);
        }
        if (!validation.IsValid)
        {
            var refusal = validation.Problem == IdTokenProblem.NoEmail ? SingleSignOnRefusal.NoEmail : SingleSignOnRefusal.TokenRejected;
            return Refuse(refusal, null, returnUrl, $"ID token refused: {validation.Problem} {validation.Detail}");
        }

        return await SignInAsync(context, validation.Email!, returnUrl);
    }

    private async Task<string> SignInAsync(HttpContext context, string email, string returnUrl)
    {
        Person? person;
        try
        {
            person = await users.FindByEmailAsync(email);
        }
        catch (InvalidOperationException)
        {
            // Identity's store finds one person per e-mail; e-mails are not required to be unique here.
            return Refuse(SingleSignOnRefusal.AmbiguousAccount, email, returnUrl, "several accounts share the e-mail");
        }
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (person is null)
        {
            await log.RecordAsync(SecurityEventKind.SignInFailed, null, email, address, detail: "single sign-on: no account has the e-mail");
            return Refuse(SingleSignOnRefusal.UnknownAccount, email, returnUrl, "no account has the e-mail");
        }
        // The same checks a password sign-in passes: active (EditorialSignInManager) and not locked out.
        if (!await signIn.CanSignInAsync(person))
        {
            await log.RecordAsync(SecurityEventKind.SignInRefused, person.Id, email, address, detail: "single sign-on");
            return Refuse(SingleSignOnRefusal.InactiveAccount, email, returnUrl, "the account is not active");
        }
        if (await users.IsLockedOutAsync(person))
        {
            await log.RecordAsync(SecurityEventKind.SignInRefused, person.Id, email, address, detail: "single sign-on: locked out");
            return Refuse(SingleSignOnRefusal.LockedOut, email, returnUrl, "the account is locked out");
        }

        if (person.MustChangePassword)
            await WithdrawOneTimePasswordAsync(person, address);

        await signIn.SignInAsync(person, isPersistent: false, AuthenticationMethod);
        await log.RecordAsync(SecurityEventKind.SignedIn, person.Id, person.UserName, address, detail: "single sign-on");
        CultureCookie.Write(context, CultureCookie.For(person));
        logger.LogInformation("Single sign-on: {UserName} signed in as {Email}.", person.UserName, email);
        return returnUrl;
    }

    /// <summary>
    /// A person holding an issued or reset password they never changed signs in through the provider,
    /// which has just proved who they are. Asking them for that password (which someone else may have
    /// handed out or never handed over) would lock them out for nothing, and merely lifting the demand
    /// would leave a one-time password working for good. So the one-time password is withdrawn: the
    /// account then has no password of its own, signs in through the provider, and may set a password
    /// on "Đổi mật khẩu" while signed in (no old one to ask for) or get one from the secretary.
    /// </summary>
    private async Task WithdrawOneTimePasswordAsync(Person person, string? address)
    {
        var removed = await users.RemovePasswordAsync(person);
        if (!removed.Succeeded)
            throw new InvalidOperationException(string.Join("; ", removed.Errors.Select(e => e.Description)));
        person.MustChangePassword = false;
        await users.UpdateAsync(person);
        await log.RecordAsync(SecurityEventKind.OneTimePasswordWithdrawn, person.Id, person.UserName, address, detail: "single sign-on");
        logger.LogInformation("Single sign-on: the unchanged one-time password of {UserName} was withdrawn.", person.UserName);
    }

    private string Refuse(SingleSignOnRefusal refusal, string? email, string returnUrl, string why)
    {
        logger.LogWarning("Single sign-on refused ({Refusal}): {Why}.", refusal, why);
        return notice.LoginUrl(refusal, email, returnUrl);
    }

    // Built from the request, as the provider must have it registered; behind a reverse proxy the
    // forwarded headers must be applied first so that scheme and host are the public ones.
    private static string RedirectUri(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{SingleSignOnOptions.CallbackPath}";

    private static bool SameText(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
