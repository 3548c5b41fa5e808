using Microsoft.Playwright;

namespace EditorialHub.Tests.Support;

/// <summary>One app with the demo school and one browser, shared by the end-to-end tests of a collection.</summary>
public sealed class DemoAppFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public AppServer App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await AppServer.StartAsync(demo: true);
        (_playwright, Browser) = await Support.Browser.LaunchAsync();
    }

    /// <summary>A fresh browser context (its own cookies) at a laptop's or a phone's size.</summary>
    public Task<IPage> NewPageAsync(int width = 1280, int height = 800) =>
        Support.Browser.NewPageAsync(Browser, App, width, height);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DemoAppCollection : ICollectionFixture<DemoAppFixture>
{
    public const string Name = "Demo app in Chromium";
}
