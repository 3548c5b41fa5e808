using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using Radzen;

namespace EditorialHub.Tests.Support;

/// <summary>
/// The markup a component renders, through the framework's HtmlRenderer (no browser): what it shows
/// in Vietnamese (entities decoded), with the app's words (UiText.resx) and Radzen's components.
/// </summary>
internal static class ComponentMarkup
{
    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters, TimeProvider? clock = null)
        where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        services.AddRadzenComponents();
        services.AddSingleton(clock ?? FixedClock.At(2026, 11, 21));
        services.AddSingleton<NavigationManager, StaticNavigation>();
        services.AddSingleton<IJSRuntime, NoScripts>();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // The neutral resources are the Vietnamese ones.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            // Decoded: the renderer writes every letter outside ASCII as an entity (ệ as &#x1EC7;).
            return WebUtility.HtmlDecode(output.ToHtmlString());
        });
    }

    private sealed class StaticNavigation : NavigationManager
    {
        public StaticNavigation() => Initialize("http://127.0.0.1/", "http://127.0.0.1/");
    }

    /// <summary>Static rendering runs no script; a component that asks for one gets nothing.</summary>
    private sealed class NoScripts : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult<TValue>(default!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            ValueTask.FromResult<TValue>(default!);
    }
}
