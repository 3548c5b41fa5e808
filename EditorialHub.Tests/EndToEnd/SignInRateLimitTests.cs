using System.Net;
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

/// <summary>The limits per address and name, and who may say what the address is (ForwardedHeaders).</summary>
public sealed class SignInRateLimitHttpTests
{
    private static Dictionary<string, string> Limit(int perMinute, string? proxy = null)
    {
        var settings = new Dictionary<string, string> { ["Accounts__SignInAttemptsPerMinute"] = perMinute.ToString() };
        if (proxy is not null)
            settings["ForwardedHeaders__KnownProxies__0"] = proxy;
        return settings;
    }

    private static async Task<HttpStatusCode> TryAsync(AppServer app, string userName, string? forwardedFor = null)
    {
        using var session = new HttpSession(app, forwardedFor is null ? null : new Dictionary<string, string> { ["X-Forwarded-For"] = forwardedFor });
        return (await session.SignInAsync(userName, "Sai-mat-khau1")).StatusCode;
    }

    [Fact]
    public async Task SignIn_SpoofedForwardedFor_FromAnUnlistedAddress_DoesNotEscapeTheLimit()
    {
        await using var app = await AppServer.StartAsync(demo: false, Limit(3));

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
            answers.Add(await TryAsync(app, "gv.toan1", $"203.0.113.{attempt + 1}"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task SignIn_OneNameHammered_DoesNotStopAnotherNameFromTheSameAddress()
    {
        await using var app = await AppServer.StartAsync(demo: false, Limit(3));
        for (var attempt = 0; attempt < 3; attempt++)
            await TryAsync(app, "gv.toan1");
        Assert.Equal(HttpStatusCode.TooManyRequests, await TryAsync(app, "gv.toan1"));
        // The same name in other letter case is the same name.
        Assert.Equal(HttpStatusCode.TooManyRequests, await TryAsync(app, " GV.Toan1"));

        Assert.Equal(HttpStatusCode.OK, await TryAsync(app, "gv.van1"));
    }

    [Fact]
    public async Task SignIn_BehindAListedProxy_EachForwardedAddressHasItsOwnBudget()
    {
        await using var app = await AppServer.StartAsync(demo: false, Limit(3, proxy: "127.0.0.1"));
        for (var attempt = 0; attempt < 3; attempt++)
            await TryAsync(app, "gv.toan1", "203.0.113.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, await TryAsync(app, "gv.toan1", "203.0.113.7"));

        Assert.Equal(HttpStatusCode.OK, await TryAsync(app, "gv.toan1", "198.51.100.20"));
    }

    [Fact]
    public async Task ChangePassword_Attempts_AreLimitedLikeSignIn()
    {
        await using var app = await AppServer.StartAsync(demo: false, Limit(3));
        var password = System.Text.RegularExpressions.Regex.Match(app.Output, @"Mật khẩu dùng một lần: (\S+)").Groups[1].Value;
        using var session = new HttpSession(app);
        await session.SignInAsync("quantri", password);

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
            answers.Add((await session.ChangePasswordAsync("Doan-mat-khau" + attempt, "Quantri2026moi")).StatusCode);

        // The sign-in itself used one of the name's three tries this minute.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }
}
