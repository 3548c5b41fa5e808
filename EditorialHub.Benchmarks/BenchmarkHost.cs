namespace EditorialHub.Benchmarks;

/// <summary>
/// Where a measure keeps its data: a folder of its own (a real SQLite file). The services on it are
/// the core's as the app wires them (<see cref="Core.CoreHost"/>).
/// </summary>
internal static class BenchmarkHost
{
    public static string NewDirectory() => Path.Combine(Path.GetTempPath(), "editorialhub-bench", Guid.NewGuid().ToString("N"));
}
