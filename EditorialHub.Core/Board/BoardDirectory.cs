using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Board;

/// <summary>Who holds which roles on a given day.</summary>
public sealed class BoardDirectory(IDbContextFactory<EditorialDbContext> contexts)
{
    /// <summary>
    /// The roles <paramref name="personId"/> holds on <paramref name="day"/>: the ones assigned for the
    /// school year that covers that day, plus membership of their unit. An inactive person holds none.
    /// </summary>
    public async Task<IReadOnlySet<Role>> RolesOnAsync(string personId, DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var person = await db.Users.AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new { p.IsActive, p.UnitId })
            .SingleOrDefaultAsync(ct);
        if (person is null || !person.IsActive)
            return new HashSet<Role>();

        var year = await SchoolYearOnAsync(db, day, ct);
        var roles = year is null
            ? new HashSet<Role>()
            : (await db.RoleAssignments.AsNoTracking()
                .Where(a => a.PersonId == personId && a.SchoolYearId == year.Id)
                .Select(a => a.Role)
                .ToListAsync(ct)).ToHashSet();
        if (person.UnitId is not null)
            roles.Add(Role.DepartmentMember);
        return roles;
    }

    /// <summary>The active people who hold <paramref name="role"/> for the school year in force on <paramref name="day"/>.</summary>
    public async Task<IReadOnlySet<string>> HoldersOnAsync(Role role, DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var year = await SchoolYearOnAsync(db, day, ct);
        if (year is null)
            return new HashSet<string>();
        return (await db.RoleAssignments.AsNoTracking()
            .Where(a => a.SchoolYearId == year.Id && a.Role == role && a.Person!.IsActive)
            .Select(a => a.PersonId)
            .ToListAsync(ct)).ToHashSet();
    }

    /// <summary>The school year in force on <paramref name="day"/>: the latest one that has started.</summary>
    public async Task<SchoolYear?> SchoolYearOnAsync(DateOnly day, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await SchoolYearOnAsync(db, day, ct);
    }

    /// <summary>The name of a unit and of a person, for words such as "Tin bài của Tổ Toán – Tin học" (null when unknown).</summary>
    public async Task<(string? Unit, string? Person)> NamesAsync(int? unitId, string? personId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unit = unitId is { } id
            ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).SingleOrDefaultAsync(ct)
            : null;
        var person = personId is not null
            ? await db.Users.AsNoTracking().Where(p => p.Id == personId).Select(p => p.FullName).SingleOrDefaultAsync(ct)
            : null;
        return (unit, person);
    }

    private static Task<SchoolYear?> SchoolYearOnAsync(EditorialDbContext db, DateOnly day, CancellationToken ct) =>
        db.SchoolYears.AsNoTracking()
            .Where(y => y.Starts <= day)
            .OrderByDescending(y => y.Starts)
            .FirstOrDefaultAsync(ct);
}
