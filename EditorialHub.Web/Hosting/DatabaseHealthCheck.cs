using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EditorialHub.Web.Hosting;

/// <summary>/health: 200 when the database answers a real query, 503 otherwise.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<EditorialDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            // A query on a migrated table, not just opening the file: SQLite creates missing files.
            await db.SchoolYears.AsNoTracking().AnyAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception error)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", error);
        }
    }
}
