using EditorialHub.Core;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EditorialHub.Benchmarks;

/// <summary>
/// The core services as the app wires them, on a data folder of the measure's own (a real SQLite
/// file), with the clock the measure sets. Every measure of the console starts from here.
/// </summary>
internal static class BenchmarkHost
{
    public static string NewDirectory() => Path.Combine(Path.GetTempPath(), "editorialhub-bench", Guid.NewGuid().ToString("N"));

    public static ServiceProvider Services(string directory, TimeProvider? clock = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Storage:DataDirectory"] = directory })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddEditorialCore(configuration, directory);
        if (clock is not null)
            services.AddSingleton(clock);
        services.AddIdentityCore<Person>().AddEntityFrameworkStores<EditorialDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>Migrates the new database and seeds it as a first start would (the demo school, or only the secretary).</summary>
    public static async Task InitializeAsync(IServiceProvider provider, bool demo)
    {
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demo, TextWriter.Null);
    }
}
