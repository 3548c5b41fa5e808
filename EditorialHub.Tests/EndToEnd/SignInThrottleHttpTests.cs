using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Xunit.Abstractions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// Through the real sign-in endpoint, a name that has an account and one that has none cannot be
/// told apart: not by the words, the status, nor the time (docs/decisions/0008-sign-in-throttling.md).
/// </summary>
public sealed class SignInThrottleHttpTests(ITestOutputHelper output)
{
    private const string Known = "quantri";
    private const string Unknown = "khong.ton.tai";

    private static async Task<(HttpStatusCode Status, string? Alert)> TryAsync(HttpSession session, string userName, string password)
    {
        var response = await session.SignInAsync(userName, password);
        return (response.StatusCode, HttpSession.AlertOf(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task WrongPasswords_KnownAndUnknownName_GetTheSameAnswersAndNeitherIsLockedOut()
    {
        await using var app = await AppServer.StartAsync(demo: false);
        using var session = new HttpSession(app);

        var known = new List<(HttpStatusCode, string?)>();
        var unknown = new List<(HttpStatusCode, string?)>();
        for (var attempt = 0; attempt < 7; attempt++)
        {
            known.Add(await TryAsync(session, Known, "Sai-mat-khau1"));
            unknown.Add(await TryAsync(session, Unknown, "Sai-mat-khau1"));
        }

        // The seconds left may differ by the moment between the two tries; the words may not.
        static (HttpStatusCode, string?) Words((HttpStatusCode Status, string? Alert) a) => (a.Status, a.Alert is null ? null : Regex.Replace(a.Alert, @"\d+", "N"));
        output.WriteLine(string.Join("\n", known.Zip(unknown, (k, u) => $"{k.Item1} {k.Item2} | {u.Item1} {u.Item2}")));
        Assert.Equal(known.Select(Words), unknown.Select(Words));
        Assert.All(known.Take(4), a => Assert.Equal((HttpStatusCode.OK, "Tên đăng nhập hoặc mật khẩu không đúng."), a));
        Assert.Equal("Đã nhập sai mật khẩu nhiều lần với tên đăng nhập này. Vui lòng đợi 15 giây rồi thử lại.", known[4].Item2);
        Assert.All(known.Skip(5), a => Assert.Matches(@"Vui lòng đợi \d+ giây rồi thử lại\.$", a.Item2));
        Assert.DoesNotContain(known.Concat(unknown), a => a.Item2!.Contains("khóa"));
    }

    [Fact]
    public async Task WrongPasswords_KnownName_TakesAboutAsLongAsAnUnknownOne()
    {
        // No slowdown here: every try checks a password, which is what would give a known name away.
        await using var app = await AppServer.StartAsync(demo: false, new Dictionary<string, string> { ["Accounts__Lockout__MaxFailedAccessAttempts"] = "1000" });
        using var session = new HttpSession(app);
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            await TryAsync(session, Known, "Sai-mat-khau1");
            await TryAsync(session, Unknown + warmUp, "Sai-mat-khau1");
        }

        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var attempt = 0; attempt < 15; attempt++)
        {
            knownTimes.Add(await TimedAsync(session, Known));
            unknownTimes.Add(await TimedAsync(session, Unknown + attempt));
        }

        var knownMean = knownTimes.Average();
        var unknownMean = unknownTimes.Average();
        output.WriteLine($"known {knownMean:F1} ms (median {Median(knownTimes):F1}), unknown {unknownMean:F1} ms (median {Median(unknownTimes):F1}) over {knownTimes.Count} tries each");
        // Both run the real password hasher, so neither is a fraction of the other (before: 65 ms against
        // 607 ms, a tenth). Medians, and a ratio of one half, so a shared machine's noise cannot decide.
        var (fast, slow) = (Math.Min(Median(knownTimes), Median(unknownTimes)), Math.Max(Median(knownTimes), Median(unknownTimes)));
        Assert.True(fast >= slow * 0.5, $"known median {Median(knownTimes):F1} ms, unknown {Median(unknownTimes):F1} ms");
    }

    private static async Task<double> TimedAsync(HttpSession session, string userName)
    {
        // Only the post is timed; the page and its antiforgery token are fetched first.
        var html = await (await session.Client.GetAsync("/Account/Login")).Content.ReadAsStringAsync();
        var form = html.Split("<form").First(f => f.Contains("value=\"login\""));
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]*)\"").Groups[1].Value;
        var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = userName, ["Input.Password"] = "Sai-mat-khau1",
        });
        var watch = Stopwatch.StartNew();
        var response = await session.Client.PostAsync("/Account/Login", content);
        await response.Content.ReadAsStringAsync();
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_IsSlowedDownLikeASignIn()
    {
        await using var app = await AppServer.StartAsync(demo: false);
        var password = Regex.Match(app.Output, @"Mật khẩu dùng một lần: (\S+)").Groups[1].Value;
        using var session = new HttpSession(app);
        await session.SignInAsync(Known, password);

        var answers = new List<string?>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var response = await session.ChangePasswordAsync("Doan-mat-khau" + attempt, "Quantri2026moi");
            answers.Add(HttpSession.AlertOf(await response.Content.ReadAsStringAsync()));
        }

        Assert.All(answers.Take(4), a => Assert.Equal("Mật khẩu hiện tại không đúng.", a));
        Assert.Contains("Vui lòng đợi 15 giây", answers[4]);
        // The same count as signing in: the right password at the sign-in page must wait too.
        using var other = new HttpSession(app);
        Assert.Contains("Vui lòng đợi", (await TryAsync(other, Known, password)).Alert);
    }
}
