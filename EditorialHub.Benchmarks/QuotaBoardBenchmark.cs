using System.Diagnostics;
using EditorialHub.Core;
using EditorialHub.Core.Data;
using EditorialHub.Core.Quotas;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Benchmarks;

/// <summary>The quota board and a unit's year on a large school (issue 5).</summary>
internal static class QuotaBoardBenchmark
{
    /// <param name="args">[--runs 25] [--keep]</param>
    public static async Task<int> RunAsync(string[] args)
    {
        // Times the core's heavy read queries on a large school in a real SQLite file (WAL, the app's own
        // migrations and services). Not a test: it prints figures. Usage:
        //   dotnet run -c Release --project EditorialHub.Benchmarks [-- --runs 25] [--keep]
        var runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(25);
        var keep = args.Contains("--keep");

        var directory = BenchmarkHost.NewDirectory();
        Directory.CreateDirectory(directory);
        // The middle of a school year (semester II), ten years after the first one.
        var clock = new VietnamClock(new DateTimeOffset(2036, 3, 18, 10, 0, 0, TimeSpan.FromHours(7)));
        await using var provider = CoreHost.Build(directory, clock);

        try
        {
            await CoreHost.InitializeAsync(provider, demo: false);
            var school = new QuotaSchool(provider.GetRequiredService<IDbContextFactory<EditorialDbContext>>(), clock);
            await school.BuildAsync(Console.Out);
            var fileSize = new FileInfo(Path.Combine(directory, "editorialhub.db")) is { Exists: true } file ? file.Length : 0;
            Console.WriteLine($"Database: {directory} ({fileSize / 1024 / 1024} MB, WAL). {runs} timed runs each after 3 warm-up runs.");
            Console.WriteLine();

            var quotas = provider.GetRequiredService<QuotaService>();
            var thisMonth = new DateOnly(2036, 3, 1);
            // Each entry: a name and one call of a view. Add a view of another feature here (e.g. the dashboard).
            (string Name, Func<Task> Run)[] measures =
            [
                ("Quota board, current school year (60 units × 9 months)", () => quotas.BoardAsync(school.HeadId, school.CurrentYearId)),
                ("Quota board, semester II only", () => quotas.BoardAsync(school.HeadId, school.CurrentYearId, Semester.Two)),
                ("Quota board, all ten years (60 units × 120 months)", () => quotas.BoardAsync(school.HeadId, new DateOnly(2026, 9, 1), thisMonth)),
                ("One unit's month with its items", () => quotas.UnitMonthAsync(school.HeadId, school.FirstUnitId, thisMonth.AddMonths(-1))),
            ];

            Console.WriteLine($"{"view",-58} {"median",9} {"min",9} {"p90",9}");
            foreach (var (name, run) in measures)
            {
                for (var i = 0; i < 3; i++)
                    await run();
                var times = new List<double>();
                for (var i = 0; i < runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    await run();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                Console.WriteLine($"{name,-58} {Median(times),7:F1}ms {times[0],7:F1}ms {times[(int)Math.Ceiling(times.Count * 0.9) - 1],7:F1}ms");
            }
            Console.WriteLine();
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}.");
        }
        finally
        {
            await provider.DisposeAsync();
            SqliteConnection.ClearAllPools();
            if (!keep)
                Directory.Delete(directory, recursive: true);
        }

        static double Median(List<double> sorted) =>
            sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

        static string LoadAverage() =>
            File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        return 0;
    }
}
