using EditorialHub.Core.Articles;
using EditorialHub.Core.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EditorialHub.Core.Data.Migrations;

/// <summary>
/// The lists' search finds Vietnamese text whatever its case and tone marks: each item keeps its text
/// in one normalised form (<see cref="Article.SearchForm"/>), which a full-text index (SQLite FTS5,
/// external content) holds by word, kept in step by triggers. Existing items are filled by the same C#
/// function the entity uses, given to SQL by <see cref="SearchFormFunction"/>
/// (docs/decisions/0010-search.md). Written here rather than as a script: the triggers' bodies hold
/// semicolons, which SqlScript splits on.
/// </summary>
[DbContext(typeof(EditorialDbContext))]
[Migration("20261202130000_SearchForm")]
public sealed class SearchForm : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""ALTER TABLE "Articles" ADD "SearchForm" TEXT NOT NULL DEFAULT '';""");
        migrationBuilder.Sql($"""
            UPDATE "Articles" SET "SearchForm" = {SearchFormFunction.Name}("Title", "Summary", "Body", "DocumentNumber", "DocumentSummary");
            """);
        migrationBuilder.Sql($"""
            CREATE VIRTUAL TABLE "{ArticleSearch.Table}" USING fts5("SearchForm", content='Articles', content_rowid='Id',
                tokenize='unicode61 remove_diacritics 2');
            """);
        migrationBuilder.Sql($"""INSERT INTO "{ArticleSearch.Table}"("{ArticleSearch.Table}") VALUES ('rebuild');""");
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{ArticleSearch.Table}_AfterInsert" AFTER INSERT ON "Articles" BEGIN
                INSERT INTO "{ArticleSearch.Table}"(rowid, "SearchForm") VALUES (new."Id", new."SearchForm");
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{ArticleSearch.Table}_AfterDelete" AFTER DELETE ON "Articles" BEGIN
                INSERT INTO "{ArticleSearch.Table}"("{ArticleSearch.Table}", rowid, "SearchForm") VALUES ('delete', old."Id", old."SearchForm");
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{ArticleSearch.Table}_AfterUpdate" AFTER UPDATE OF "SearchForm" ON "Articles" BEGIN
                INSERT INTO "{ArticleSearch.Table}"("{ArticleSearch.Table}", rowid, "SearchForm") VALUES ('delete', old."Id", old."SearchForm");
                INSERT INTO "{ArticleSearch.Table}"(rowid, "SearchForm") VALUES (new."Id", new."SearchForm");
            END;
            """);
    }
}
