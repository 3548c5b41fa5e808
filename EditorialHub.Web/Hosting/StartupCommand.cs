namespace EditorialHub.Web.Hosting;

/// <summary>
/// The app's own command-line words, taken out before the rest goes to the host (whose parser
/// wants key=value pairs). `--demo` fills an empty database with the demo school; `report …` prints a
/// report instead of starting the web app (<see cref="ReportCommand"/>).
/// </summary>
public sealed record StartupCommand(bool Demo, string[] HostArgs, ReportCommandLine? Report = null)
{
    public static StartupCommand Parse(string[] args)
    {
        if (args.Length > 0 && args[0] == "report")
        {
            var (report, rest) = ReportCommandLine.Parse(args[1..]);
            return new StartupCommand(false, rest, report);
        }
        return new(args.Contains("--demo"), args.Where(arg => arg != "--demo").ToArray());
    }
}

/// <summary>`report monthly 2026-11 --out file.pdf [--proposals file.txt] [--new] [--deputy]`.</summary>
/// <param name="Words">The period's words: "monthly 2026-11", "semester 2026-2027 1", "annual 2026-2027".</param>
/// <param name="Deputy">The deputy signs in the head's place ("KT. TRƯỞNG BAN").</param>
public sealed record ReportCommandLine(IReadOnlyList<string> Words, string? Out, string? ProposalsFile, bool New, bool Deputy = false)
{
    public static (ReportCommandLine Report, string[] HostArgs) Parse(string[] args)
    {
        var words = new List<string>();
        var host = new List<string>();
        string? output = null, proposals = null;
        bool fresh = false, deputy = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--proposals" when i + 1 < args.Length:
                    proposals = args[++i];
                    break;
                case "--new":
                    fresh = true;
                    break;
                case "--deputy":
                    deputy = true;
                    break;
                case var arg when arg.StartsWith("--", StringComparison.Ordinal):
                    host.Add(arg); // a setting for the host, e.g. --Storage:DataDirectory=/srv/eh
                    break;
                default:
                    words.Add(args[i]);
                    break;
            }
        }
        return (new ReportCommandLine(words, output, proposals, fresh, deputy), host.ToArray());
    }
}
