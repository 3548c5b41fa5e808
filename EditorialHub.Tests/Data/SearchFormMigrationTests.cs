using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Tests.Data;

/// <summary>A school upgrading keeps finding its old items: the migration fills their search form and index.</summary>
public sealed class SearchFormMigrationTests
{
    [Fact]
    public async Task Migrate_ItemsWrittenBefore_GetTheirSearchFormAndAreFound()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eh-search-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<EditorialDbContext>().UseSqlite($"Data Source={file}").Options;
            await using var db = new EditorialDbContext(options);
            await db.GetService<IMigrator>().MigrateAsync("20261123100000_CorrectionBase");
            await db.Database.OpenConnectionAsync();
            // One item as the previous version stored it (no unit or person needed for this).
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Articles" ("Title", "Summary", "Body", "Category", "Kind", "Flags", "UnitId", "AuthorId", "State",
                    "SubmittedByEditor", "IsEscalated", "RevisionNumber", "Version", "CreatedAtUtc", "UpdatedAtUtc", "DocumentNumber")
                VALUES ('HỘI GIẢNG chào mừng 20/11', 'Tổ Toán – Tin học', '<p>Đoàn trường <strong>tham dự</strong>.</p>', 0, 0, 0, 1, 'x', 0,
                    0, 0, 1, '00000000-0000-0000-0000-000000000000', '2026-11-01 00:00:00', '2026-11-01 00:00:00', '05/KH-THPT')
                """);

            await db.Database.MigrateAsync();

            var form = await db.Database.SqlQueryRaw<string>("""SELECT "SearchForm" AS "Value" FROM "Articles" """).SingleAsync();
            Assert.Equal("hoi giang chao mung 20 11 to toan tin hoc doan truong tham du 05 kh thpt", form);
            var found = await db.Database.SqlQueryRaw<int>("""SELECT rowid AS "Value" FROM "ArticleSearch" WHERE "ArticleSearch" MATCH '"doan"* AND "hoi"*'""").ToListAsync();
            Assert.Single(found);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
