using EditorialHub.Benchmarks;

// Measures, not tests (nothing asserts a time). `dotnet run -c Release --project EditorialHub.Benchmarks -- <measure>`:
//   quotas [--runs 25] [--keep]                     the quota board and a unit's year, 60 units × 10 years
//   dashboard [units years itemsPerMonth runs]      the principal's dashboard (quota included)
//   report                                          the annual report of 60 units and 3,000 items
//   list-pages [...]                                each list page's query over 20,000 items
switch (args.FirstOrDefault())
{
    case "quotas":
        return await QuotaBoardBenchmark.RunAsync(args[1..]);
    case "dashboard":
        await DashboardBenchmark.RunAsync(args[1..]);
        return 0;
    case "list-pages":
        await ListPagesBenchmark.RunAsync(args[1..]);
        return 0;
    case "report":
        await AnnualReportBenchmark.RunAsync();
        return 0;
    default:
        Console.Error.WriteLine("Which measure? quotas | dashboard | report | list-pages (see Program.cs)");
        return 2;
}
