using System.Data.Common;
using EditorialHub.Core.Articles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EditorialHub.Core.Search;

/// <summary>
/// Gives every connection the SQL function <c>editorial_search_form(title, summary, body,
/// documentNumber, documentSummary)</c>, which is <see cref="Article.SearchFormOf"/> itself: the
/// migration that added the search column fills existing items with it, so SQL never has its own,
/// different idea of Vietnamese letters (SQLite's lower() and LIKE know only ASCII).
/// </summary>
internal sealed class SearchFormFunction : DbConnectionInterceptor
{
    public const string Name = "editorial_search_form";

    public static readonly SearchFormFunction Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
            sqlite.CreateFunction<string?, string?, string?, string?, string?, string>(Name,
                (title, summary, body, number, documentSummary) =>
                    Article.SearchFormOf(title ?? "", summary ?? "", body ?? "", number, documentSummary),
                isDeterministic: true);
    }
}
