namespace EditorialHub.Web.Auth;

/// <summary>Return addresses from a query or form are followed only when they stay on this site.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
            ? url
            : "/";
}
