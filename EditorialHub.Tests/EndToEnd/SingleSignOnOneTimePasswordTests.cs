using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// A newly issued account whose owner signs in only through the school's provider: they are not
/// asked for the one-time password they never saw; that password stops working instead.
/// </summary>
[Collection(SingleSignOnAppCollection.Name)]
public sealed class SingleSignOnOneTimePasswordTests(SingleSignOnAppFixture fixture)
{
    [Fact]
    public async Task SingleSignOn_UnchangedOneTimePassword_LandsHomeAndTheOneTimePasswordIsWithdrawn()
    {
        // The secretary issues the account with the e-mail the provider knows.
        var secretary = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(secretary, "thuky");
        await Journey.GotoLiveAsync(secretary, "/admin");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Cấp tài khoản" }).First.ClickAsync();
        var dialog = secretary.Locator(".rz-dialog");
        await dialog.Locator("input[name=fullName]").FillAsync("Trần Thị Mới");
        await dialog.Locator("input[name=userName]").FillAsync("gv.sso");
        await dialog.Locator("input[name=email]").FillAsync(SingleSignOnAppFixture.NewTeacher.Email);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cấp tài khoản" }).ClickAsync();
        var oneTime = (await secretary.Locator("[data-testid=issued-password]").InnerTextAsync()).Trim();
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Đã ghi lại, đóng" }).ClickAsync();
        // The account carries the e-mail typed (single sign-on finds her by it).
        await Expect(await Journey.FindPersonAsync(secretary, "gv.sso")).ToContainTextAsync(SingleSignOnAppFixture.NewTeacher.Email);

        // She signs in through the provider: straight to her home page, not to "Đổi mật khẩu".
        var teacher = await fixture.StartSignInAsync(SingleSignOnAppFixture.NewTeacher);
        await fixture.WaitForReturnAsync(teacher, url => !url.Contains("/Account/") && url.StartsWith(fixture.App.Address.ToString()));
        await Expect(teacher.Locator("h1")).ToHaveTextAsync("Xin chào, Trần Thị Mới");
        await Journey.WaitUntilLiveAsync(teacher);
        Assert.Contains("the unchanged one-time password of gv.sso was withdrawn", fixture.App.Output);

        // She has no password here; the change page lets her set one without an old one.
        await teacher.GotoAsync("/Account/ChangePassword");
        await Expect(teacher.Locator("[data-testid=set-password-intro]")).ToContainTextAsync("chưa có mật khẩu riêng");
        await Expect(teacher.Locator("#current")).ToHaveCountAsync(0);
        await teacher.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("sso-set-password") });
        await teacher.FillAsync("#new", "Moi2026sso");
        await teacher.FillAsync("#confirm", "Moi2026sso");
        await teacher.ClickAsync("button[type=submit]");
        await Expect(teacher.Locator("h1")).ToContainTextAsync("Xin chào, Trần Thị Mới");

        // The one-time password on the secretary's paper no longer opens the account; hers does.
        var other = await fixture.NewPageAsync();
        await Journey.SignInAsync(other, "gv.sso", oneTime);
        await Expect(other.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await Journey.SignInAsync(other, "gv.sso", "Moi2026sso");
        await other.WaitForURLAsync(url => !url.Contains("/Account/"));
        await Expect(other.Locator("h1")).ToContainTextAsync("Xin chào, Trần Thị Mới");

        // The record shows it.
        await Journey.GotoLiveAsync(secretary, "/admin");
        await secretary.GetByRole(AriaRole.Tab, new() { Name = "Nhật ký tài khoản" }).ClickAsync();
        await Expect(secretary.Locator(".rz-data-row").Filter(new() { HasText = "Hủy mật khẩu dùng một lần chưa đổi" }).First)
            .ToContainTextAsync("Trần Thị Mới");
    }

    [Fact]
    public async Task ChangePassword_PersonWithAPassword_StillMustGiveTheCurrentOne()
    {
        var page = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(page, "tt.toan");

        await page.GotoAsync("/Account/ChangePassword");

        await Expect(page.Locator("#current")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=set-password-intro]")).ToHaveCountAsync(0);
        await page.FillAsync("#new", "Khong2026doi");
        await page.FillAsync("#confirm", "Khong2026doi");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/ChangePassword"));
    }
}
