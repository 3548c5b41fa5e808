namespace EditorialHub.Web.Hosting;

/// <summary>
/// The app's own command-line words, taken out before the rest goes to the host (whose parser
/// wants key=value pairs). `--demo` fills an empty database with the demo school.
/// </summary>
public sealed record StartupCommand(bool Demo, string[] HostArgs)
{
    public static StartupCommand Parse(string[] args) =>
        new(args.Contains("--demo"), args.Where(arg => arg != "--demo").ToArray());
}
