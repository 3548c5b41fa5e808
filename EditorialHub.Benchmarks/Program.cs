using EditorialHub.Benchmarks;

// Measures, not tests (nothing asserts a time):
//   dotnet run -c Release --project EditorialHub.Benchmarks -- dashboard [units years itemsPerMonth runs]
//   dotnet run -c Release --project EditorialHub.Benchmarks -- report
switch (args.FirstOrDefault())
{
    case "dashboard":
        await DashboardBenchmark.RunAsync(args[1..]);
        return 0;
    case "report":
        await AnnualReportBenchmark.RunAsync();
        return 0;
    default:
        Console.Error.WriteLine("Which measure? dashboard [units years itemsPerMonth runs] | report");
        return 2;
}
