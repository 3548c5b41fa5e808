using System.Reflection;
using EditorialHub.Core.Accounts;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data.Demo;
using EditorialHub.Core.Settings;
using EditorialHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Accounts;

/// <summary>
/// docs/authorization.md prints the secretary's operations × roles; this walks every row in the
/// core as every demo account and fails on any cell where the core and the page differ.
/// </summary>
public sealed class AdministrationTableDocumentTests : IAsyncLifetime
{
    private static readonly Role[] Columns =
        [Role.BoardHead, Role.BoardDeputy, Role.BoardSecretary, Role.Editor, Role.DepartmentHead, Role.DepartmentMember, Role.Principal];

    private TestDatabase _database = null!;
    private AsyncServiceScope _scope;
    private readonly Dictionary<string, string> _ids = [];
    private int _yearId, _pastYearId, _spareUnitId, _mathsUnitId;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await _database.InitializeAsync(demo: true);
        _scope = _database.Services.CreateAsyncScope();
        await using var db = await _database.Contexts.CreateDbContextAsync();
        foreach (var person in await db.Users.Select(p => new { p.UserName, p.Id }).ToListAsync())
            _ids[person.UserName!] = person.Id;
        _yearId = (await db.SchoolYears.SingleAsync(y => y.Name == "2026-2027")).Id;
        _pastYearId = (await db.SchoolYears.SingleAsync(y => y.Name == "2025-2026")).Id;
        _mathsUnitId = (await db.Units.SingleAsync(u => u.Name == "Tổ Toán – Tin học")).Id;
        // An empty unit the secretary's walk renames, deactivates and brings back.
        _spareUnitId = await _scope.ServiceProvider.GetRequiredService<UnitAdministration>()
            .AddAsync(_ids["thuky"], "Câu lạc bộ Khoa học", UnitKind.Office, null);
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed record Row(string Operation, string Method, IReadOnlySet<Role> Allowed);

    private static IReadOnlyList<Row> DocumentedRows()
    {
        var lines = File.ReadAllLines(Repository.PathOf("docs", "authorization.md"));
        var header = Array.FindIndex(lines, line => line.StartsWith("| operation | core method |"));
        Assert.True(header >= 0, "The administration table is missing from docs/authorization.md.");
        return lines.Skip(header + 2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => new Row(cells[0], cells[1], Columns.Where((_, i) => cells[2 + i] == "✔").ToHashSet()))
            .ToList();
    }

    /// <summary>Each documented operation, done in the core by an actor; a successful one by the secretary must not break the next.</summary>
    private Func<string, Task> Operation(string name, string actorName)
    {
        var accounts = _scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var units = _scope.ServiceProvider.GetRequiredService<UnitAdministration>();
        var settings = _scope.ServiceProvider.GetRequiredService<WorkflowSettings>();
        var log = _scope.ServiceProvider.GetRequiredService<SecurityLog>();
        return name switch
        {
            "ListPeople" => actor => accounts.ListPeopleAsync(actor, new PeopleQuery()),
            "IssueAccount" => actor => accounts.IssueAccountAsync(actor, new NewAccount($"moi.{actorName}", "Người Mới", null, null, null), null),
            "ResetPassword" => actor => accounts.ResetPasswordAsync(actor, _ids["gv.toan2"], null),
            "Unlock" => actor => accounts.UnlockAsync(actor, _ids["gv.toan2"], null),
            "Deactivate" => actor => accounts.SetActiveAsync(actor, _ids["gv.toan3"], false, null),
            "Reactivate" => actor => accounts.SetActiveAsync(actor, _ids["gv.toan3"], true, null),
            "EditPerson" => actor => accounts.EditPersonAsync(actor, _ids["gv.toan4"],
                new PersonDetails("Đặng Văn Tuấn", "gv.toan4@thpt-lequydon.edu.vn", _mathsUnitId, $"Giáo viên Toán ({actorName})"), null),
            "ListSchoolYears" => actor => accounts.SchoolYearsAsync(actor),
            "ReadBoard" => actor => accounts.BoardCompositionAsync(actor, _yearId),
            "AssignRole" => actor => accounts.AssignRoleAsync(actor, _ids["gv.ly1"], _yearId, Role.Editor, null),
            // Last year's board into this year's, which holds it already: nothing to add, nothing refused.
            "CopyBoard" => actor => accounts.CopyBoardAsync(actor, _pastYearId, _yearId, null),
            "RemoveRole" => actor => accounts.RemoveRoleAsync(actor, _ids["gv.ly1"], _yearId, Role.Editor, null),
            "ListUnits" => actor => units.ListAsync(actor),
            "AddUnit" => actor => units.AddAsync(actor, $"Tổ thử ({actorName})", UnitKind.SubjectDepartment, null),
            "RenameUnit" => actor => units.RenameAsync(actor, _spareUnitId, $"Câu lạc bộ Khoa học ({actorName})", null),
            "DeactivateUnit" => actor => units.SetActiveAsync(actor, _spareUnitId, false, null),
            "ReactivateUnit" => actor => units.SetActiveAsync(actor, _spareUnitId, true, null),
            "ReadSettings" => actor => settings.ReadAsync(actor),
            "ChangeApprovalLevel" => actor => settings.ChangeApprovalLevelAsync(actor, ArticleCategory.News, ApprovalLevel.Deputy),
            "ChangePublishDeadline" => actor => settings.ChangePublishWithinWorkingDaysAsync(actor, 3),
            // Next year's New Year's Day: far from any deadline of the demo school.
            "ChangeHolidays" => actor => settings.ChangeHolidaysAsync(actor, $"01/01/{SchoolTime.Today.Year + 1} Tết Dương lịch"),
            "ReadSettingsHistory" => actor => settings.HistoryAsync(actor, 0, 10),
            "ReadRecord" => actor => log.ListAsync(actor, null, 0, 10),
            _ => throw new InvalidOperationException($"docs/authorization.md names an operation the test does not know: {name}"),
        };
    }

