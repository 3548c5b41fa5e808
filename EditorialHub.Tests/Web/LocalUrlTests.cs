using EditorialHub.Web.Auth;

namespace EditorialHub.Tests.Web;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/quotas", "/quotas")]
    [InlineData("/reports?kind=monthly", "/reports?kind=monthly")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    // What a browser or the Location header would trip over: a tab, a fullwidth full stop, a backslash inside.
    [InlineData("/\t/evil.example", "/")]
    [InlineData("/\u3002/x", "/")]
    [InlineData("/a\\b", "/")]
    [InlineData("/ x", "/")]
    public void OrHome_ReturnAddress_IsFollowedOnlyOnThisSite(string? url, string expected)
    {
        Assert.Equal(expected, LocalUrl.OrHome(url));
    }
}
