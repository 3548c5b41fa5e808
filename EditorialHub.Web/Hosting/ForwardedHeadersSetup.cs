using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace EditorialHub.Web.Hosting;

public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies the school lists
    /// (ForwardedHeaders:KnownProxies, addresses; ForwardedHeaders:KnownNetworks, "10.0.0.0/8"); none
    /// by default, so a client cannot pick its own address to escape the sign-in limits.
    /// </summary>
    public static IServiceCollection AddEditorialForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        var knownProxies = proxies.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => IPAddress.TryParse(p.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies: \"{p}\" is not an IP address.")).ToList();
        var knownNetworks = networks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks: \"{n}\" is not a network such as 10.0.0.0/8.")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what the settings list.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in knownProxies)
                options.KnownProxies.Add(proxy);
            foreach (var network in knownNetworks)
                options.KnownIPNetworks.Add(network);
        });
        return services;
    }
}

public static class ForwardedHeadersPipeline
{
    /// <summary>
    /// Applies forwarded headers only when a proxy is listed: with both lists empty the framework's
    /// middleware would believe the header from anyone.
    /// </summary>
    public static WebApplication UseEditorialForwardedHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
            app.UseForwardedHeaders();
        return app;
    }
}
