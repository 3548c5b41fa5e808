using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Accounts;

/// <summary>Writes and reads the account record. Writing never fails a sign-in for want of a record.</summary>
public sealed class SecurityLog(IDbContextFactory<EditorialDbContext> contexts, BoardDirectory board, TimeProvider clock)
{
    public async Task RecordAsync(SecurityEventKind kind, string? personId, string? userName, string? address,
        string? actorId = null, string? detail = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.SecurityEvents.Add(new SecurityEvent(clock.GetUtcNow().UtcDateTime, kind, personId, actorId, userName, address, detail));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The newest entries first, one page at a time, optionally about one person. The secretary's to read.</summary>
    public async Task<Page<SecurityEventRow>> ListAsync(string actorId, string? personId, int skip, int take, CancellationToken ct = default)
    {
        await AdministratorCheck.EnsureAsync(board, clock, actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.SecurityEvents.AsNoTracking();
        if (personId is not null)
            query = query.Where(e => e.PersonId == personId);
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(e => e.Id)
            .Skip(skip).Take(take)
            .Select(e => new SecurityEventRow(
                e.Id, e.OccurredAtUtc, e.Kind, e.UserName,
                db.Users.Where(p => p.Id == e.PersonId).Select(p => p.FullName).FirstOrDefault(),
                db.Users.Where(p => p.Id == e.ActorId).Select(p => p.FullName).FirstOrDefault(),
                e.Address, e.Detail))
            .ToListAsync(ct);
        return new Page<SecurityEventRow>(rows, total);
    }
}

public sealed record SecurityEventRow(
    long Id, DateTime OccurredAtUtc, SecurityEventKind Kind, string? UserName, string? PersonName,
    string? ActorName, string? Address, string? Detail);
