using System.Globalization;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Accounts;

/// <summary>
/// The secretary's management of the units that provide information (Điều 6: "các tổ"): add one,
/// rename it, deactivate it when it no longer exists, bring it back. Units are never deleted: their
/// published items and past quotas keep pointing at them. Every change goes to the account record.
/// </summary>
public sealed class UnitAdministration(
    IDbContextFactory<EditorialDbContext> contexts,
    BoardDirectory board,
    SecurityLog log,
    TimeProvider clock)
{
    public const int MaxNameLength = 200;

    /// <summary>Every unit, active first in their order, with what still ties it to the work.</summary>
    public async Task<IReadOnlyList<UnitRow>> ListAsync(string actorId, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var live = Deadlines.LiveStates.ToArray();
        return await db.Units.AsNoTracking()
            .OrderByDescending(u => u.IsActive).ThenBy(u => u.SortOrder)
            .Select(u => new UnitRow(u.Id, u.Name, u.Kind, u.IsActive,
                db.Users.Count(p => p.UnitId == u.Id && p.IsActive),
                db.Articles.Count(a => a.UnitId == u.Id && live.Contains(a.State))))
            .ToListAsync(ct);
    }

    /// <summary>A new unit, active, placed after the others; people can then be placed in it.</summary>
    public async Task<int> AddAsync(string actorId, string? name, UnitKind kind, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        if (!Enum.IsDefined(kind))
            throw new AccountRefusedException(AccountRefusal.InvalidUnitKind, AccountMessages.InvalidUnitKind);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cleaned = await CheckNameAsync(db, name, null, ct);
        var order = (await db.Units.MaxAsync(u => (int?)u.SortOrder, ct) ?? 0) + 1;
        var unit = new Unit(cleaned, kind, order);
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        await log.RecordAsync(SecurityEventKind.UnitAdded, null, null, address, actorId, cleaned, ct);
        return unit.Id;
    }

    public async Task RenameAsync(string actorId, int unitId, string? name, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unit = await FindAsync(db, unitId, ct);
        var cleaned = await CheckNameAsync(db, name, unitId, ct);
        if (cleaned == unit.Name)
            return;
        var before = unit.Name;
        unit.Rename(cleaned);
        await db.SaveChangesAsync(ct);
        await log.RecordAsync(SecurityEventKind.UnitRenamed, null, null, address, actorId, $"«{before}» → «{cleaned}»", ct);
    }

    /// <summary>
    /// Deactivating takes the unit out of every choice (new items, new accounts, moving people). It is
    /// refused while active people belong to it, who would be left unable to draft, and while its
    /// items are still in the workflow, which would belong to a unit nobody can write for; published,
    /// refused and taken-down items stay with it as history.
    /// </summary>
    public async Task SetActiveAsync(string actorId, int unitId, bool active, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unit = await FindAsync(db, unitId, ct);
        if (unit.IsActive == active)
            return;
        if (!active)
        {
            var people = await db.Users.CountAsync(p => p.UnitId == unitId && p.IsActive, ct);
            if (people > 0)
                throw new AccountRefusedException(AccountRefusal.UnitHasPeople, string.Format(CultureInfo.InvariantCulture, AccountMessages.UnitHasPeople, unit.Name, people));
            var live = Deadlines.LiveStates.ToArray();
            var items = await db.Articles.CountAsync(a => a.UnitId == unitId && live.Contains(a.State), ct);
            if (items > 0)
                throw new AccountRefusedException(AccountRefusal.UnitHasItems, string.Format(CultureInfo.InvariantCulture, AccountMessages.UnitHasItems, unit.Name, items));
            unit.Deactivate();
        }
        else
        {
            unit.Reactivate();
        }
        await db.SaveChangesAsync(ct);
        await log.RecordAsync(active ? SecurityEventKind.UnitReactivated : SecurityEventKind.UnitDeactivated,
            null, null, address, actorId, unit.Name, ct);
    }

    private Task EnsureAdministratorAsync(string actorId, CancellationToken ct) =>
        AdministratorCheck.EnsureAsync(board, clock, actorId, ct);

    private static async Task<Unit> FindAsync(EditorialDbContext db, int unitId, CancellationToken ct) =>
        await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, ct)
        ?? throw new AccountRefusedException(AccountRefusal.NotFound, AccountMessages.UnitNotFound);

    /// <summary>A name of 1–200 characters that no other unit has, letter case aside (SQLite folds only ASCII, so compare here).</summary>
    private static async Task<string> CheckNameAsync(EditorialDbContext db, string? name, int? exceptId, CancellationToken ct)
    {
        // One space between words, Unicode composed (a name typed on a phone and one pasted from Word compare equal).
        var cleaned = string.Join(' ', (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize();
        if (cleaned.Length is 0 or > MaxNameLength)
            throw new AccountRefusedException(AccountRefusal.InvalidUnitName, AccountMessages.InvalidUnitName);
        var others = await db.Units.AsNoTracking().Where(u => u.Id != exceptId).Select(u => u.Name).ToListAsync(ct);
        if (others.Any(other => string.Equals(other.Normalize(), cleaned, StringComparison.OrdinalIgnoreCase)))
            throw new AccountRefusedException(AccountRefusal.UnitNameTaken, string.Format(CultureInfo.InvariantCulture, AccountMessages.UnitNameTaken, cleaned));
        return cleaned;
    }
}

/// <param name="ActivePeople">Active people placed in the unit.</param>
/// <param name="LiveItems">Its items not yet published, refused or taken down.</param>
public sealed record UnitRow(int Id, string Name, UnitKind Kind, bool IsActive, int ActivePeople, int LiveItems);
