using Microsoft.Playwright;

namespace EditorialHub.Tests.Support;

/// <summary>
/// The demo app with single sign-on turned on by settings (environment variables, as a school would),
/// pointed at a real OpenID provider on loopback, and one browser.
/// </summary>
public sealed class SingleSignOnAppFixture : IAsyncLifetime
{
    public const string ClientId = "editorialhub";
    public const string ButtonText = "Đăng nhập bằng tài khoản thử nghiệm của trường";

    // Demo e-mails are <username>@thpt-lequydon.edu.vn (DemoSchool); the last one is nobody's.
    public static readonly OidcProvider.Account GiaoVienToan = new("sub-gv-toan1", "gv.toan1@thpt-lequydon.edu.vn", "Hoàng Thị Lan Anh");
    public static readonly OidcProvider.Account ToTruongToanUpperCase = new("sub-tt-toan", "TT.Toan@THPT-LeQuyDon.edu.vn", "Phạm Đức Long");
    public static readonly OidcProvider.Account Stranger = new("sub-stranger", "khach.moi@thpt-lequydon.edu.vn", "Khách Mới");
    // No demo account has this e-mail: a test issues one for it first (SingleSignOnOneTimePasswordTests).
    public static readonly OidcProvider.Account NewTeacher = new("sub-gv-moi", "gv.sso@thpt-lequydon.edu.vn", "Trần Thị Mới");

    private IPlaywright? _playwright;

    public OidcProvider Provider { get; private set; } = null!;
    public AppServer App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var appPort = AppServer.FreePort();
        var clientSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        Provider = await OidcProvider.StartAsync(ClientId, clientSecret, $"http://127.0.0.1:{appPort}/signin-oidc",
            [GiaoVienToan, ToTruongToanUpperCase, Stranger, NewTeacher]);
        App = await AppServer.StartAsync(demo: true, new Dictionary<string, string>
        {
            ["Authentication__OpenIdConnect__Enabled"] = "true",
            ["Authentication__OpenIdConnect__Authority"] = Provider.Issuer.ToString().TrimEnd('/'),
            ["Authentication__OpenIdConnect__ClientId"] = ClientId,
            ["Authentication__OpenIdConnect__ClientSecret"] = clientSecret,
            ["Authentication__OpenIdConnect__DisplayName"] = ButtonText,
            ["Authentication__OpenIdConnect__RequireHttpsMetadata"] = "false",
            // The refusals are logged as warnings; the tests read why from the app's console.
            ["Logging__LogLevel__EditorialHub.Web.Auth.SingleSignOn"] = "Information",
        }, appPort);
        (_playwright, Browser) = await Support.Browser.LaunchAsync();
    }

    public Task<IPage> NewPageAsync() => Support.Browser.NewPageAsync(Browser, App);

    /// <summary>
    /// A fresh browser on <paramref name="start"/> clicks the provider's button, the provider having been
    /// told whom to sign in and how to answer (the answer is set every time: the provider keeps it).
    /// </summary>
    public async Task<IPage> StartSignInAsync(OidcProvider.Account account, OidcProvider.IdTokenMode mode = OidcProvider.IdTokenMode.None,
        string start = "/Account/Login")
    {
        await Provider.SignInNextAsAsync(account.Email);
        await Provider.IssueIdTokensAsync(mode);
        var page = await NewPageAsync();
        await page.GotoAsync(start);
        await page.GetByRole(AriaRole.Link, new() { Name = ButtonText }).ClickAsync();
        return page;
    }

    /// <summary>
    /// Waits until the round trip through the provider brings the browser back to an address
    /// <paramref name="arrived"/> accepts. The trip crosses two servers the test cannot see, so when it
    /// does not arrive the failure says where the browser stopped, what it shows, and what the app and
    /// the provider logged on the way.
    /// </summary>
    public async Task WaitForReturnAsync(IPage page, Func<string, bool> arrived)
    {
        try
        {
            // Commit, not load: the page's own assertions follow, and a slow script must not count as a lost trip.
            await page.WaitForURLAsync(arrived, new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException timeout)
        {
            var shown = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(unreadable)");
            // A console log entry is a "warn:"/"fail:" line with its message on the next one.
            var lines = App.Output.Split('\n');
            var appLog = string.Join('\n', lines
                .Where((line, i) => line.Contains("sign-on", StringComparison.OrdinalIgnoreCase) ||
                                    IsProblem(line) || (i > 0 && IsProblem(lines[i - 1])))
                .TakeLast(30));
            var providerLog = string.Join('\n', Provider.Output.Split('\n').TakeLast(20));
            throw new TimeoutException(
                $"The browser did not come back from the provider where expected; it stopped at {page.Url}, showing:\n{shown}\n" +
                $"The app logged:\n{appLog}\nThe provider logged:\n{providerLog}", timeout);
        }
    }

    private static bool IsProblem(string logLine) => logLine.StartsWith("warn:") || logLine.StartsWith("fail:");

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
        if (Provider is not null) await Provider.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SingleSignOnAppCollection : ICollectionFixture<SingleSignOnAppFixture>
{
    public const string Name = "Single sign-on app in Chromium";
}
