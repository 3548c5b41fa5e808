using EditorialHub.Core.Data;
using EditorialHub.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Articles;

/// <summary>
/// The lists' search over SQLite's full-text index of the items' search form (migration
/// 20261202130000_SearchForm; docs/decisions/0010-search.md). Every word typed must begin a word of
/// the item's text, in any order: "hoi gia" finds "Hội giảng", "ang" does not find it.
/// </summary>
internal static class ArticleSearch
{
    /// <summary>The FTS5 table outside EF's model (MigrationSchemaTests leaves it and its triggers aside).</summary>
    public const string Table = "ArticleSearch";

    /// <summary>
    /// The items whose text holds every word of <paramref name="search"/> (<see cref="SearchText.Words"/>),
    /// or all items when it has none; the caller adds who may read what and the other filters.
    /// </summary>
    public static IQueryable<Article> Matching(EditorialDbContext db, string? search)
    {
        var words = SearchText.Words(search);
        if (words.Count == 0)
            return db.Articles;
        // Words hold only letters and digits, so quoted they are plain prefix terms of FTS5's syntax.
        var match = string.Join(" AND ", words.Select(word => $"\"{word}\"*"));
        return db.Articles.FromSql(
            $"""SELECT * FROM "Articles" WHERE "Id" IN (SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {match})""");
    }
}
