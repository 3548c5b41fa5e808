namespace EditorialHub.Tests.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "EditorialHub.sln")))
                return directory.FullName;
        throw new InvalidOperationException("EditorialHub.sln not found above " + AppContext.BaseDirectory);
    }
}
