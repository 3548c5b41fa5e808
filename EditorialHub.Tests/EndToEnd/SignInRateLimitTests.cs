using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task SignIn_TooManyAttemptsFromOneAddress_AreTurnedAwayWithAMessage()
    {
        await using var app = await AppServer.StartAsync(demo: true, new Dictionary<string, string> { ["Accounts__SignInAttemptsPerMinute"] = "3" });
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, app);

        for (var attempt = 0; attempt < 3; attempt++)
            await Journey.SignInAsync(page, "gv.toan1", "sai-mat-khau");
        await Journey.SignInAsync(page, "gv.toan1");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Quá nhiều lần đăng nhập");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("login-rate-limited") });
    }
}
