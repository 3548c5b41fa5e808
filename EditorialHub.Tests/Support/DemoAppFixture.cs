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

    // More than any one journey opens at once (the seven-person journey opens seven).
    private const int OpenPagesKept = 12;
    private readonly Queue<IPage> _open = new();

    /// <summary>
    /// A fresh browser context (its own cookies) at a laptop's or a phone's size. The oldest pages of
    /// earlier journeys are closed as new ones open: left open, every one of them is a live circuit
    /// the app refreshes on each change, and the run slows as it goes.
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        while (_open.Count >= OpenPagesKept)
            await _open.Dequeue().Context.CloseAsync();
        var page = await Support.Browser.NewPageAsync(Browser, App, width, height);
        _open.Enqueue(page);
        return page;
    }

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
