using EditorialHub.Core.Accounts;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Settings;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Settings;

/// <summary>The approval policy and the publishing deadline as the secretary changes them in the app, on real SQLite.</summary>
public sealed class WorkflowSettingsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly Dictionary<string, string> _ids = [];
    private int _mathsUnit;

    private WorkflowSettings Settings => _database.Services.GetRequiredService<WorkflowSettings>();
    private ArticleService Articles => _database.Services.GetRequiredService<ArticleService>();

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await _database.InitializeAsync(demo: true);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        foreach (var person in await db.Users.Select(p => new { p.UserName, p.Id, p.UnitId }).ToListAsync())
            _ids[person.UserName!] = person.Id;
        _mathsUnit = await db.Users.Where(p => p.UserName == "gv.toan1").Select(p => p.UnitId!.Value).SingleAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>A routine item of <paramref name="category"/> from gv.toan1 through btv.van to approval; its level.</summary>
    private async Task<(int Id, ApprovalLevel? Level)> SentForApprovalAsync(ArticleCategory category)
    {
        var item = await Articles.CreateDraftAsync(_ids["gv.toan1"], _mathsUnit,
            new ArticleContent("Hội giảng cấp tổ", "Tổ Toán – Tin học tổ chức hội giảng.", "<p>Sáu tiết dạy mẫu.</p>", category, ArticleKind.ActivityReport));
        await Articles.SubmitAsync(item.Id, _ids["gv.toan1"]);
        await Articles.TakeAsync(item.Id, _ids["btv.van"]);
        await Articles.SendForApprovalAsync(item.Id, _ids["btv.van"]);
        return (item.Id, (await Articles.GetAsync(item.Id, _ids["btv.van"])).ApprovalLevel);
    }

    [Fact]
    public async Task Read_NothingChangedYet_ShowsAppsettingsDefaults()
    {
        var view = await Settings.ReadAsync(_ids["thuky"]);

        Assert.Equal(WorkflowOptions.DefaultPolicy.OrderBy(p => p.Key),
            view.ApprovalLevels.Select(l => KeyValuePair.Create(l.Category, l.Level)).OrderBy(p => p.Key));
        Assert.All(view.ApprovalLevels, l => Assert.False(l.ChangedInApp));
        Assert.Equal((2, 2, false), (view.PublishWithinWorkingDays, view.DefaultPublishWithinWorkingDays, view.PublishWithinChangedInApp));
    }

    [Fact]
    public async Task ChangeApprovalLevel_NewsToDeputy_ANewItemWaitsForTheDeputyAndOneAlreadyWaitingKeepsItsLevel()
    {
        var waiting = await SentForApprovalAsync(ArticleCategory.News);
        Assert.Equal(ApprovalLevel.Editor, waiting.Level);

        await Settings.ChangeApprovalLevelAsync(_ids["thuky"], ArticleCategory.News, ApprovalLevel.Deputy);

        var sent = await SentForApprovalAsync(ArticleCategory.News);
        Assert.Equal(ApprovalLevel.Deputy, sent.Level);
        Assert.Equal(ApprovalLevel.Editor, (await Articles.GetAsync(waiting.Id, _ids["btv.van"])).ApprovalLevel);
        // An editor may no longer approve the new one; the deputy may.
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => Articles.ApproveAsync(sent.Id, _ids["btv.toan"]));
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        await Articles.ApproveAsync(sent.Id, _ids["phoban"]);
        // Other categories keep appsettings' level.
        Assert.Equal(ApprovalLevel.Editor, (await SentForApprovalAsync(ArticleCategory.ProfessionalTopics)).Level);
    }

    [Fact]
    public async Task Changes_AreKeptAsHistoryNewestFirstWithWhoAndTheValueBefore()
    {
        var secretary = _ids["thuky"];
        await Settings.ChangeApprovalLevelAsync(secretary, ArticleCategory.Plans, ApprovalLevel.Head);
        await Settings.ChangeApprovalLevelAsync(secretary, ArticleCategory.Plans, ApprovalLevel.Head); // no change, no row
        await Settings.ChangeApprovalLevelAsync(secretary, ArticleCategory.Plans, ApprovalLevel.Editor);
        await Settings.ChangePublishWithinWorkingDaysAsync(secretary, 5);

        var history = await Settings.HistoryAsync(secretary, 0, 10);
        var view = await Settings.ReadAsync(secretary);

        Assert.Equal(3, history.Total);
        Assert.Equal(
        [
            ("Workflow:PublishWithinWorkingDays", "2", "5"),
            ("Workflow:ApprovalPolicy:Plans", "Head", "Editor"),
            ("Workflow:ApprovalPolicy:Plans", "Deputy", "Head"),
        ], history.Items.Select(h => (h.Key, h.PreviousValue, h.Value)).ToList());
        Assert.All(history.Items, h => Assert.Equal("Đỗ Thị Hồng Nhung", h.ChangedByName));
        var plans = view.ApprovalLevels.Single(l => l.Category == ArticleCategory.Plans);
        Assert.Equal((ApprovalLevel.Editor, ApprovalLevel.Deputy, true), (plans.Level, plans.DefaultLevel, plans.ChangedInApp));
        Assert.Equal((5, true), (view.PublishWithinWorkingDays, view.PublishWithinChangedInApp));
        Assert.Equal(5, (await Settings.CurrentAsync()).PublishWithinWorkingDays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(31)]
    public async Task ChangePublishWithin_OutOfBounds_RefusedAndNothingStored(int days)
    {
        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() => Settings.ChangePublishWithinWorkingDaysAsync(_ids["thuky"], days));

        Assert.Equal(AccountRefusal.InvalidSetting, refused.Reason);
        Assert.Equal("Thời hạn đăng là số ngày làm việc từ 1 đến 30.", refused.Message);
        Assert.Equal(0, (await Settings.HistoryAsync(_ids["thuky"], 0, 10)).Total);
    }

    [Fact]
    public async Task ChangeHolidays_AnApprovedItemsDeadlineMovesPastThem_AndTheHistoryKeepsTheList()
    {
        // Approved on Saturday 21/11/2026: due by the end of the second working day, Tuesday 24/11.
        var sent = await SentForApprovalAsync(ArticleCategory.News);
        await Articles.ApproveAsync(sent.Id, _ids["btv.toan"]);
        var before = (await Articles.GetAsync(sent.Id, _ids["thuky"])).DueAtUtc;

        var saved = await Settings.ChangeHolidaysAsync(_ids["thuky"], "23/11/2026 - 24/11/2026 Nghỉ bù\n");

        var after = (await Articles.GetAsync(sent.Id, _ids["thuky"])).DueAtUtc;
        Assert.Equal(new DateTime(2026, 11, 24, 17, 0, 0, DateTimeKind.Utc), before); // the start of 25/11 in Hà Nội
        Assert.Equal(new DateTime(2026, 11, 26, 17, 0, 0, DateTimeKind.Utc), after);  // Wednesday and Thursday instead
        Assert.Equal("23/11/2026 - 24/11/2026 Nghỉ bù", saved.Text);
        var view = await Settings.ReadAsync(_ids["thuky"]);
        Assert.Equal((2, true), (view.Holidays.Days.Count, view.HolidaysChangedInApp));
        Assert.Equal(("", "23/11/2026 - 24/11/2026 Nghỉ bù"),
            (await Settings.HistoryAsync(_ids["thuky"], 0, 1)).Items.Select(h => (h.PreviousValue, h.Value)).Single());
    }

    [Fact]
    public async Task ChangeHolidays_ALineThatDoesNotRead_RefusedAndTheListBeforeKept()
    {
        await Settings.ChangeHolidaysAsync(_ids["thuky"], "01/01/2027 Tết Dương lịch");

        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() =>
            Settings.ChangeHolidaysAsync(_ids["thuky"], "01/01/2027 Tết Dương lịch\n30/4/27 Giải phóng"));

        Assert.StartsWith("Dòng 2 (“30/4/27 Giải phóng”): không đọc được ngày.", refused.Message);
        Assert.Equal("01/01/2027 Tết Dương lịch", (await Settings.ReadAsync(_ids["thuky"])).Holidays.Text);
    }

    [Theory]
    [InlineData("hieutruong")]
    [InlineData("truongban")]
    [InlineData("btv.van")]
    public async Task ChangeHolidays_AnyoneButTheSecretary_RefusedAndNothingStored(string user)
    {
        await Assert.ThrowsAsync<AccountRefusedException>(() => Settings.ChangeHolidaysAsync(_ids[user], "01/01/2027"));

        Assert.Equal(0, (await Settings.HistoryAsync(_ids["thuky"], 0, 10)).Total);
    }

    [Fact]
    public async Task ChangeApprovalLevel_UnknownLevel_Refused()
    {
        var refused = await Assert.ThrowsAsync<AccountRefusedException>(() =>
            Settings.ChangeApprovalLevelAsync(_ids["thuky"], ArticleCategory.News, (ApprovalLevel)9));

        Assert.Equal(AccountRefusal.InvalidSetting, refused.Reason);
    }

    [Fact]
    public async Task History_CannotBeRewritten()
    {
        await Settings.ChangePublishWithinWorkingDaysAsync(_ids["thuky"], 4);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        db.SettingChanges.Remove(await db.SettingChanges.SingleAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
