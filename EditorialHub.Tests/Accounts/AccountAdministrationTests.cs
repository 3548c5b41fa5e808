using EditorialHub.Core.Accounts;
using EditorialHub.Core.Board;
using EditorialHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Accounts;

public sealed class AccountAdministrationTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private AsyncServiceScope _scope;

    private AccountAdministration Accounts => _scope.ServiceProvider.GetRequiredService<AccountAdministration>();
    private UserManager<Person> Users => _scope.ServiceProvider.GetRequiredService<UserManager<Person>>();

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await _database.InitializeAsync(demo: true);
        _scope = _database.Services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<string> IdOf(string userName) => (await Users.FindByNameAsync(userName))!.Id;

    // Every operation, tried by people who may not administer: refused in the core, whatever a page shows.
    public static TheoryData<string, string> OperationsByNonAdministrators()
    {
        var data = new TheoryData<string, string>();
        foreach (var actor in new[] { "truongban", "phoban", "btv.van", "tt.toan", "gv.toan1", "hieutruong" })
            foreach (var operation in new[] { "list", "issue", "reset", "unlock", "deactivate", "assign", "remove", "board", "log" })
                data.Add(actor, operation);
        return data;
    }

    [Theory]
    [MemberData(nameof(OperationsByNonAdministrators))]
    public async Task Operation_ByNonAdministrator_IsRefusedAndChangesNothing(string actor, string operation)
    {
        var actorId = await IdOf(actor);
        var target = await IdOf("gv.toan2");
        var yearId = (await _scope.ServiceProvider.GetRequiredService<BoardDirectory>().SchoolYearOnAsync(new DateOnly(2026, 11, 21)))!.Id;
        var stampBefore = (await Users.FindByIdAsync(target))!.SecurityStamp;

        Func<Task> attempt = operation switch
        {
            "list" => () => Accounts.ListPeopleAsync(actorId, new PeopleQuery()),
            "issue" => () => Accounts.IssueAccountAsync(actorId, new NewAccount("gv.moi", "Giáo viên Mới", null, null, null), null),
            "reset" => () => Accounts.ResetPasswordAsync(actorId, target, null),
            "unlock" => () => Accounts.UnlockAsync(actorId, target, null),
            "deactivate" => () => Accounts.SetActiveAsync(actorId, target, false, null),
            "assign" => () => Accounts.AssignRoleAsync(actorId, target, yearId, Role.Editor, null),
            "remove" => async () => await Accounts.RemoveRoleAsync(actorId, await IdOf("btv.van"), yearId, Role.Editor, null),
            "board" => () => Accounts.BoardCompositionAsync(actorId, yearId),
            "log" => () => _scope.ServiceProvider.GetRequiredService<SecurityLog>().ListAsync(actorId, null, 0, 10),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(attempt);
        Assert.Equal(AccountRefusal.NotAllowed, refused.Reason);
        Assert.Contains("thư ký", refused.Message);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        Assert.Null(await db.Users.SingleOrDefaultAsync(p => p.UserName == "gv.moi"));
        var after = await db.Users.AsNoTracking().SingleAsync(p => p.Id == target);
        Assert.True(after.IsActive);
        Assert.Equal(stampBefore, after.SecurityStamp);
        Assert.Equal(3, await db.RoleAssignments.CountAsync(a => a.Role == Role.Editor && a.SchoolYearId == yearId));
    }

    [Fact]
    public async Task IssueAccount_BySecretary_GivesAOneTimePasswordThatMustBeChanged()
    {
        var secretary = await IdOf("thuky");

        var issued = await Accounts.IssueAccountAsync(secretary,
            new NewAccount(" GV.Toan9 ", "Nguyễn Thị Mới", "gv.toan9@thpt-lequydon.edu.vn", null, "Giáo viên Toán"), "10.0.0.5");

        Assert.Equal("gv.toan9", issued.UserName);
        var person = await Users.FindByNameAsync("gv.toan9");
        Assert.NotNull(person);
        Assert.True(person.MustChangePassword);
        Assert.False(person.IsDemo);
        Assert.True(await Users.CheckPasswordAsync(person, issued.Password));
        Assert.DoesNotContain(issued.Password, person.PasswordHash);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var entry = await db.SecurityEvents.SingleAsync(e => e.Kind == SecurityEventKind.AccountIssued);
        Assert.Equal(person.Id, entry.PersonId);
        Assert.Equal(secretary, entry.ActorId);
        Assert.DoesNotContain(issued.Password, entry.Detail ?? "");
    }

    [Theory]
    [InlineData("ab", "Tên", null, AccountRefusal.InvalidUserName)]
    [InlineData("gv toan", "Tên", null, AccountRefusal.InvalidUserName)]
    [InlineData("giáo.viên", "Tên", null, AccountRefusal.InvalidUserName)]
    [InlineData("../admin", "Tên", null, AccountRefusal.InvalidUserName)]
    [InlineData("gv.toan1", "Tên", null, AccountRefusal.UserNameTaken)]
    [InlineData("gv.moi", "  ", null, AccountRefusal.MissingFullName)]
    [InlineData("gv.moi", "Tên", "khong-phai-email", AccountRefusal.InvalidEmail)]
    [InlineData("gv.moi", "Tên", "gv.toan1@thpt-lequydon.edu.vn", AccountRefusal.EmailTaken)]
    public async Task IssueAccount_BadInput_IsRefusedWithAReasonAndCreatesNothing(string userName, string fullName, string? email, AccountRefusal expected)
    {
        var before = await Users.Users.CountAsync();

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() =>
            Accounts.IssueAccountAsync(IdOf("thuky").Result, new NewAccount(userName, fullName, email, null, null), null));

        Assert.Equal(expected, refused.Reason);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        Assert.Equal(before, await Users.Users.CountAsync());
    }

    [Fact]
    public async Task ResetPassword_LostPassword_OldStopsWorkingNewMustBeChangedAndSessionsEnd()
    {
        var target = await Users.FindByNameAsync("gv.toan2");
        var stampBefore = target!.SecurityStamp;

        var issued = await Accounts.ResetPasswordAsync(await IdOf("thuky"), target.Id, null);

        var after = await Users.FindByIdAsync(target.Id);
        Assert.False(await Users.CheckPasswordAsync(after!, "Demo@2026"));
        Assert.True(await Users.CheckPasswordAsync(after!, issued.Password));
        Assert.True(after!.MustChangePassword);
        Assert.NotEqual(stampBefore, after.SecurityStamp);
    }

    [Fact]
    public async Task Unlock_LockedAccount_CanSignInAgain()
    {
        var target = (await Users.FindByNameAsync("gv.toan3"))!;
        for (var i = 0; i < 5; i++)
            await Users.AccessFailedAsync(target);
        Assert.True(await Users.IsLockedOutAsync(target));

        await Accounts.UnlockAsync(await IdOf("thuky"), target.Id, null);

        Assert.False(await Users.IsLockedOutAsync((await Users.FindByIdAsync(target.Id))!));
    }

    [Fact]
    public async Task SetActive_Deactivate_EndsSessionsRemovesRolesButKeepsThePerson()
    {
        var target = (await Users.FindByNameAsync("btv.toan"))!;
        var stampBefore = target.SecurityStamp;

        await Accounts.SetActiveAsync(await IdOf("thuky"), target.Id, false, null);

        var after = (await Users.FindByIdAsync(target.Id))!;
        Assert.False(after.IsActive);
        Assert.NotEqual(stampBefore, after.SecurityStamp);
        var board = _scope.ServiceProvider.GetRequiredService<BoardDirectory>();
        Assert.Empty(await board.RolesOnAsync(target.Id, new DateOnly(2026, 11, 21)));
    }

    [Fact]
    public async Task SetActive_SecretaryDeactivatesHerself_IsRefused()
    {
        var secretary = await IdOf("thuky");

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() => Accounts.SetActiveAsync(secretary, secretary, false, null));

        Assert.Equal(AccountRefusal.OwnAccount, refused.Reason);
    }

    [Fact]
    public async Task RemoveRole_TheOnlySecretary_IsRefusedSoNobodyIsLockedOutOfAdministration()
    {
        var secretary = await IdOf("thuky");
        var yearId = (await _scope.ServiceProvider.GetRequiredService<BoardDirectory>().SchoolYearOnAsync(new DateOnly(2026, 11, 21)))!.Id;

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() =>
            Accounts.RemoveRoleAsync(secretary, secretary, yearId, Role.BoardSecretary, null));

        Assert.Equal(AccountRefusal.LastSecretary, refused.Reason);
    }

    [Fact]
    public async Task AssignRole_Editor_TheNewEditorHoldsTheRoleAndTheBoardListShowsThem()
    {
        var secretary = await IdOf("thuky");
        var teacher = await IdOf("gv.ly1");
        var board = _scope.ServiceProvider.GetRequiredService<BoardDirectory>();
        var yearId = (await board.SchoolYearOnAsync(new DateOnly(2026, 11, 21)))!.Id;

        await Accounts.AssignRoleAsync(secretary, teacher, yearId, Role.Editor, null);

        Assert.Contains(Role.Editor, await board.RolesOnAsync(teacher, new DateOnly(2026, 11, 21)));
        var members = await Accounts.BoardCompositionAsync(secretary, yearId);
        Assert.Equal(Role.BoardHead, members[0].Role);
        Assert.Contains(members, m => m.PersonId == teacher && m.Role == Role.Editor);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        Assert.True(await db.SecurityEvents.AnyAsync(e => e.Kind == SecurityEventKind.RoleAssigned && e.PersonId == teacher));
    }

    [Fact]
    public async Task ListPeople_Search_FindsByVietnameseNameAndPagesTheRest()
    {
        var secretary = await IdOf("thuky");

        var found = await Accounts.ListPeopleAsync(secretary, new PeopleQuery("Hồng Nhung"));
        var firstPage = await Accounts.ListPeopleAsync(secretary, new PeopleQuery(Take: 20));

        Assert.Equal("thuky", Assert.Single(found.Items).UserName);
        Assert.Contains(Role.BoardSecretary, found.Items[0].Roles);
        Assert.Equal(20, firstPage.Items.Count);
        Assert.Equal(60, firstPage.Total);
    }

    [Theory]
    [InlineData("hong nhung")]
    [InlineData("HỒNG NHUNG")]
    [InlineData("đỗ thị hồng")]
    [InlineData("do thi hong nhung")]
    [InlineData("THUKY")]
    public async Task ListPeople_SearchAnyCaseOrMarks_FindsTheSecretary(string search)
    {
        var found = await Accounts.ListPeopleAsync(await IdOf("thuky"), new PeopleQuery(search));

        Assert.Equal("thuky", Assert.Single(found.Items).UserName);
        Assert.Equal(1, found.Total);
    }
}

public sealed class SecurityLogTests
{
    [Fact]
    public async Task Record_Entries_CannotBeRewrittenOrDeleted()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: false);
        var log = database.Services.GetRequiredService<SecurityLog>();
        await log.RecordAsync(SecurityEventKind.SignInFailed, null, "ai.do", "10.1.2.3");

        await using var db = await database.Contexts.CreateDbContextAsync();
        var entry = await db.SecurityEvents.SingleAsync();
        db.SecurityEvents.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await using var fresh = await database.Contexts.CreateDbContextAsync();
        Assert.Equal("ai.do", (await fresh.SecurityEvents.SingleAsync()).UserName);
    }
}
