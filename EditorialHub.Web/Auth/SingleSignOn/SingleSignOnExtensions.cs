using Microsoft.Extensions.Options;

namespace EditorialHub.Web.Auth.SingleSignOn;

public static class SingleSignOnExtensions
{
    /// <summary>OpenID Connect sign-in beside the password, when <c>Authentication:OpenIdConnect:Enabled</c> says so.</summary>
    public static IServiceCollection AddEditorialSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SingleSignOnOptions>(configuration.GetSection(SingleSignOnOptions.Section));
        services.AddDataProtection();
        services.AddSingleton<SingleSignOnNotice>();
        services.AddSingleton<SignInAttemptCookie>();
        services.AddSingleton<IdTokenValidator>();
        services.AddSingleton<ProviderMetadata>();
        services.AddScoped<TokenClient>();
        services.AddScoped<SingleSignOnFlow>();
        services.AddHttpClient(ProviderMetadata.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }

    public static void MapSingleSignOnEndpoints(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<SingleSignOnOptions>>().Value;
        if (!settings.Enabled)
            return;
        // Half a configuration would show a button that cannot work: refuse to start instead.
        var problems = settings.Problems().ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException(
                $"{SingleSignOnOptions.Section} is enabled but incomplete: {string.Join("; ", problems)}.");

        app.MapGet("/Account/SingleSignOn", async (HttpContext context, SingleSignOnFlow flow, string? returnUrl) =>
            TypedResults.Redirect(await flow.StartAsync(context, returnUrl))).AllowAnonymous();

        app.MapGet(SingleSignOnOptions.CallbackPath, async (HttpContext context, SingleSignOnFlow flow) =>
            TypedResults.Redirect(await flow.CompleteAsync(context))).AllowAnonymous();
    }
}
