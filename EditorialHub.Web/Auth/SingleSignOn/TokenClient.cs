using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EditorialHub.Web.Auth.SingleSignOn;

/// <summary>Redeems an authorization code at the provider's token endpoint for the ID token.</summary>
internal sealed class TokenClient(IHttpClientFactory httpClients, IOptions<SingleSignOnOptions> options, ILogger<TokenClient> logger)
{
    /// <returns>The ID token, or null when the provider refused the code.</returns>
    public async Task<string?> RedeemCodeAsync(
        string tokenEndpoint, string code, string redirectUri, string codeVerifier, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = redirectUri,
                ["code_verifier"] = codeVerifier,
            }),
        };
        // client_secret_basic, the method every provider must support (OIDC Core 9); RFC 6749
        // 2.3.1 wants id and secret form-encoded before they are joined.
        var credentials = Uri.EscapeDataString(settings.ClientId) + ":" + Uri.EscapeDataString(settings.ClientSecret);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await httpClients.CreateClient(ProviderMetadata.HttpClientName).SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Single sign-on: the token endpoint answered {Status}: {Body}", (int)response.StatusCode, Truncate(body));
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("id_token", out var idToken) && idToken.ValueKind == JsonValueKind.String)
                return idToken.GetString();
        }
        catch (JsonException) { }
        // Not the body: a successful response may carry an access token, which has no place in a log.
        logger.LogWarning("Single sign-on: the token response holds no ID token.");
        return null;
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