    [Fact]
    public async Task Document_AdministrationTable_EveryCellHoldsForEveryDemoAccount()
    {
        var rows = DocumentedRows();
        Assert.NotEmpty(rows);
        var differences = new List<string>();
        foreach (var member in DemoStaff.People)
        {
            // The roles the demo school gave: assigned ones, plus membership of a unit.
            var roles = member.Roles.ToHashSet();
            if (member.Unit is not null)
                roles.Add(Role.DepartmentMember);
            foreach (var row in rows)
            {
                var expected = roles.Overlaps(row.Allowed);
                bool allowed;
                try
                {
                    await Operation(row.Operation, member.UserName)(_ids[member.UserName]);
                    allowed = true;
                }
                catch (AccountRefusedException refused) when (refused.Reason == AccountRefusal.NotAllowed)
                {
                    allowed = false;
                }
                if (allowed != expected)
                    differences.Add($"{row.Operation} by {member.UserName}: the page says {(expected ? "allowed" : "refused")}, the core {(allowed ? "allowed" : "refused")}");
            }
        }
        Assert.Empty(differences);
    }

    [Fact]
    public async Task Document_AdministrationTable_NamesEveryOperationOfTheServices()
    {
        var documented = string.Join("\n", DocumentedRows().Select(row => row.Method));
        // Every public operation that takes an acting person must be in the table.
        var operations = new[] { typeof(AccountAdministration), typeof(UnitAdministration), typeof(WorkflowSettings), typeof(SecurityLog) }
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(method => method.GetParameters().FirstOrDefault()?.Name == "actorId")
                .Select(method => $"`{type.Name}.{method.Name}`"))
            .Distinct();

        Assert.All(operations, operation => Assert.Contains(operation, documented));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Walk_Secretary_ReallyDidEachOperation()
    {
        // The walk counts "not refused" as allowed; check the secretary's operations left their marks.
        foreach (var row in DocumentedRows())
            await Operation(row.Operation, "thuky")(_ids["thuky"]);

        var users = _scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        Assert.NotNull(await users.FindByNameAsync("moi.thuky"));
        Assert.Equal("Giáo viên Toán (thuky)", (await users.FindByNameAsync("gv.toan4"))!.JobTitle);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var spare = await db.Units.SingleAsync(u => u.Id == _spareUnitId);
        Assert.Equal("Câu lạc bộ Khoa học (thuky)", spare.Name);
        Assert.True(spare.IsActive);
        Assert.True(await db.Units.AnyAsync(u => u.Name == "Tổ thử (thuky)"));
        var kinds = await db.SecurityEvents.Select(e => e.Kind).Distinct().ToListAsync();
        Assert.Superset(new HashSet<SecurityEventKind>
        {
            SecurityEventKind.AccountIssued, SecurityEventKind.PasswordReset, SecurityEventKind.Unlocked,
            SecurityEventKind.AccountDeactivated, SecurityEventKind.AccountReactivated, SecurityEventKind.PersonEdited,
            SecurityEventKind.RoleAssigned, SecurityEventKind.RoleRemoved, SecurityEventKind.UnitAdded,
            SecurityEventKind.UnitRenamed, SecurityEventKind.UnitDeactivated, SecurityEventKind.UnitReactivated,
        }, kinds.ToHashSet());
        // The approval level, the publishing deadline and the holidays.
        Assert.Equal(3, await db.SettingChanges.CountAsync());
    }
}
