using EditorialHub.Core.Accounts;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Accounts;

/// <summary>Editing a person, managing units and the roles of other school years, on the demo school in real SQLite.</summary>
public sealed class PersonAndUnitAdministrationTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private TestDatabase _database = null!;
    private AsyncServiceScope _scope;

    private AccountAdministration Accounts => _scope.ServiceProvider.GetRequiredService<AccountAdministration>();
    private UnitAdministration Units => _scope.ServiceProvider.GetRequiredService<UnitAdministration>();
    private UserManager<Person> Users => _scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
    private BoardDirectory Board => _scope.ServiceProvider.GetRequiredService<BoardDirectory>();
    private ArticleService Articles => _scope.ServiceProvider.GetRequiredService<ArticleService>();

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

    private async Task<int> UnitOf(string name)
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return (await db.Units.SingleAsync(u => u.Name == name)).Id;
    }

    private async Task<SecurityEvent> LastRecordAsync()
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return await db.SecurityEvents.OrderByDescending(e => e.Id).FirstAsync();
    }

    private async Task<long> RecordCountAsync()
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return await db.SecurityEvents.LongCountAsync();
    }

    // ---- Editing a person ----

    [Fact]
    public async Task EditPerson_NewUnit_TheirListsAndDraftUnitsFollowAndTheChangeIsRecorded()
    {
        var secretary = await IdOf("thuky");
        var teacher = await Users.FindByNameAsync("gv.toan1");
        var stampBefore = teacher!.SecurityStamp;
        var literature = await UnitOf("Tổ Ngữ văn");
        // A colleague's draft: a draft is seen by its unit (and its author, wherever they go).
        var mathsDraft = await Articles.CreateDraftAsync(await IdOf("gv.toan2"), teacher.UnitId!.Value,
            new ArticleContent("Đề cương ôn tập Toán 12", "Tóm tắt", "<p>Nội dung</p>", ArticleCategory.News, ArticleKind.ActivityReport));
        var literatureDraft = await Articles.CreateDraftAsync(await IdOf("gv.van1"), literature,
            new ArticleContent("Câu lạc bộ thơ", "Tóm tắt", "<p>Nội dung</p>", ArticleCategory.News, ArticleKind.ActivityReport));

        var changed = await Accounts.EditPersonAsync(secretary, teacher.Id,
            new PersonDetails("Hoàng Thị Lan Anh", "lananh.hoang@thpt-lequydon.edu.vn", literature, "Giáo viên Toán – Văn"), "10.0.0.9");

        Assert.True(changed);
        var after = (await Users.FindByIdAsync(teacher.Id))!;
        Assert.Equal(literature, after.UnitId);
        Assert.Equal("lananh.hoang@thpt-lequydon.edu.vn", after.Email);
        Assert.Equal("LANANH.HOANG@THPT-LEQUYDON.EDU.VN", after.NormalizedEmail);
        Assert.NotEqual(stampBefore, after.SecurityStamp);
        // What they see now is the new unit's work, not the old one's drafts.
        var seen = await Articles.ListAsync(teacher.Id, new ArticleFilter(States: [ArticleState.Draft]), new PageRequest(0, 200));
        Assert.Contains(seen.Items, i => i.Id == literatureDraft.Id);
        Assert.DoesNotContain(seen.Items, i => i.Id == mathsDraft.Id);
        Assert.Equal(literature, Assert.Single(await Articles.UnitsForDraftAsync(teacher.Id)).Id);
        var entry = await LastRecordAsync();
        Assert.Equal(SecurityEventKind.PersonEdited, entry.Kind);
        Assert.Equal(teacher.Id, entry.PersonId);
        Assert.Equal(secretary, entry.ActorId);
        Assert.Contains("Tổ/đơn vị: «Tổ Toán – Tin học» → «Tổ Ngữ văn»", entry.Detail);
        Assert.Contains("E-mail: «gv.toan1@thpt-lequydon.edu.vn» → «lananh.hoang@thpt-lequydon.edu.vn»", entry.Detail);
        Assert.DoesNotContain("Họ và tên", entry.Detail);
    }

    [Fact]
    public async Task EditPerson_OnlyTheJobTitle_KeepsTheirSessions()
    {
        var teacher = (await Users.FindByNameAsync("gv.toan2"))!;

        await Accounts.EditPersonAsync(await IdOf("thuky"), teacher.Id,
            new PersonDetails(teacher.FullName, teacher.Email, teacher.UnitId, "Tổ phó, giáo viên Toán"), null);

        var after = (await Users.FindByIdAsync(teacher.Id))!;
        Assert.Equal("Tổ phó, giáo viên Toán", after.JobTitle);
        Assert.Equal(teacher.SecurityStamp, after.SecurityStamp);
    }

    [Fact]
    public async Task EditPerson_NothingChanged_RecordsNothing()
    {
        var teacher = (await Users.FindByNameAsync("gv.toan2"))!;
        var before = await RecordCountAsync();

        var changed = await Accounts.EditPersonAsync(await IdOf("thuky"), teacher.Id,
            new PersonDetails($" {teacher.FullName} ", teacher.Email, teacher.UnitId, teacher.JobTitle), null);

        Assert.False(changed);
        Assert.Equal(before, await RecordCountAsync());
    }

    [Theory]
    [InlineData("  ", "x@thpt-lequydon.edu.vn", AccountRefusal.MissingFullName)]
    [InlineData("Tên", "khong-phai-email", AccountRefusal.InvalidEmail)]
    [InlineData("Tên", "a b@thpt-lequydon.edu.vn", AccountRefusal.InvalidEmail)]
    // Another person's e-mail, in another letter case: single sign-on would not know whom to sign in.
    [InlineData("Tên", "GV.Toan1@THPT-LeQuyDon.edu.vn", AccountRefusal.EmailTaken)]
    public async Task EditPerson_BadInput_RefusedInVietnameseAndNothingChanges(string fullName, string email, AccountRefusal expected)
    {
        var teacher = (await Users.FindByNameAsync("gv.toan2"))!;

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() =>
            Accounts.EditPersonAsync(IdOf("thuky").Result, teacher.Id, new PersonDetails(fullName, email, null, "Giáo viên"), null));

        Assert.Equal(expected, refused.Reason);
        Assert.Matches("[ạảãàáâậầấẩẫăắằặẳẵêếềệểễôốồộổỗơớờợởỡưứừựửữđíìịỉĩ]", refused.Message.ToLowerInvariant());
        var after = (await Users.FindByIdAsync(teacher.Id))!;
        Assert.Equal(teacher.FullName, after.FullName);
        Assert.Equal(teacher.Email, after.Email);
        Assert.Equal(teacher.UnitId, after.UnitId);
    }

    [Fact]
    public async Task EditPerson_IntoADeactivatedUnit_Refused()
    {
        var secretary = await IdOf("thuky");
        var club = await Units.AddAsync(secretary, "Câu lạc bộ Robot", UnitKind.Office, null);
        await Units.SetActiveAsync(secretary, club, false, null);
        var teacher = (await Users.FindByNameAsync("gv.toan2"))!;

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() =>
            Accounts.EditPersonAsync(secretary, teacher.Id, new PersonDetails(teacher.FullName, teacher.Email, club, teacher.JobTitle), null));

        Assert.Equal(AccountRefusal.UnknownUnit, refused.Reason);
    }

    // ---- Units ----

    [Fact]
    public async Task AddUnit_NewDepartment_IsOfferedForNewItemsOfAMemberPlacedInIt()
    {
        var secretary = await IdOf("thuky");
        var teacher = (await Users.FindByNameAsync("gv.tin1"))!;

        var unitId = await Units.AddAsync(secretary, "  Tổ   Tin học ", UnitKind.SubjectDepartment, null);
        await Accounts.EditPersonAsync(secretary, teacher.Id, new PersonDetails(teacher.FullName, teacher.Email, unitId, teacher.JobTitle), null);

        var row = (await Units.ListAsync(secretary)).Single(u => u.Id == unitId);
        Assert.Equal(("Tổ Tin học", UnitKind.SubjectDepartment, true, 1, 0), (row.Name, row.Kind, row.IsActive, row.ActivePeople, row.LiveItems));
        var choice = Assert.Single(await Articles.UnitsForDraftAsync(teacher.Id));
        Assert.Equal(("Tổ Tin học", true), (choice.Name, choice.IsOwn));
        Assert.Contains(await Accounts.UnitsAsync(), u => u.Id == unitId);
        var entry = await LastRecordAsync();
        Assert.Equal(SecurityEventKind.PersonEdited, entry.Kind);
    }

    [Theory]
    [InlineData("", AccountRefusal.InvalidUnitName)]
    [InlineData("   ", AccountRefusal.InvalidUnitName)]
    [InlineData("tổ ngữ VĂN", AccountRefusal.UnitNameTaken)]
    [InlineData("Văn phòng", AccountRefusal.UnitNameTaken)]
    public async Task AddUnit_BadName_Refused(string name, AccountRefusal expected)
    {
        var secretary = await IdOf("thuky");
        var before = (await Units.ListAsync(secretary)).Count;

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() => Units.AddAsync(secretary, name, UnitKind.SubjectDepartment, null));

        Assert.Equal(expected, refused.Reason);
        Assert.Equal(before, (await Units.ListAsync(secretary)).Count);
    }

    [Fact]
    public async Task RenameUnit_ToAFreeName_EveryoneSeesTheNewNameAndTheRecordKeepsBoth()
    {
        var secretary = await IdOf("thuky");
        var office = await UnitOf("Văn phòng");

        await Units.RenameAsync(secretary, office, "Văn phòng nhà trường", null);

        Assert.Contains(await Accounts.UnitsAsync(), u => u.Id == office && u.Name == "Văn phòng nhà trường");
        var entry = await LastRecordAsync();
        Assert.Equal((SecurityEventKind.UnitRenamed, "«Văn phòng» → «Văn phòng nhà trường»"), (entry.Kind, entry.Detail));
        var taken = await Assert.ThrowsAsync<AccountRefusedException>(() => Units.RenameAsync(secretary, office, "Đoàn Thanh niên", null));
        Assert.Equal(AccountRefusal.UnitNameTaken, taken.Reason);
    }

    [Fact]
    public async Task DeactivateUnit_WithActivePeople_RefusedSayingHowMany()
    {
        var secretary = await IdOf("thuky");
        var maths = await UnitOf("Tổ Toán – Tin học");

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() => Units.SetActiveAsync(secretary, maths, false, null));

        Assert.Equal(AccountRefusal.UnitHasPeople, refused.Reason);
        Assert.Matches(@"còn \d+ người đang hoạt động", refused.Message);
        Assert.True((await Units.ListAsync(secretary)).Single(u => u.Id == maths).IsActive);
    }

    [Fact]
    public async Task DeactivateUnit_WithItemsStillInTheWorkflow_RefusedUntilTheyAreDone()
    {
        var secretary = await IdOf("thuky");
        var club = await Units.AddAsync(secretary, "Câu lạc bộ Tiếng Anh", UnitKind.Office, null);
        // The secretary may draft for any unit; a draft of the club keeps it in the workflow.
        var draft = await Articles.CreateDraftAsync(secretary, club,
            new ArticleContent("Ngày hội tiếng Anh", "Tóm tắt", "<p>Nội dung</p>", ArticleCategory.News, ArticleKind.ActivityReport));

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() => Units.SetActiveAsync(secretary, club, false, null));

        Assert.Equal(AccountRefusal.UnitHasItems, refused.Reason);
        Assert.Contains("còn 1 tin bài", refused.Message);
        Assert.Equal(1, (await Units.ListAsync(secretary)).Single(u => u.Id == club).LiveItems);
        Assert.NotEqual(0, draft.Id);
    }

    [Fact]
    public async Task DeactivateUnit_Empty_LeavesEveryChoiceAndComesBackWhenReactivated()
    {
        var secretary = await IdOf("thuky");
        var club = await Units.AddAsync(secretary, "Câu lạc bộ Robot", UnitKind.Office, null);

        await Units.SetActiveAsync(secretary, club, false, null);

        Assert.DoesNotContain(await Accounts.UnitsAsync(), u => u.Id == club);
        Assert.DoesNotContain(await Articles.UnitsForDraftAsync(secretary), u => u.Id == club);
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => Articles.CreateDraftAsync(secretary, club,
            new ArticleContent("Tin", "Tóm tắt", "<p>Nội dung</p>", ArticleCategory.News, ArticleKind.ActivityReport)));
        Assert.Equal(WorkflowError.UnknownUnit, refused.Code);
        Assert.Equal(SecurityEventKind.UnitDeactivated, (await LastRecordAsync()).Kind);

        await Units.SetActiveAsync(secretary, club, true, null);

        Assert.Contains(await Accounts.UnitsAsync(), u => u.Id == club);
        Assert.Equal((SecurityEventKind.UnitReactivated, "Câu lạc bộ Robot"), ((await LastRecordAsync()).Kind, (await LastRecordAsync()).Detail));
    }

    // ---- Roles of other school years ----

    private async Task<(int Past, int Current, int Next)> ThreeYearsAsync()
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        // The demo school holds last year (2025-2026) and this one.
        var current = await db.SchoolYears.SingleAsync(y => y.Name == "2026-2027");
        var past = await db.SchoolYears.SingleAsync(y => y.Name == "2025-2026");
        var next = new SchoolYear(new DateOnly(2027, 9, 5), new DateOnly(2028, 1, 17), new DateOnly(2028, 5, 31));
        db.SchoolYears.Add(next);
        await db.SaveChangesAsync();
        return (past.Id, current.Id, next.Id);
    }

    [Fact]
    public async Task SchoolYears_ThreeYears_LatestFirstOnlyTheEndedOneClosed()
    {
        var (past, current, next) = await ThreeYearsAsync();

        var years = await Accounts.SchoolYearsAsync(await IdOf("thuky"));

        Assert.Equal(
            [(next, "2027-2028", false, true), (current, "2026-2027", true, true), (past, "2025-2026", false, false)],
            years.Select(y => (y.Id, y.Name, y.IsInForce, y.IsEditable)).ToList());
    }

    [Fact]
    public async Task AssignRole_NextYear_PreparesNextYearsBoardWithoutTouchingTodaysPermissions()
    {
        var (_, _, next) = await ThreeYearsAsync();
        var secretary = await IdOf("thuky");
        var teacher = (await Users.FindByNameAsync("gv.ly1"))!;

        await Accounts.AssignRoleAsync(secretary, teacher.Id, next, Role.BoardDeputy, null);

        Assert.Contains(await Accounts.BoardCompositionAsync(secretary, next), m => m.PersonId == teacher.Id && m.Role == Role.BoardDeputy);
        Assert.DoesNotContain(Role.BoardDeputy, await Board.RolesOnAsync(teacher.Id, Today));
        Assert.Contains(Role.BoardDeputy, await Board.RolesOnAsync(teacher.Id, new DateOnly(2027, 9, 5)));
        // A role for a year to come does not end today's sessions.
        Assert.Equal(teacher.SecurityStamp, (await Users.FindByIdAsync(teacher.Id))!.SecurityStamp);

        await Accounts.RemoveRoleAsync(secretary, teacher.Id, next, Role.BoardDeputy, null);
        Assert.Empty(await Accounts.BoardCompositionAsync(secretary, next));
    }

    [Fact]
    public async Task CopyBoard_IntoNextYear_ActivePeopleOnly_Recorded_AndASecondCopyAddsNothing()
    {
        var (past, current, next) = await ThreeYearsAsync();
        var secretary = await IdOf("thuky");
        var thisYear = await Accounts.BoardCompositionAsync(secretary, current);
        var leaving = (await Users.FindByNameAsync("btv.anh"))!;
        await Accounts.SetActiveAsync(secretary, leaving.Id, false, null);

        var copied = await Accounts.CopyBoardAsync(secretary, current, next, null);

        var nextYear = await Accounts.BoardCompositionAsync(secretary, next);
        var expected = thisYear.Where(m => m.PersonId != leaving.Id).Select(m => (m.PersonId, m.Role)).Order().ToList();
        Assert.Equal(expected, nextYear.Select(m => (m.PersonId, m.Role)).Order().ToList());
        Assert.Equal(expected.Count, copied);
        // Each role copied is in the account record, as a single assignment would be.
        await using (var db = await _database.Contexts.CreateDbContextAsync())
        {
            var recorded = await db.SecurityEvents.Where(e => e.Kind == SecurityEventKind.RoleAssigned).Select(e => e.Detail).ToListAsync();
            Assert.Equal(copied, recorded.Count(detail => detail!.EndsWith($" {next}")));
        }
        // This year's board and today's permissions are untouched.
        Assert.Equal(thisYear.Count, (await Accounts.BoardCompositionAsync(secretary, current)).Count);

        Assert.Equal(0, await Accounts.CopyBoardAsync(secretary, current, next, null));
        var intoEnded = await Assert.ThrowsAsync<AccountRefusedException>(() => Accounts.CopyBoardAsync(secretary, current, past, null));
        Assert.Equal(AccountRefusal.SchoolYearEnded, intoEnded.Reason);
        var byEditor = await Assert.ThrowsAsync<AccountRefusedException>(async () => await Accounts.CopyBoardAsync(await IdOf("btv.toan"), current, next, null));
        Assert.Equal(AccountRefusal.NotAllowed, byEditor.Reason);
    }

    [Fact]
    public async Task AssignOrRemoveRole_EndedYear_RefusedItsBoardStaysAsDecided()
    {
        var (past, _, _) = await ThreeYearsAsync();
        var secretary = await IdOf("thuky");
        var boardBefore = await Accounts.BoardCompositionAsync(secretary, past);

        var assign = await Assert.ThrowsAsync<AccountRefusedException>(() =>
            Accounts.AssignRoleAsync(secretary, IdOf("gv.ly1").Result, past, Role.Editor, null));
        var remove = await Assert.ThrowsAsync<AccountRefusedException>(() =>
            Accounts.RemoveRoleAsync(secretary, secretary, past, Role.BoardSecretary, null));
        var unknown = await Assert.ThrowsAsync<AccountRefusedException>(() =>
            Accounts.AssignRoleAsync(secretary, secretary, 9999, Role.Editor, null));

        Assert.Equal(AccountRefusal.SchoolYearEnded, assign.Reason);
        Assert.Contains("2025-2026 đã kết thúc", assign.Message);
        Assert.Equal(AccountRefusal.SchoolYearEnded, remove.Reason);
        Assert.Equal(AccountRefusal.UnknownSchoolYear, unknown.Reason);
        Assert.NotEmpty(boardBefore);
        Assert.Equal(boardBefore, await Accounts.BoardCompositionAsync(secretary, past));
    }
}
