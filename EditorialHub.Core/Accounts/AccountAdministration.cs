using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Core.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Accounts;

/// <summary>
/// The secretary's work on accounts (Điều 6, Điều 8; [000] Điều 10): accounts are issued by the
/// school, never self-registered; an issued or reset password is shown once and must be changed at
/// first sign-in; deactivating someone ends their sessions and keeps their history. Every method
/// checks that the actor may administer, whatever the page showed.
/// </summary>
public sealed partial class AccountAdministration(
    IDbContextFactory<EditorialDbContext> contexts,
    UserManager<Person> users,
    BoardDirectory board,
    SecurityLog log,
    TimeProvider clock,
    SignInSessions sessions,
    SignInThrottle throttle)
{
    public async Task<Page<PersonRow>> ListPeopleAsync(string actorId, PeopleQuery query, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var year = await board.SchoolYearOnAsync(Today, ct);
        var people = db.Users.AsNoTracking();
        if (SearchText.Words(query.Search).Count > 0)
        {
            // A school's staff is a few hundred people: their names are matched here by the lists' one
            // rule (SearchText), whatever the case and tone marks, rather than kept in a second form.
            var everyone = await people.Select(p => new { p.Id, p.FullName, p.UserName, p.Email }).ToListAsync(ct);
            var found = everyone.Where(p => SearchText.Matches($"{p.FullName} {p.UserName} {p.Email}", query.Search))
                .Select(p => p.Id).ToList();
            people = people.Where(p => found.Contains(p.Id));
        }
        if (query.UnitId is { } unitId)
            people = people.Where(p => p.UnitId == unitId);
        if (!query.IncludeInactive)
            people = people.Where(p => p.IsActive);

        var total = await people.CountAsync(ct);
        var now = clock.GetUtcNow();
        var rows = await people
            .OrderBy(p => p.Unit == null ? 0 : p.Unit.SortOrder).ThenBy(p => p.FullName)
            .Skip(query.Skip).Take(query.Take)
            .Select(p => new
            {
                p.Id, p.UserName, p.FullName, p.Email, p.UnitId, UnitName = p.Unit == null ? null : p.Unit.Name, p.JobTitle,
                p.IsActive, p.LockoutEnd, p.MustChangePassword,
                Roles = db.RoleAssignments.Where(a => year != null && a.SchoolYearId == year.Id && a.PersonId == p.Id).Select(a => a.Role).ToList(),
            })
            .ToListAsync(ct);
        // Wrong passwords slow a name down for a while (SignInThrottle); the list shows until when.
        var waiting = await throttle.WaitingUntilAsync(rows.Select(p => users.NormalizeName(p.UserName) ?? "").ToList(), ct);
        return new Page<PersonRow>(
            rows.Select(p => new PersonRow(p.Id, p.UserName ?? "", p.FullName, p.Email, p.UnitName, p.JobTitle, p.IsActive,
                waiting.TryGetValue(users.NormalizeName(p.UserName) ?? "", out var until) ? until
                : p.LockoutEnd > now ? p.LockoutEnd : null, p.MustChangePassword, p.Roles, p.UnitId)).ToList(),
            total);
    }

    /// <summary>Issues an account; the one-time password is returned once and never stored in clear.</summary>
    public async Task<IssuedPassword> IssueAccountAsync(string actorId, NewAccount account, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        var userName = (account.UserName ?? "").Trim().ToLowerInvariant();
        if (!UserNamePattern().IsMatch(userName))
            throw new AccountRefusedException(AccountRefusal.InvalidUserName, AccountMessages.InvalidUserName);
        if (await users.FindByNameAsync(userName) is not null)
            throw new AccountRefusedException(AccountRefusal.UserNameTaken, string.Format(CultureInfo.InvariantCulture, AccountMessages.UserNameTaken, userName));
        var fullName = (account.FullName ?? "").Trim();
        if (fullName.Length is 0 or > 200)
            throw new AccountRefusedException(AccountRefusal.MissingFullName, AccountMessages.MissingFullName);
        var email = string.IsNullOrWhiteSpace(account.Email) ? null : account.Email.Trim();
        if (email is not null && !IsEmail(email))
            throw new AccountRefusedException(AccountRefusal.InvalidEmail, AccountMessages.InvalidEmail);
        if (email is not null && await users.FindByEmailAsync(email) is not null)
            throw new AccountRefusedException(AccountRefusal.EmailTaken, AccountMessages.EmailTaken);
        if (account.UnitId is { } unitId)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (!await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, ct))
                throw new AccountRefusedException(AccountRefusal.UnknownUnit, AccountMessages.UnknownUnit);
        }

        var password = OneTimePassword.Generate();
        var person = new Person
        {
            UserName = userName,
            FullName = fullName,
            Email = email,
            UnitId = account.UnitId,
            JobTitle = (account.JobTitle ?? "").Trim(),
            MustChangePassword = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(person, password);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        await log.RecordAsync(SecurityEventKind.AccountIssued, person.Id, userName, address, actorId, ct: ct);
        return new IssuedPassword(person.Id, userName, fullName, password);
    }

    /// <summary>A lost password: a new one-time password, the account unlocked, every session ended.</summary>
    public async Task<IssuedPassword> ResetPasswordAsync(string actorId, string personId, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        var person = await FindAsync(personId);
        var password = OneTimePassword.Generate();
        await users.RemovePasswordAsync(person);
        var added = await users.AddPasswordAsync(person, password);
        if (!added.Succeeded)
            throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Description)));
        // Demo accounts too: a reset is a real reset.
        person.MustChangePassword = true;
        person.IsDemo = false;
        await users.UpdateAsync(person);
        await users.SetLockoutEndDateAsync(person, null);
        await users.ResetAccessFailedCountAsync(person);
        await users.UpdateSecurityStampAsync(person);
        await throttle.ClearAsync(person.NormalizedUserName, ct);
        // Signed out everywhere at once, not at the next stamp check: a copied cookie dies with the old password.
        await sessions.EndAllAsync(person.Id, ct: ct);
        await log.RecordAsync(SecurityEventKind.PasswordReset, person.Id, person.UserName, address, actorId, ct: ct);
        return new IssuedPassword(person.Id, person.UserName ?? "", person.FullName, password);
    }

    public async Task UnlockAsync(string actorId, string personId, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        var person = await FindAsync(personId);
        await users.SetLockoutEndDateAsync(person, null);
        await users.ResetAccessFailedCountAsync(person);
        // What slows a name down after wrong passwords (SignInThrottle): the secretary's unlock lifts it.
        await throttle.ClearAsync(person.NormalizedUserName, ct);
        await log.RecordAsync(SecurityEventKind.Unlocked, person.Id, person.UserName, address, actorId, ct: ct);
    }

    /// <summary>Deactivating ends the person's sessions (removed from the server's list, and a new security stamp); their history stays.</summary>
    public async Task SetActiveAsync(string actorId, string personId, bool active, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        if (personId == actorId && !active)
            throw new AccountRefusedException(AccountRefusal.OwnAccount, AccountMessages.OwnAccount);
        var person = await FindAsync(personId);
        if (!active && await IsLastSecretaryAsync(personId, ct))
            throw new AccountRefusedException(AccountRefusal.LastSecretary, AccountMessages.LastSecretary);
        person.IsActive = active;
        await users.UpdateAsync(person);
        await users.UpdateSecurityStampAsync(person);
        if (!active)
            await sessions.EndAllAsync(person.Id, ct: ct);
        await log.RecordAsync(active ? SecurityEventKind.AccountReactivated : SecurityEventKind.AccountDeactivated,
            person.Id, person.UserName, address, actorId, ct: ct);
    }

    /// <summary>Gives a person a role for a school year (the board's decision for that year).</summary>
    public async Task AssignRoleAsync(string actorId, string personId, int schoolYearId, Role role, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        if (role == Role.DepartmentMember)
            throw new AccountRefusedException(AccountRefusal.RoleNotAssignable, AccountMessages.RoleNotAssignable);
        var person = await FindAsync(personId);
        var inForce = await EnsureYearEditableAsync(schoolYearId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.RoleAssignments.AnyAsync(a => a.PersonId == personId && a.SchoolYearId == schoolYearId && a.Role == role, ct))
            return;
        db.RoleAssignments.Add(new RoleAssignment(personId, schoolYearId, role));
        await db.SaveChangesAsync(ct);
        // The security stamp check rebuilds the person's permissions within a minute; a role for a
        // year that has not started changes nothing today, so it does not end their sessions.
        if (inForce)
            await users.UpdateSecurityStampAsync(person);
        await log.RecordAsync(SecurityEventKind.RoleAssigned, personId, person.UserName, address, actorId, $"{role} {schoolYearId}", ct);
    }

    /// <summary>
    /// Gives a year the roles another year had — usually the board of the year ending, for the year to
    /// come, which the secretary then corrects person by person. Only roles the year lacks are added,
    /// for people still active; each is recorded like a single assignment.
    /// </summary>
    /// <returns>How many roles were added.</returns>
    public async Task<int> CopyBoardAsync(string actorId, int fromSchoolYearId, int toSchoolYearId, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        var inForce = await EnsureYearEditableAsync(toSchoolYearId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.SchoolYears.AnyAsync(y => y.Id == fromSchoolYearId, ct))
            throw new AccountRefusedException(AccountRefusal.UnknownSchoolYear, AccountMessages.UnknownSchoolYear);
        var held = (await db.RoleAssignments.Where(a => a.SchoolYearId == toSchoolYearId)
            .Select(a => new { a.PersonId, a.Role }).ToListAsync(ct)).Select(a => (a.PersonId, a.Role)).ToHashSet();
        var copied = (await db.RoleAssignments.AsNoTracking()
                .Where(a => a.SchoolYearId == fromSchoolYearId && a.Person!.IsActive)
                .Select(a => new { a.PersonId, a.Role, a.Person!.UserName }).ToListAsync(ct))
            .Where(a => !held.Contains((a.PersonId, a.Role)))
            .ToList();
        db.RoleAssignments.AddRange(copied.Select(a => new RoleAssignment(a.PersonId, toSchoolYearId, a.Role)));
        await db.SaveChangesAsync(ct);
        foreach (var assignment in copied)
        {
            if (inForce)
                await users.UpdateSecurityStampAsync(await FindAsync(assignment.PersonId));
            await log.RecordAsync(SecurityEventKind.RoleAssigned, assignment.PersonId, assignment.UserName, address, actorId,
                $"{assignment.Role} {toSchoolYearId}", ct);
        }
        return copied.Count;
    }

    public async Task RemoveRoleAsync(string actorId, string personId, int schoolYearId, Role role, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        var person = await FindAsync(personId);
        var inForce = await EnsureYearEditableAsync(schoolYearId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var assignment = await db.RoleAssignments.SingleOrDefaultAsync(a => a.PersonId == personId && a.SchoolYearId == schoolYearId && a.Role == role, ct);
        if (assignment is null)
            return;
        if (role == Role.BoardSecretary && await db.RoleAssignments.CountAsync(a => a.SchoolYearId == schoolYearId && a.Role == Role.BoardSecretary, ct) == 1)
            throw new AccountRefusedException(AccountRefusal.LastSecretary, AccountMessages.LastSecretary);
        db.RoleAssignments.Remove(assignment);
        await db.SaveChangesAsync(ct);
        if (inForce)
            await users.UpdateSecurityStampAsync(person);
        await log.RecordAsync(SecurityEventKind.RoleRemoved, personId, person.UserName, address, actorId, $"{role} {schoolYearId}", ct);
    }

    /// <summary>
    /// Corrects a person's details. A new unit changes what they see and may draft for: like a role
    /// change, it renews their security stamp so their permissions are rebuilt within a minute. Every
    /// change is written to the account record, old and new value side by side.
    /// </summary>
    /// <returns>Whether anything changed.</returns>
    public async Task<bool> EditPersonAsync(string actorId, string personId, PersonDetails details, string? address, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        var person = await FindAsync(personId);
        var fullName = (details.FullName ?? "").Trim();
        if (fullName.Length is 0 or > 200)
            throw new AccountRefusedException(AccountRefusal.MissingFullName, AccountMessages.MissingFullName);
        var email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        if (email is not null && !IsEmail(email))
            throw new AccountRefusedException(AccountRefusal.InvalidEmail, AccountMessages.InvalidEmail);
        var jobTitle = (details.JobTitle ?? "").Trim();
        if (jobTitle.Length > 200)
            throw new AccountRefusedException(AccountRefusal.InvalidJobTitle, AccountMessages.InvalidJobTitle);

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (email is not null)
        {
            // Single sign-on finds the account by e-mail: two accounts must never share one.
            var normalized = users.NormalizeEmail(email);
            if (await db.Users.AnyAsync(p => p.NormalizedEmail == normalized && p.Id != personId, ct))
                throw new AccountRefusedException(AccountRefusal.EmailTaken, AccountMessages.EmailTaken);
        }
        // A person may stay in a unit that has since been deactivated, but nobody is moved into one.
        if (details.UnitId is { } unitId && unitId != person.UnitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, ct))
            throw new AccountRefusedException(AccountRefusal.UnknownUnit, AccountMessages.UnknownUnit);

        var unitNames = await db.Units.AsNoTracking()
            .Where(u => u.Id == person.UnitId || u.Id == details.UnitId)
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        string UnitName(int? id) => id is { } known && unitNames.TryGetValue(known, out var name) ? name : AccountMessages.NoUnit;
        var changes = new List<string>();
        void Note(string label, string before, string after)
        {
            if (before != after)
                changes.Add($"{label}: «{before}» → «{after}»");
        }
        Note(AccountMessages.FieldFullName, person.FullName, fullName);
        Note(AccountMessages.FieldEmail, person.Email ?? "", email ?? "");
        Note(AccountMessages.FieldUnit, UnitName(person.UnitId), UnitName(details.UnitId));
        Note(AccountMessages.FieldJobTitle, person.JobTitle, jobTitle);
        if (changes.Count == 0)
            return false;

        var unitChanged = person.UnitId != details.UnitId;
        person.FullName = fullName;
        person.Email = email;
        person.UnitId = details.UnitId;
        person.JobTitle = jobTitle;
        var updated = await users.UpdateAsync(person);
        if (!updated.Succeeded)
            throw new InvalidOperationException(string.Join("; ", updated.Errors.Select(e => e.Description)));
        if (unitChanged)
            await users.UpdateSecurityStampAsync(person);
        await log.RecordAsync(SecurityEventKind.PersonEdited, person.Id, person.UserName, address, actorId, string.Join("; ", changes), ct);
        return true;
    }

    /// <summary>The school years, latest first, and whether their roles may still be changed.</summary>
    public async Task<IReadOnlyList<SchoolYearChoice>> SchoolYearsAsync(string actorId, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        var inForce = await board.SchoolYearOnAsync(Today, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var years = await db.SchoolYears.AsNoTracking().OrderByDescending(y => y.Starts).ToListAsync(ct);
        return years.Select(y => new SchoolYearChoice(y.Id, y.Name, y.Starts, y.Ends, y.Id == inForce?.Id, IsEditable(y, inForce))).ToList();
    }

    /// <summary>
    /// Everyone holding a role in a school year, in the order of the board's founding decision
    /// (head, deputy, secretary, editors), then the principal and the heads of units.
    /// </summary>
    public async Task<IReadOnlyList<BoardMember>> BoardCompositionAsync(string actorId, int schoolYearId, CancellationToken ct = default)
    {
        await EnsureAdministratorAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        Role[] boardRoles = [Role.BoardHead, Role.BoardDeputy, Role.BoardSecretary, Role.Editor, Role.Principal, Role.DepartmentHead];
        var members = await db.RoleAssignments.AsNoTracking()
            .Where(a => a.SchoolYearId == schoolYearId && boardRoles.Contains(a.Role))
            .Select(a => new BoardMember(a.Role, a.PersonId, a.Person!.FullName, a.Person.JobTitle, a.Person.Unit == null ? null : a.Person.Unit.Name))
            .ToListAsync(ct);
        return members.OrderBy(m => Array.IndexOf(boardRoles, m.Role)).ThenBy(m => m.FullName).ToList();
    }

    public async Task<IReadOnlyList<UnitOption>> UnitsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(ct);
    }

    private DateOnly Today => clock.Today();

    private Task EnsureAdministratorAsync(string actorId, CancellationToken ct) =>
        AdministratorCheck.EnsureAsync(board, clock, actorId, ct);

    private async Task<Person> FindAsync(string personId) =>
        await users.FindByIdAsync(personId)
        ?? throw new AccountRefusedException(AccountRefusal.NotFound, AccountMessages.NotFound);

    private async Task<bool> IsLastSecretaryAsync(string personId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var year = await board.SchoolYearOnAsync(Today, ct);
        if (year is null)
            return false;
        var secretaries = await db.RoleAssignments
            .Where(a => a.SchoolYearId == year.Id && a.Role == Role.BoardSecretary && a.Person!.IsActive)
            .Select(a => a.PersonId).ToListAsync(ct);
        return secretaries is [var only] && only == personId;
    }

    /// <summary>
    /// Roles may be given for the year in force and for years still to come (preparing next year's
    /// board); a year that a later one has replaced keeps its board as decided (Điều 5.2: the board
    /// is appointed by decision each year, and that decision is a record).
    /// </summary>
    /// <returns>Whether the year is the one in force today (its changes reach people's permissions now).</returns>
    private async Task<bool> EnsureYearEditableAsync(int schoolYearId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var year = await db.SchoolYears.AsNoTracking().SingleOrDefaultAsync(y => y.Id == schoolYearId, ct)
            ?? throw new AccountRefusedException(AccountRefusal.UnknownSchoolYear, AccountMessages.UnknownSchoolYear);
        var inForce = await board.SchoolYearOnAsync(Today, ct);
        if (!IsEditable(year, inForce))
            throw new AccountRefusedException(AccountRefusal.SchoolYearEnded, string.Format(CultureInfo.InvariantCulture, AccountMessages.SchoolYearEnded, year.Name));
        return year.Id == inForce?.Id;
    }

    private bool IsEditable(SchoolYear year, SchoolYear? inForce) => year.Id == inForce?.Id || year.Starts > Today;

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Length <= 256;

    // Sign-in names are typed on phones: lower-case letters, digits, dot, dash, underscore.
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,49}$")]
    private static partial Regex UserNamePattern();
}

public sealed record PeopleQuery(string? Search = null, int? UnitId = null, bool IncludeInactive = true, int Skip = 0, int Take = 20);

public sealed record PersonRow(
    string Id, string UserName, string FullName, string? Email, string? UnitName, string JobTitle,
    bool IsActive, DateTimeOffset? LockedUntil, bool MustChangePassword, IReadOnlyList<Role> Roles, int? UnitId = null);

public sealed record NewAccount(string? UserName, string? FullName, string? Email, int? UnitId, string? JobTitle);

/// <summary>A one-time password to hand to the person; shown once, never stored in clear.</summary>
public sealed record IssuedPassword(string PersonId, string UserName, string FullName, string Password);

public sealed record BoardMember(Role Role, string PersonId, string FullName, string JobTitle, string? UnitName);

public sealed record UnitOption(int Id, string Name);

/// <summary>What the secretary may correct about a person; the sign-in name stays as issued.</summary>
public sealed record PersonDetails(string? FullName, string? Email, int? UnitId, string? JobTitle);

public sealed record SchoolYearChoice(int Id, string Name, DateOnly Starts, DateOnly Ends, bool IsInForce, bool IsEditable);
