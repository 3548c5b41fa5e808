using EditorialHub.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>Single sign-on is off unless a school's settings turn it on.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class SingleSignOnDisabledTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task SingleSignOn_NotEnabled_NoButtonAndNoEndpoints()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/Account/Login");
        await Expect(page.Locator("#username")).ToBeVisibleAsync();
        await Expect(page.Locator(".account-sso")).ToHaveCountAsync(0);

        // Not mapped: to an anonymous visitor they are like any unknown address, a way to the sign-in page.
        foreach (var path in new[] { "/Account/SingleSignOn", "/signin-oidc?code=x&state=y" })
        {
            var response = await page.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
            Assert.Equal(302, response.Status);
            Assert.Contains("/Account/Login?ReturnUrl=", response.Headers["location"]);
        }
    }
}
