using System.Globalization;
using EditorialHub.Core.Data;
using EditorialHub.Web.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Localization;
using Radzen;

namespace EditorialHub.Web.Hosting;

public static class WebHostingExtensions
{
    /// <summary>Vietnamese first; English for those who choose it (per person, kept in a cookie).</summary>
    public static readonly CultureInfo[] SupportedCultures = [new("vi-VN"), new("en-GB")];

    public static IServiceCollection AddEditorialWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Presence follows each tab's connection (a closed tab stops showing as "đang xem" at once).
        services.AddScoped<Components.Items.PresenceConnection>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(
            provider => provider.GetRequiredService<Components.Items.PresenceConnection>());
        services.AddRadzenComponents();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            // Only the person's own choice counts: a browser set to English must not switch a
            // Vietnamese school's app by itself.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app, bool demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demo, Console.Out);
    }

    public static WebApplication UseEditorialPipeline(this WebApplication app)
    {
        app.UseEditorialForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders();
        // 403 and 404 are answered with a page of their own (Components/Errors/StatusPage.razor).
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        // After authentication: the change-password form is limited by the signed-in name.
        app.UseSignInRateLimit();
        app.UseAuthorization();
        app.UseMustChangePassword();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapEditorialEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapBlazorClientScript();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapAttachmentEndpoints();
        app.MapItemExportEndpoints();
        app.MapReportEndpoints();
        app.MapQuotaEndpoints();
        return app;
    }

    /// <summary>Prints where to open the app, once it listens.</summary>
    public static void PrintAddresses(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
            Console.WriteLine($"EditorialHub đang chạy. Mở trình duyệt tại: {address}");
    }
}
