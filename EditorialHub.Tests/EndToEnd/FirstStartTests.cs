using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>A school installs EditorialHub without the demo: the secretary's first sign-in.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task FirstStart_EmptyDatabase_PrintsOneTimePasswordThatMustBeChanged()
    {
        await using var app = await AppServer.StartAsync(demo: false);
        var match = Regex.Match(app.Output, @"Mật khẩu dùng một lần: (\S+)");
        Assert.True(match.Success, "The one-time password was not printed:\n" + app.Output);
        var oneTimePassword = match.Groups[1].Value;

        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.NewPageAsync(browser, app);

        await Journey.SignInAsync(page, "quantri", oneTimePassword);

        // Nothing else works before the password is changed.
        await page.WaitForURLAsync(url => url.Contains("/Account/ChangePassword"));
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/ChangePassword"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Đổi mật khẩu");

        // A weak password is refused with the rule, in Vietnamese.
        await page.FillAsync("#current", oneTimePassword);
        await page.FillAsync("#new", "ngan");
        await page.FillAsync("#confirm", "ngan");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Mật khẩu phải có ít nhất 8 ký tự.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("change-password-weak") });

        await page.FillAsync("#current", oneTimePassword);
        await page.FillAsync("#new", "ThuKy2026moi");
        await page.FillAsync("#confirm", "ThuKy2026moi");
        await page.ClickAsync("button[type=submit]");

        await Expect(page.Locator("h1")).ToContainTextAsync("Xin chào");
        await Expect(page.GetByText("Đã đổi mật khẩu.")).ToBeVisibleAsync();
        Assert.Contains("Quản trị", await Journey.NavigationAsync(page));
        await page.GotoAsync("/admin");
        await Expect(page.Locator("h1")).ToContainTextAsync("Quản trị");

        // The one-time password no longer opens the account.
        var fresh = await Browser.NewPageAsync(browser, app);
        await Journey.SignInAsync(fresh, "quantri", oneTimePassword);
        await Expect(fresh.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
}
