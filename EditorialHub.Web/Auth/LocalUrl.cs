namespace EditorialHub.Web.Auth;

/// <summary>Return addresses from a query or form are followed only when they stay on this site.</summary>
public static class LocalUrl
{
    /// <summary>
    /// The address itself when it is a path on this site written in plain printable ASCII; the home
    /// page otherwise. A space, a tab or a non-ASCII letter cannot go into a Location header (the
    /// framework would answer 500) and browsers read some of them as a way off the site.
    /// </summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && url.All(c => c is > ' ' and < '\u007f' and not '\\')
            ? url
            : "/";
}
