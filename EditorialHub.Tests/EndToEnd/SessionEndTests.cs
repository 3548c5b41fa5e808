using System.Net;
using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>A sign-in lives on the server: ending it there makes every copy of its cookie worthless.</summary>
public sealed class SessionEndTests
{
    // The page a signed-in person (even one who must still change their password) gets with 200.
    private const string SignedInPage = "/Account/ChangePassword";

    // The school's default revalidation (a minute), not the journeys' zero: ending a session must
    // not wait for the security stamp check.
    private static Task<AppServer> StartAsync() =>
        AppServer.StartAsync(demo: false, new Dictionary<string, string> { ["Accounts__SessionRevalidationSeconds"] = "60" });

    private static string OneTimePassword(AppServer app) => Regex.Match(app.Output, @"Mật khẩu dùng một lần: (\S+)").Groups[1].Value;

    [Fact]
    public async Task SignOut_CookieCopiedBefore_IsRefusedAfterwards()
    {
        await using var app = await StartAsync();
        using var session = new HttpSession(app);
        var signedIn = await session.SignInAsync("quantri", OneTimePassword(app));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var copied = session.AuthCookieValue!;
        Assert.Equal(HttpStatusCode.OK, (await HttpSession.ReplayAsync(app, copied, SignedInPage)).StatusCode);

        var signedOut = await session.SignOutAsync();
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var replayed = await HttpSession.ReplayAsync(app, copied, SignedInPage);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/Account/Login", replayed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ChangePassword_FromAnotherSession_EndsTheOthersButKeepsThisOne()
    {
        await using var app = await StartAsync();
        using var elsewhere = new HttpSession(app);
        await elsewhere.SignInAsync("quantri", OneTimePassword(app));
        var copied = elsewhere.AuthCookieValue!;
        Assert.Equal(HttpStatusCode.OK, (await HttpSession.ReplayAsync(app, copied, SignedInPage)).StatusCode);
        using var here = new HttpSession(app);
        await here.SignInAsync("quantri", OneTimePassword(app));

        var changed = await here.ChangePasswordAsync(OneTimePassword(app), "Quantri2026moi");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("passwordChanged=1", changed.Headers.Location!.OriginalString);

        var replayed = await HttpSession.ReplayAsync(app, copied, SignedInPage);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/Account/Login", replayed.Headers.Location!.OriginalString);
        // The session that changed the password goes on.
        Assert.Equal(HttpStatusCode.OK, (await HttpSession.ReplayAsync(app, here.AuthCookieValue!, "/")).StatusCode);
    }
}
