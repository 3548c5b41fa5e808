using EditorialHub.Benchmarks;

// Each benchmark is a class of its own; name it on the command line (default: every one).
var which = args.FirstOrDefault() ?? "all";
if (which is "all" or "list-pages")
    await ListPagesBenchmark.RunAsync(args.Skip(1).ToArray());
