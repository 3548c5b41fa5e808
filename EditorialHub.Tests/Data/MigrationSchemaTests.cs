using EditorialHub.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Tests.Data;

/// <summary>
/// The migrations are written without EF's scaffolder (the feed lacks its design package), so
/// this test is what stops a model change from shipping without its migration. The full-text index
/// of the lists' search (ArticleSearch, its shadow tables and triggers) is outside the model and left
/// aside here; SearchFormMigrationTests checks it.
/// </summary>
public sealed class MigrationSchemaTests
{
    [Fact]
    public async Task Migrate_FreshDatabase_GivesExactlyTheSchemaOfTheModel()
    {
        var migrated = await SchemaAsync(db => db.Database.MigrateAsync());
        var fromModel = await SchemaAsync(db => db.Database.EnsureCreatedAsync());

        Assert.Equal(fromModel, migrated);
    }

    private static async Task<List<string>> SchemaAsync(Func<EditorialDbContext, Task> create)
    {
        var file = Path.Combine(Path.GetTempPath(), $"eh-schema-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<EditorialDbContext>().UseSqlite($"Data Source={file}").Options;
            await using (var db = new EditorialDbContext(options))
                await create(db);

            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            var schema = new List<string>();
            var tables = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF' AND name NOT LIKE 'ArticleSearch%' ORDER BY type, name";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    schema.Add($"{reader.GetString(0)} {reader.GetString(1)} on {reader.GetString(2)}");
                    if (reader.GetString(0) == "table")
                        tables.Add(reader.GetString(1));
                }
            }
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY name";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    schema.Add($"{table}.{reader.GetString(0)} {reader.GetString(1)} notnull={reader.GetInt64(2)} pk={reader.GetInt64(3)}");
            }
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\"";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    schema.Add($"{table} fk {reader.GetString(1)} -> {reader.GetString(0)}.{reader.GetString(2)} {reader.GetString(3)}");
            }
            return schema;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
