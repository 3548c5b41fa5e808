using Microsoft.Playwright;

namespace EditorialHub.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser).</summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException("Chromium is missing: run ./test.sh, or apt-get install chromium.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no network but loopback: stop Chromium from calling home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return (playwright, browser);
    }

    /// <summary>A fresh browser context (its own cookies) on the app, at a laptop's or a phone's size.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, AppServer app, int width = 1280, int height = 800)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = app.Address.ToString(),
            Locale = "vi-VN",
        });
        // Generous: CI runs several apps and browsers on two cores at once; a step that works takes
        // well under a second when the machine is idle.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Where tests leave their screenshots for a person to look at.</summary>
    public static string ScreenshotPath(string name)
    {
        var directory = Repository.PathOf("TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name + ".png");
    }
}
