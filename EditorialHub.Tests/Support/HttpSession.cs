using System.Net;
using System.Text.RegularExpressions;

namespace EditorialHub.Tests.Support;

/// <summary>
/// A browser without a browser: its own cookies, no redirects followed, forms posted as the pages
/// render them (with their antiforgery token). For what is decided by status and headers.
/// </summary>
internal sealed partial class HttpSession : IDisposable
{
    public const string AuthCookie = "EditorialHub.Auth";

    private readonly AppServer _app;

    public HttpSession(AppServer app, IDictionary<string, string>? headers = null)
    {
        _app = app;
        Client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = app.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            Client.DefaultRequestHeaders.TryAddWithoutValidation(name, value);
    }

    public CookieContainer Cookies { get; } = new();
    public HttpClient Client { get; }

    /// <summary>The sign-in cookie's value as a browser holds it (what someone could copy).</summary>
    public string? AuthCookieValue => Cookies.GetCookies(_app.Address)[AuthCookie]?.Value;

    /// <summary>Opens <paramref name="page"/>, fills the form whose markup contains <paramref name="formMarker"/>, and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string page, string formMarker, IDictionary<string, string> fields, string? postTo = null)
    {
        var html = await (await Client.GetAsync(page)).Content.ReadAsStringAsync();
        var form = html.Split("<form").Skip(1).FirstOrDefault(f => f.Contains(formMarker))
                   ?? throw new InvalidOperationException($"No form with {formMarker} on {page}:\n{html}");
        var values = new Dictionary<string, string>();
        foreach (Match input in HiddenInput().Matches(form[..form.IndexOf("</form>", StringComparison.Ordinal)]))
        {
            var name = Regex.Match(input.Value, "name=\"([^\"]*)\"").Groups[1].Value;
            var value = Regex.Match(input.Value, "value=\"([^\"]*)\"").Groups[1].Value;
            values[name] = WebUtility.HtmlDecode(value);
        }
        foreach (var (name, value) in fields)
            values[name] = value;
        var action = Regex.Match(form, "action=\"([^\"]*)\"") is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : page;
        return await Client.PostAsync(postTo ?? action, new FormUrlEncodedContent(values));
    }

    public Task<HttpResponseMessage> SignInAsync(string userName, string password, string? returnUrl = null) =>
        SubmitAsync(returnUrl is null ? "/Account/Login" : "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl),
            "name=\"_handler\" value=\"login\"",
            new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });

    public Task<HttpResponseMessage> SignOutAsync() =>
        SubmitAsync("/Account/ChangePassword", "action=\"/Account/Logout\"", new Dictionary<string, string>());

    public Task<HttpResponseMessage> ChangePasswordAsync(string current, string newPassword) =>
        SubmitAsync("/Account/ChangePassword", "name=\"_handler\" value=\"change-password\"", new Dictionary<string, string>
        {
            ["Input.Current"] = current, ["Input.New"] = newPassword, ["Input.Confirm"] = newPassword,
        });

    /// <summary>What the app answers <paramref name="path"/> for a request that carries only this sign-in cookie.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(AppServer app, string authCookie, string path = "/")
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{AuthCookie}={authCookie}");
        return await client.SendAsync(request);
    }

    /// <summary>The text of the page's alert (the form's error), or null.</summary>
    public static string? AlertOf(string html) =>
        Regex.Match(html, "role=\"alert\"[^>]*>(.*?)</div>", RegexOptions.Singleline) is { Success: true } m
            ? WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", "")).Trim()
            : null;

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();

    public void Dispose() => Client.Dispose();
}
