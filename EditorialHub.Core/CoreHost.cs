using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EditorialHub.Core;

/// <summary>
/// The core's services without the web app, as the app wires them, on a data folder of their own (a
/// real SQLite file): what the benchmarks measure and the tests exercise.
/// </summary>
public static class CoreHost
{
    /// <param name="clock">A clock of the caller's (a moment fixed in the school's time zone); the school's real clock otherwise.</param>
    /// <param name="settings">Further settings, as in appsettings.json ("School:Name", "Email:Host", …).</param>
    public static ServiceProvider Build(
        string dataDirectory, TimeProvider? clock = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory })
            .AddInMemoryCollection(settings ?? [])
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddEditorialCoreAlone(configuration, dataDirectory);
        if (clock is not null)
            services.AddSingleton(clock);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The core's services and Identity's stores, without sign-in: what a process needs that works on
    /// the data but serves no pages (the report command line, the benchmarks, the tests). The core's
    /// account and seeding services take a <c>UserManager</c>, which the web app adds with sign-in.
    /// </summary>
    public static IServiceCollection AddEditorialCoreAlone(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddEditorialCore(configuration, contentRoot);
        services.AddIdentityCore<Person>().AddEntityFrameworkStores<EditorialDbContext>();
        return services;
    }

    /// <summary>Migrates the database and seeds it as a first start would (the demo school, or only the secretary).</summary>
    public static async Task<StartupSeed> InitializeAsync(IServiceProvider services, bool demo, TextWriter? console = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(demo, console ?? TextWriter.Null);
    }
}
