using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace EditorialHub.Web.Auth.SingleSignOn;

/// <summary>
/// The provider's discovery document and signing keys, fetched once and cached by
/// Microsoft.IdentityModel's ConfigurationManager (which refreshes them daily and on request).
/// </summary>
internal sealed class ProviderMetadata
{
    public const string HttpClientName = "EditorialHub.SingleSignOn";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public ProviderMetadata(IOptions<SingleSignOnOptions> options, IHttpClientFactory httpClients)
    {
        var settings = options.Value;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            settings.MetadataAddress,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = settings.RequireHttpsMetadata });
    }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>The provider may have rotated its keys since we cached them: fetch again on next use.</summary>
    public void RequestRefresh() => _manager.RequestRefresh();
}
