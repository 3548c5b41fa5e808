using System.Text.RegularExpressions;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task Initialize_EmptyDatabaseWithDemo_LoadsABelievableSchool()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));

        var seed = await database.InitializeAsync(demo: true);

        Assert.Equal(StartupSeed.DemoSchool, seed);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(8, await db.Units.CountAsync(u => u.Kind == UnitKind.SubjectDepartment));
        Assert.Equal(1, await db.Units.CountAsync(u => u.Kind == UnitKind.Office));
        Assert.Equal(1, await db.Units.CountAsync(u => u.Kind == UnitKind.TradeUnion));
        Assert.Equal(1, await db.Units.CountAsync(u => u.Kind == UnitKind.YouthUnion));
        Assert.InRange(await db.Users.CountAsync(), 55, 65);

        // This year and the one before, over (for the dashboard's comparison and last year's reports).
        Assert.Equal(["2025-2026", "2026-2027"], await db.SchoolYears.OrderBy(y => y.Starts).Select(y => y.Name).ToListAsync());
        var year = await db.SchoolYears.SingleAsync(y => y.Name == "2026-2027");
        var roles = await db.RoleAssignments.Where(a => a.SchoolYearId == year.Id).Select(a => a.Role).ToListAsync();
        Assert.Equal(1, roles.Count(r => r == Role.BoardHead));
        Assert.Equal(1, roles.Count(r => r == Role.BoardDeputy));
        Assert.Equal(1, roles.Count(r => r == Role.BoardSecretary));
        Assert.Equal(3, roles.Count(r => r == Role.Editor));
        Assert.Equal(1, roles.Count(r => r == Role.Principal));
        // Every unit has a head who follows its quota.
        Assert.Equal(11, roles.Count(r => r == Role.DepartmentHead));
    }

    [Theory]
    [InlineData("truongban", Role.BoardHead)]
    [InlineData("phoban", Role.BoardDeputy)]
    [InlineData("thuky", Role.BoardSecretary)]
    [InlineData("btv.van", Role.Editor)]
    [InlineData("btv.toan", Role.Editor)]
    [InlineData("tt.toan", Role.DepartmentHead)]
    [InlineData("hieutruong", Role.Principal)]
    public async Task Initialize_Demo_AccountsOfTheReadmeSignInWithTheDemoPassword(string userName, Role role)
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: true);
        await using var scope = database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();

        var person = await users.FindByNameAsync(userName);

        Assert.NotNull(person);
        Assert.True(await users.CheckPasswordAsync(person, "Demo@2026"));
        Assert.False(person.MustChangePassword);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Contains(role, await db.RoleAssignments.Where(a => a.PersonId == person.Id).Select(a => a.Role).ToListAsync());
    }

    [Fact]
    public async Task Initialize_DemoOnADatabaseWithData_TouchesNothing()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: false);

        var seed = await database.InitializeAsync(demo: true);

        Assert.Equal(StartupSeed.None, seed);
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.Equal(["quantri"], await db.Users.Select(p => p.UserName).ToListAsync());
        Assert.Empty(await db.Units.ToListAsync());
    }

    [Fact]
    public async Task Initialize_EmptyDatabaseWithoutDemo_CreatesTheSecretaryWithAOneTimePasswordPrintedOnce()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        var console = new StringWriter();

        var seed = await database.InitializeAsync(demo: false, console);

        Assert.Equal(StartupSeed.Administrator, seed);
        var password = Regex.Match(console.ToString(), @"Mật khẩu dùng một lần: (\S+)").Groups[1].Value;
        Assert.NotEmpty(password);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
            var administrator = await users.FindByNameAsync(DatabaseInitializer.AdministratorUserName);
            Assert.NotNull(administrator);
            Assert.True(administrator.MustChangePassword);
            Assert.True(await users.CheckPasswordAsync(administrator, password));
            Assert.DoesNotContain(password, administrator.PasswordHash);
        }

        var again = new StringWriter();
        await database.InitializeAsync(demo: false, again);
        Assert.DoesNotContain(password, again.ToString());
    }

    [Fact]
    public async Task Initialize_Twice_KeepsTheDatabaseInWalMode()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: false);

        await using var db = await database.Contexts.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.True(File.Exists(Path.Combine(database.Directory, "editorialhub.db")));
    }

    [Fact]
    public void OneTimePassword_Generated_MeetsThePasswordRulesAndDiffersEachTime()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => OneTimePassword.Generate()).ToList();

        Assert.Equal(50, passwords.Distinct().Count());
        Assert.All(passwords, password =>
        {
            Assert.True(password.Length >= 12);
            Assert.Contains(password, char.IsDigit);
            Assert.Contains(password, char.IsLower);
            Assert.Contains(password, char.IsUpper);
        });
    }
}
