using System.Diagnostics;

namespace EditorialHub.Benchmarks;

/// <summary>The annual report of a large school (issue 6).</summary>
internal static class AnnualReportBenchmark
{
    public static async Task RunAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"editorialhub-bench-{Guid.NewGuid():N}");
        try
        {
            var school = await LargeSchool.CreateAsync(directory, units: 60, items: 3000);
            Console.WriteLine($"Built: {school.Units} units, {school.People} people, {school.Items} items, {school.Transitions} steps.");
            // The first print pays for the JIT and for reading the font files; the next ones are what a school sees.
            for (var run = 1; run <= 4; run++)
            {
                var clock = Stopwatch.StartNew();
                var (report, pdf) = await school.PrintAnnualAsync();
                clock.Stop();
                var pages = LargeSchool.PageCount(pdf);
                Console.WriteLine($"Run {run}: report {report.Number}, {pages} pages, {pdf.Length / 1024.0:0} KiB, {clock.Elapsed.TotalMilliseconds:0} ms (figures, PDF, archive)");
            }
            var figures = Stopwatch.StartNew();
            await school.FiguresOnlyAsync();
            Console.WriteLine($"Figures only (ReportBuilder): {figures.Elapsed.TotalMilliseconds:0} ms");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
