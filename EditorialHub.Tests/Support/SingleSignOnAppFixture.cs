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
