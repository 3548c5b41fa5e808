using EditorialHub.Core;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EditorialHub.Tests.Support;

/// <summary>
/// The core's services over a real SQLite file in a fresh temporary data folder, with the real
/// migrations. Deleted on dispose.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestDatabase(string directory, ServiceProvider services)
    {
        Directory = directory;
        _services = services;
    }

    public string Directory { get; }

    public IServiceProvider Services => _services;

    public IDbContextFactory<EditorialDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<EditorialDbContext>>();

    /// <param name="settings">Further settings, as in appsettings.json ("Email:Host", "School:Name", …).</param>
    public static TestDatabase Create(TimeProvider? clock = null, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "editorialhub-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddEditorialCore(configuration, directory);
        if (clock is not null)
            services.AddSingleton(clock);
        services.AddIdentityCore<Person>().AddEntityFrameworkStores<EditorialDbContext>();
        return new TestDatabase(directory, services.BuildServiceProvider());
    }

    public async Task<StartupSeed> InitializeAsync(bool demo, TextWriter? console = null)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
            .InitializeAsync(demo, console ?? TextWriter.Null);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
