using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

[Collection(DemoAppCollection.Name)]
public sealed class AccountsTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task IssueAccount_SecretaryHandsOutOneTimePassword_NewTeacherMustChangeItFirst()
    {
        var secretary = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(secretary, "thuky");
        await Journey.GotoLiveAsync(secretary, "/admin");
        await Expect(secretary.Locator("h1")).ToHaveTextAsync("Quản trị");

        await secretary.GetByRole(AriaRole.Button, new() { Name = "Cấp tài khoản" }).First.ClickAsync();
        var dialog = secretary.Locator(".rz-dialog");
        await dialog.Locator("input[name=fullName]").FillAsync("Nguyễn Thị Thu Thảo");
        await dialog.Locator("input[name=userName]").FillAsync("gv.toan1");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cấp tài khoản" }).ClickAsync();
        // A taken name is refused in words; what was typed stays.
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("đã có người dùng");
        await Expect(dialog.Locator("input[name=fullName]")).ToHaveValueAsync("Nguyễn Thị Thu Thảo");
        await secretary.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("admin-issue-taken") });

        await dialog.Locator("input[name=userName]").FillAsync("gv.toan8");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cấp tài khoản" }).ClickAsync();
        var password = (await secretary.Locator("[data-testid=issued-password]").InnerTextAsync()).Trim();
        Assert.True(password.Length >= 12);
        await secretary.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("admin-one-time-password") });
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Đã ghi lại, đóng" }).ClickAsync();

        var teacher = await fixture.NewPageAsync(width: 390, height: 844);
        await Journey.SignInAsync(teacher, "gv.toan8", password);
        await teacher.WaitForURLAsync(url => url.Contains("/Account/ChangePassword"));
        await teacher.FillAsync("#current", password);
        await teacher.FillAsync("#new", "Thao2026toan");
        await teacher.FillAsync("#confirm", "Thao2026toan");
        await teacher.ClickAsync("button[type=submit]");
        await Expect(teacher.Locator("h1")).ToContainTextAsync("Xin chào, Nguyễn Thị Thu Thảo");

        // The secretary's record shows the issue and the first sign-in.
        await secretary.GetByRole(AriaRole.Tab, new() { Name = "Nhật ký tài khoản" }).ClickAsync();
        await Expect(secretary.Locator(".rz-data-row").Filter(new() { HasText = "Được cấp tài khoản" }).First).ToContainTextAsync("Nguyễn Thị Thu Thảo");
        await Expect(secretary.Locator(".rz-data-row").Filter(new() { HasText = "Đổi mật khẩu" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Lockout_FiveWrongPasswords_SlowTheNameDownUntilTheSecretaryUnlocks()
    {
        // The secretary has the list open first: the wait lasts only 15 seconds.
        var secretary = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(secretary, "thuky");
        await Journey.GotoLiveAsync(secretary, "/admin");

        var page = await fixture.NewPageAsync();
        for (var attempt = 0; attempt < 5; attempt++)
            await Journey.SignInAsync(page, "gv.hoa1", "sai-mat-khau");
        // Even the right password waits: what is slowed down is the name, not a guess.
        await Journey.SignInAsync(page, "gv.hoa1");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(new Regex(@"Vui lòng đợi 1[0-5] giây rồi thử lại\."));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("login-locked-out") });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("login-locked-out-phone") });

        var row = await Journey.FindPersonAsync(secretary, "gv.hoa1");
        await Expect(row).ToContainTextAsync("Phải đợi đến");
        await secretary.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("admin-person-waiting") });
        await row.GetByRole(AriaRole.Button, new() { Name = "Mở khóa" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Đang hoạt động");

        await Journey.SignInToHomeAsync(page, "gv.hoa1");
    }

    [Fact]
    public async Task Deactivate_Teacher_IsSignedOutEverywhereAndCannotSignInAnyMore()
    {
        var signedIn = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(signedIn, "gv.dia2");
        var secretary = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(secretary, "thuky");
        await Journey.GotoLiveAsync(secretary, "/admin");
        var row = await Journey.FindPersonAsync(secretary, "gv.dia2");

        await row.GetByRole(AriaRole.Button, new() { Name = "Ngừng hoạt động" }).ClickAsync();
        await secretary.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Ngừng hoạt động" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Đã ngừng hoạt động");

        // The session already open elsewhere ends: the next page sends them to sign in.
        await signedIn.GotoAsync("/quotas");
        await Expect(signedIn).ToHaveURLAsync(new Regex("/Account/Login"));

        var teacher = await fixture.NewPageAsync();
        await Journey.SignInAsync(teacher, "gv.dia2");
        await Expect(teacher.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.GotoAsync("/Account/Login");

        var headers = await response!.AllHeadersAsync();
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.Contains("script-src 'self'", headers["content-security-policy"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("same-origin", headers["referrer-policy"]);
        Assert.Contains("HttpOnly", string.Join(";", (await page.Context.CookiesAsync()).Select(c => c.HttpOnly ? "HttpOnly" : "")));
    }
}
