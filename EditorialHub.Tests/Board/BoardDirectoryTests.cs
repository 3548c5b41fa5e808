using EditorialHub.Core.Board;
using EditorialHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Board;

public sealed class BoardDirectoryTests
{
    [Fact]
    public async Task RolesOn_PersonOfTheCurrentBoard_HasTheYearsRolesAndUnitMembership()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: true);
        var board = database.Services.GetRequiredService<BoardDirectory>();

        var secretary = await PersonIdAsync(database, "thuky");
        var roles = await board.RolesOnAsync(secretary, new DateOnly(2026, 11, 21));

        Assert.Equal([Role.BoardSecretary, Role.DepartmentMember], roles.Order());
    }

    [Fact]
    public async Task RolesOn_LeadershipWithoutUnit_IsNoUnitMember()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: true);
        var board = database.Services.GetRequiredService<BoardDirectory>();

        var roles = await board.RolesOnAsync(await PersonIdAsync(database, "hieutruong"), new DateOnly(2026, 11, 21));

        Assert.Equal([Role.Principal], roles);
    }

    [Fact]
    public async Task RolesOn_NextSchoolYearWithoutDecision_KeepsOnlyUnitMembership()
    {
        // The board is appointed anew each year (Điều 5.2): last year's roles do not carry over.
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: true);
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            db.SchoolYears.Add(SchoolYear.UsualFrameFor(new DateOnly(2027, 9, 10)));
            await db.SaveChangesAsync();
        }
        var board = database.Services.GetRequiredService<BoardDirectory>();

        var roles = await board.RolesOnAsync(await PersonIdAsync(database, "btv.toan"), new DateOnly(2027, 9, 10));

        Assert.Equal([Role.DepartmentMember], roles);
    }

    [Fact]
    public async Task RolesOn_DeactivatedPerson_HoldsNothing()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: true);
        var id = await PersonIdAsync(database, "truongban");
        await using (var db = await database.Contexts.CreateDbContextAsync())
        {
            var person = await db.Users.FindAsync(id);
            person!.IsActive = false;
            await db.SaveChangesAsync();
        }
        var board = database.Services.GetRequiredService<BoardDirectory>();

        Assert.Empty(await board.RolesOnAsync(id, new DateOnly(2026, 11, 21)));
    }

    private static async Task<string> PersonIdAsync(TestDatabase database, string userName)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return db.Users.Single(p => p.UserName == userName).Id;
    }
}
