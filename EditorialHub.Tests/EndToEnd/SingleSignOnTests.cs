using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// Single sign-on against a real OpenID provider (oidc-provider under node) on loopback: the whole
/// browser round trip, and the app's own validation refusing what it must.
/// </summary>
[Collection(SingleSignOnAppCollection.Name)]
public sealed class SingleSignOnTests(SingleSignOnAppFixture fixture)
{
    private const string TokenRejected =
        "Không xác minh được thông tin đăng nhập do nhà cung cấp tài khoản gửi về, nên EditorialHub không cho đăng nhập. Vui lòng thử lại; nếu vẫn lỗi, liên hệ thư ký Ban Biên tập.";

    private async Task ExpectRefusedAsync(IPage page, string message, string screenshot)
    {
        await fixture.WaitForReturnAsync(page, url => url.Contains("/Account/Login"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(message);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath(screenshot) });

        // Refused means not signed in.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task SingleSignOn_DemoAccountEmail_LandsSignedInOnHomeWithTheirName()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        // Both ways are offered at once.
        await Expect(page.Locator("#username")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("login-with-sso") });
        await page.Context.CloseAsync();

        page = await fixture.StartSignInAsync(SingleSignOnAppFixture.GiaoVienToan, OidcProvider.IdTokenMode.None);

        await fixture.WaitForReturnAsync(page, url => !url.Contains("/Account/") && url.StartsWith(fixture.App.Address.ToString()));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Xin chào, Hoàng Thị Lan Anh");
        Assert.Contains("Tin bài của tổ", await Journey.NavigationAsync(page));
        Assert.Contains("Single sign-on: gv.toan1 signed in", fixture.App.Output);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("home-after-sso") });

        // The same session cookie as a password sign-in: signing out ends it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Account/Login"));
    }

    [Fact]
    public async Task SingleSignOn_EmailInOtherCase_FindsTheAccountAndKeepsTheReturnAddress()
    {
        var page = await fixture.StartSignInAsync(SingleSignOnAppFixture.ToTruongToanUpperCase, OidcProvider.IdTokenMode.None, start: "/quotas");

        await fixture.WaitForReturnAsync(page, url => url.EndsWith("/quotas"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Chỉ tiêu tin bài");
    }

    [Fact]
    public async Task SingleSignOn_UnknownEmail_RefusedWithMessageAndNoAccountMade()
    {
        var page = await fixture.StartSignInAsync(SingleSignOnAppFixture.Stranger, OidcProvider.IdTokenMode.None);

        await ExpectRefusedAsync(page,
            "Tài khoản khach.moi@thpt-lequydon.edu.vn chưa được nhà trường cấp trên EditorialHub. Liên hệ thư ký Ban Biên tập.",
            "sso-unknown-email");
        Assert.Contains("Single sign-on refused (UnknownAccount)", fixture.App.Output);
    }

    [Theory]
    [InlineData(OidcProvider.IdTokenMode.WrongAudience, "WrongAudience")]
    [InlineData(OidcProvider.IdTokenMode.Expired, "Expired")]
    [InlineData(OidcProvider.IdTokenMode.BadSignature, "BadSignature")]
    public async Task SingleSignOn_BadIdToken_RefusedWithMessage(OidcProvider.IdTokenMode mode, string problem)
    {
        try
        {
            var page = await fixture.StartSignInAsync(SingleSignOnAppFixture.GiaoVienToan, mode);

            await ExpectRefusedAsync(page, TokenRejected, $"sso-refused-{problem}");
            // Refused for the reason under test, not for another one on the way.
            Assert.Contains($"ID token refused: {problem}", fixture.App.Output);
        }
        finally
        {
            await fixture.Provider.IssueIdTokensAsync(OidcProvider.IdTokenMode.None);
        }
    }

    [Fact]
    public async Task Callback_WithoutASignInAttempt_Refused()
    {
        var page = await fixture.NewPageAsync();

        // A forged return from "the provider": no state cookie of ours, so nothing is redeemed.
        await page.GotoAsync("/signin-oidc?code=forged&state=forged");

        await ExpectRefusedAsync(page, "Phiên đăng nhập một lần đã hết hạn hoặc không hợp lệ. Vui lòng bấm lại nút đăng nhập.", "sso-forged-callback");
    }
}
