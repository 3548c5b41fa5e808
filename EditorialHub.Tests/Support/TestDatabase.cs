using EditorialHub.Core;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        return new TestDatabase(directory, CoreHost.Build(directory, clock, settings));
    }

    public Task<StartupSeed> InitializeAsync(bool demo, TextWriter? console = null) =>
        CoreHost.InitializeAsync(_services, demo, console);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
