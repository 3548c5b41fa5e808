using System.Net;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>Whatever return address a link carries, the person lands on a page of this site, never an error.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class ReturnAddressTests(DemoAppFixture fixture)
{
    public static TheoryData<string> HostileReturnAddresses => new()
    {
        "//evil.example/x",
        "/\\evil.example/x",
        "https://evil.example/x",
        "/\t/evil.example",
        "/\u3002/x",
        "javascript:alert(1)",
        "/ \r\nSet-Cookie: x=1",
        "",
    };

    private void AssertLocalLanding(HttpResponseMessage response)
    {
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var landing = new Uri(fixture.App.Address, response.Headers.Location!);
        Assert.Equal(fixture.App.Address.Authority, landing.Authority);
        Assert.Equal("/", landing.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(HostileReturnAddresses))]
    public async Task SignIn_HostileReturnAddress_LandsOnTheHomePage(string returnUrl)
    {
        using var session = new HttpSession(fixture.App);

        var response = await session.SignInAsync("gv.qp1", Journey.DemoPassword, returnUrl);

        AssertLocalLanding(response);
    }

    [Theory]
    [MemberData(nameof(HostileReturnAddresses))]
    public async Task ChooseLanguage_HostileReturnAddress_LandsOnTheHomePage(string returnUrl)
    {
        using var session = new HttpSession(fixture.App);

        var response = await session.SubmitAsync("/Account/Login", "action=\"/Account/Culture\"",
            new Dictionary<string, string> { ["returnUrl"] = returnUrl, ["culture"] = "vi-VN" });

        AssertLocalLanding(response);
    }
}
