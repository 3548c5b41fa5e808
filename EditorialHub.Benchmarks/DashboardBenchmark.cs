using System.Diagnostics;
using System.Globalization;
using EditorialHub.Core;
using EditorialHub.Core.Dashboard;
using EditorialHub.Core.Data;
using EditorialHub.Core.Quotas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Benchmarks;

/// <summary>The principal's dashboard and the quota board on a big school (issue 5).</summary>
internal static class DashboardBenchmark
{
    /// <param name="args">units years itemsPerMonth runs (defaults 60 10 3 7).</param>
    public static async Task RunAsync(string[] args)
    {
        var units = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
        var years = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var perMonth = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 7;

        var directory = BenchmarkHost.NewDirectory();
        var clock = new VietnamClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)));
        await using var provider = CoreHost.Build(directory, clock);
        try
        {
            await CoreHost.InitializeAsync(provider, demo: false);
            var contexts = provider.GetRequiredService<IDbContextFactory<EditorialDbContext>>();
            var build = Stopwatch.StartNew();
            var (headId, items) = await BigSchool.BuildAsync(contexts, clock.GetUtcNow(), clock.LocalTimeZone, units, years, perMonth);
            await using (var db = await contexts.CreateDbContextAsync())
                await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            Console.WriteLine($"Built {units} units × {years} years × {perMonth} items a month = {items:N0} items in {build.Elapsed.TotalSeconds:0.0} s.");

            var dashboard = provider.GetRequiredService<DashboardService>();
            await dashboard.GetAsync(headId); // warm-up: EF's query compilation, SQLite's page cache
            var times = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var watch = Stopwatch.StartNew();
                var figures = await dashboard.GetAsync(headId);
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (run == 0)
                    Console.WriteLine($"  (this year: {figures.Published.YearToDate.Count:N0} published, {figures.Units.Count} units, quota {figures.Quota?.YearToDate.Met}/{figures.Quota?.YearToDate.Due})");
            }
            times.Sort();
            Console.WriteLine($"Dashboard (DashboardService.GetAsync, quota included), {runs} runs: median {times[runs / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms.");

            // The quota board alone, which the dashboard asks for its compliance figures.
            var quotas = provider.GetRequiredService<QuotaService>();
            var year = (await quotas.CurrentSchoolYearAsync(headId))!;
            await quotas.BoardAsync(headId, year.Id);
            var quotaTimes = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var watch = Stopwatch.StartNew();
                await quotas.BoardAsync(headId, year.Id);
                quotaTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
            quotaTimes.Sort();
            Console.WriteLine($"  of which the quota board (QuotaService.BoardAsync): median {quotaTimes[runs / 2]:0} ms, min {quotaTimes[0]:0} ms.");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
