using EditorialHub.Core.Articles;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Articles;

/// <summary>The demo school on real SQLite with the real migrations, shared by the tests of this class; each test writes its own items.</summary>
public sealed class ArticleServiceFixture : IAsyncLifetime
{
    internal TestDatabase Database { get; private set; } = null!;
    public ArticleService Articles => Database.Services.GetRequiredService<ArticleService>();
    private readonly Dictionary<string, string> _ids = [];
    private int _mathsUnit;

    public async Task InitializeAsync()
    {
        Database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await Database.InitializeAsync(demo: true);
        await using var db = await Database.Contexts.CreateDbContextAsync();
        foreach (var person in await db.Users.Select(p => new { p.UserName, p.Id }).ToListAsync())
            _ids[person.UserName!] = person.Id;
        _mathsUnit = await db.Users.Where(p => p.UserName == "gv.toan1").Select(p => p.UnitId!.Value).SingleAsync();
    }

    public string Id(string userName) => _ids[userName];

    public string UserName(string personId) => _ids.Single(pair => pair.Value == personId).Key;

    public int MathsUnit => _mathsUnit;

    async Task IAsyncLifetime.DisposeAsync() => await Database.DisposeAsync();
}

public sealed class ArticleServiceTests(ArticleServiceFixture fixture) : IClassFixture<ArticleServiceFixture>
{
    private readonly ArticleService _articles = fixture.Articles;

    private static ArticleContent News(string title = "Hội giảng chào mừng ngày Nhà giáo Việt Nam", ArticleFlags flags = ArticleFlags.None) =>
        new(title, "Tổ Toán – Tin học tổ chức hội giảng cấp tổ.", "<p>Sáu tiết dạy mẫu.</p>",
            ArticleCategory.News, ArticleKind.ActivityReport, flags, new DateOnly(2026, 11, 18));

    private string Id(string userName) => fixture.Id(userName);

    private Task<ArticleHandle> DraftAsync(ArticleContent? content = null) =>
        _articles.CreateDraftAsync(Id("gv.toan1"), fixture.MathsUnit, content ?? News());

    [Fact]
    public async Task Workflow_FivePeopleFromDraftToTakenDown_EveryStepInTheHistory()
    {
        var item = await DraftAsync();
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
        await _articles.TakeAsync(item.Id, Id("btv.van"));
        await _articles.SendForApprovalAsync(item.Id, Id("btv.van"));
        await _articles.ReturnToEditorAsync(item.Id, Id("phoban"), "Ghi rõ tên các giáo viên dạy mẫu.");
        var edited = await _articles.GetAsync(item.Id, Id("btv.van"));
        await _articles.SaveEditAsync(
            item.Id, Id("btv.van"), News() with { Body = "<p>Sáu tiết dạy mẫu của cô Lan Anh và thầy Cường.</p>" }, edited.Version);
        await _articles.SendForApprovalAsync(item.Id, Id("btv.van"), "Đã bổ sung tên giáo viên.");
        await _articles.ApproveAsync(item.Id, Id("phoban"));
        await _articles.PublishAsync(item.Id, Id("thuky"), "https://thpt-lequydon.edu.vn/tin-tuc/hoi-giang-20-11");
        await _articles.RequestTakeDownAsync(item.Id, Id("tt.toan"), TakeDownGround.ProviderAsked, "Tổ xin gỡ để thay ảnh.");
        await _articles.DecideTakeDownAsync(item.Id, Id("truongban"), grant: true, "Đồng ý gỡ.");

        var details = await _articles.GetAsync(item.Id, Id("truongban"));
        var history = await _articles.GetHistoryAsync(item.Id, Id("gv.toan1"));
        Assert.Equal(ArticleState.TakenDown, details.State);
        Assert.Equal(TakeDownGround.ProviderAsked, details.TakeDownGround);
        Assert.Equal(
        [
            ("gv.toan1", ArticleAction.Submit, ArticleState.Draft, ArticleState.Submitted),
            ("btv.van", ArticleAction.Take, ArticleState.Submitted, ArticleState.Editing),
            ("btv.van", ArticleAction.SendForApproval, ArticleState.Editing, ArticleState.AwaitingApproval),
            ("phoban", ArticleAction.ReturnToEditor, ArticleState.AwaitingApproval, ArticleState.Editing),
            ("btv.van", ArticleAction.SaveEdit, ArticleState.Editing, ArticleState.Editing),
            ("btv.van", ArticleAction.SendForApproval, ArticleState.Editing, ArticleState.AwaitingApproval),
            ("phoban", ArticleAction.Approve, ArticleState.AwaitingApproval, ArticleState.Approved),
            ("thuky", ArticleAction.Publish, ArticleState.Approved, ArticleState.Published),
            ("tt.toan", ArticleAction.RequestTakeDown, ArticleState.Published, ArticleState.Published),
            ("truongban", ArticleAction.GrantTakeDown, ArticleState.Published, ArticleState.TakenDown),
        ], history.Select(h => (UserName(h.ActorId), h.Action, h.From, h.To)));
        Assert.Equal("Ghi rõ tên các giáo viên dạy mẫu.", history[3].Note);
        Assert.Equal(TakeDownGround.ProviderAsked, history[8].TakeDownGround);
        Assert.Equal("Trần Thị Thu Hà", history[^1].ActorName);
        Assert.All(history, h => Assert.Equal(new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc), h.AtUtc));
        var revisions = await _articles.GetRevisionsAsync(item.Id, Id("gv.toan1"));
        Assert.Equal([(1, "gv.toan1"), (2, "btv.van")], revisions.Select(r => (r.Number, UserName(r.AuthorId))));
    }

    [Fact]
    public async Task SaveEdit_TwoSavesWithTheSameToken_SecondRefusedFirstKept()
    {
        var item = await DraftAsync();

        await _articles.SaveEditAsync(item.Id, Id("gv.toan1"), News("Bản của cô Lan Anh"), item.Version);
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() =>
            _articles.SaveEditAsync(item.Id, Id("tt.toan"), News("Bản của thầy Long"), item.Version));

        Assert.Equal(WorkflowError.Concurrency, refusal.Code);
        Assert.Equal(ArticleMessages.Concurrency, refusal.Message);
        var stored = await _articles.GetAsync(item.Id, Id("gv.toan1"));
        Assert.Equal("Bản của cô Lan Anh", stored.Title);
        var revisions = await _articles.GetRevisionsAsync(item.Id, Id("gv.toan1"));
        Assert.Equal(["Hội giảng chào mừng ngày Nhà giáo Việt Nam", "Bản của cô Lan Anh"], revisions.Select(r => r.Title));
    }

    [Fact]
    public async Task SaveEdit_WithTheNewToken_Saved()
    {
        var item = await DraftAsync();

        var first = await _articles.SaveEditAsync(item.Id, Id("gv.toan1"), News("Lần một"), item.Version);
        var second = await _articles.SaveEditAsync(item.Id, Id("tt.toan"), News("Lần hai"), first.Version);

        Assert.Equal("Lần hai", (await _articles.GetAsync(item.Id, Id("gv.toan1"))).Title);
        Assert.NotEqual(first.Version, second.Version);
    }

    [Fact]
    public async Task Get_DraftByMemberOfAnotherUnit_Refused()
    {
        var item = await DraftAsync();

        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => _articles.GetAsync(item.Id, Id("gv.van1")));
        var editorRefusal = await Assert.ThrowsAsync<WorkflowException>(() => _articles.GetAsync(item.Id, Id("btv.van")));
        var list = await _articles.ListAsync(Id("gv.van1"), new ArticleFilter(), new PageRequest(0, 200));

        Assert.Equal(WorkflowError.CannotRead, refusal.Code);
        Assert.Equal(ArticleMessages.CannotRead, refusal.Message);
        Assert.Equal(WorkflowError.CannotRead, editorRefusal.Code);
        Assert.DoesNotContain(list.Items, i => i.Id == item.Id);
        Assert.Equal(item.Id, (await _articles.GetAsync(item.Id, Id("tt.toan"))).Id);
    }

    [Fact]
    public async Task Get_SubmittedItem_BoardReadsOtherUnitDoesNot()
    {
        var item = await DraftAsync();
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));

        var forEditor = await _articles.GetAsync(item.Id, Id("btv.van"));
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => _articles.GetAsync(item.Id, Id("gv.van1")));

        Assert.Equal([ArticleAction.Take], forEditor.AllowedActions);
        Assert.Equal(WorkflowError.CannotRead, refusal.Code);
    }

    [Fact]
    public async Task Transitions_LaterSteps_NeverChangeEarlierRows()
    {
        var item = await DraftAsync();
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
        await _articles.TakeAsync(item.Id, Id("btv.toan"));
        var before = await HistoryRowsAsync(item.Id);

        await _articles.SendForApprovalAsync(item.Id, Id("btv.toan"));
        await _articles.RefuseAsync(item.Id, Id("phoban"), RefusalGround.InsufficientQuality, "Ảnh mờ, thiếu thông tin.");
        var after = await HistoryRowsAsync(item.Id);

        Assert.Equal(before, after.Take(before.Count));
        Assert.Equal(before.Count + 2, after.Count);
        Assert.Contains("InsufficientQuality", after[^1]);
    }

    [Fact]
    public async Task SaveChanges_ChangingOrDeletingAHistoryRow_Refused()
    {
        var item = await DraftAsync();
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
        await using var db = await fixture.Database.Contexts.CreateDbContextAsync();
        var row = await db.ArticleTransitions.FirstAsync(t => t.ArticleId == item.Id);

        db.Entry(row).Property(t => t.Note).CurrentValue = "sửa lịch sử";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.Entry(row).State = Microsoft.EntityFrameworkCore.EntityState.Deleted;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Approve_FlaggedItem_OnlyTheHead()
    {
        var item = await DraftAsync(News(flags: ArticleFlags.Sensitive));
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
        await _articles.TakeAsync(item.Id, Id("btv.van"));
        await _articles.SendForApprovalAsync(item.Id, Id("btv.van"));

        var editor = await Assert.ThrowsAsync<WorkflowException>(() => _articles.ApproveAsync(item.Id, Id("btv.anh")));
        var deputy = await Assert.ThrowsAsync<WorkflowException>(() => _articles.ApproveAsync(item.Id, Id("phoban")));
        await _articles.ApproveAsync(item.Id, Id("truongban"));

        Assert.Equal(WorkflowError.LevelTooLow, editor.Code);
        Assert.Equal(WorkflowError.LevelTooLow, deputy.Code);
        Assert.Equal(ArticleState.Approved, (await _articles.GetAsync(item.Id, Id("truongban"))).State);
    }

    [Fact]
    public async Task Approve_EditorWhoEditedIt_RefusedAnotherEditorApproves()
    {
        var item = await DraftAsync();
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
        await _articles.TakeAsync(item.Id, Id("btv.van"));
        await _articles.SendForApprovalAsync(item.Id, Id("btv.van"));

        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => _articles.ApproveAsync(item.Id, Id("btv.van")));
        await _articles.ApproveAsync(item.Id, Id("btv.anh"));

        Assert.Equal(WorkflowError.FourEyes, refusal.Code);
    }

    [Fact]
    public async Task TakeDown_BySecretary_RefusedHeadOnly()
    {
        var item = await PublishedAsync();

        var refusal = await Assert.ThrowsAsync<WorkflowException>(() =>
            _articles.TakeDownAsync(item.Id, Id("thuky"), TakeDownGround.NoLongerTimely, "Cũ."));
        var noGround = await Assert.ThrowsAsync<WorkflowException>(() =>
            _articles.TakeDownAsync(item.Id, Id("truongban"), null, "Cũ."));
        await _articles.TakeDownAsync(item.Id, Id("truongban"), TakeDownGround.NoLongerTimely, "Tin đã cũ.");

        Assert.Equal(WorkflowError.RoleNotPermitted, refusal.Code);
        Assert.Equal("Chỉ Trưởng ban mới được gỡ bỏ tin bài.", refusal.Message);
        Assert.Equal(WorkflowError.TakeDownGroundRequired, noGround.Code);
        Assert.Equal(ArticleState.TakenDown, (await _articles.GetAsync(item.Id, Id("truongban"))).State);
    }

    [Fact]
    public async Task Publish_ByTheHead_RefusedSecretaryOnly()
    {
        var item = await DraftAsync();
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
        await _articles.TakeAsync(item.Id, Id("btv.van"));
        await _articles.SendForApprovalAsync(item.Id, Id("btv.van"));
        await _articles.ApproveAsync(item.Id, Id("phoban"));

        var refusal = await Assert.ThrowsAsync<WorkflowException>(() =>
            _articles.PublishAsync(item.Id, Id("truongban"), "https://thpt-lequydon.edu.vn/tin/1"));

        Assert.Equal(WorkflowError.RoleNotPermitted, refusal.Code);
    }

    [Fact]
    public async Task CreateDraft_ForAnotherUnitByAMember_Refused()
    {
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() =>
            _articles.CreateDraftAsync(Id("gv.van1"), fixture.MathsUnit, News()));

        Assert.Equal(WorkflowError.CannotCreateForUnit, refusal.Code);
    }

    [Fact]
    public async Task CreateDraft_ByThePrincipal_Refused()
    {
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() =>
            _articles.CreateDraftAsync(Id("hieutruong"), fixture.MathsUnit, News()));

        Assert.Equal(WorkflowError.CannotCreateForUnit, refusal.Code);
    }

    [Fact]
    public async Task List_Paged_ReturnsOnePageAndTheTotal()
    {
        var marker = $"Phân trang {Guid.NewGuid():N}";
        for (var i = 0; i < 5; i++)
            await DraftAsync(News($"{marker} {i}"));

        var first = await _articles.ListAsync(Id("tt.toan"), new ArticleFilter(Search: marker), new PageRequest(0, 2));
        var last = await _articles.ListAsync(Id("tt.toan"), new ArticleFilter(Search: marker), new PageRequest(2, 2));

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(2, first.Items.Count);
        Assert.Single(last.Items);
        Assert.All(first.Items, i => Assert.Equal("Tổ Toán – Tin học", i.UnitName));
    }

    [Fact]
    public async Task List_FilterByState_OnlyThatState()
    {
        var submitted = await DraftAsync();
        await _articles.SubmitAsync(submitted.Id, Id("gv.toan1"));

        var page = await _articles.ListAsync(Id("btv.anh"), new ArticleFilter(States: [ArticleState.Submitted]), new PageRequest(0, 200));

        Assert.Contains(page.Items, i => i.Id == submitted.Id);
        Assert.All(page.Items, i => Assert.Equal(ArticleState.Submitted, i.State));
    }

    private async Task<ArticleHandle> PublishedAsync()
    {
        var item = await DraftAsync();
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
        await _articles.TakeAsync(item.Id, Id("btv.van"));
        await _articles.SendForApprovalAsync(item.Id, Id("btv.van"));
        await _articles.ApproveAsync(item.Id, Id("phoban"));
        return await _articles.PublishAsync(item.Id, Id("thuky"), "https://thpt-lequydon.edu.vn/tin/" + item.Id);
    }

    private async Task<List<string>> HistoryRowsAsync(int articleId)
    {
        await using var db = await fixture.Database.Contexts.CreateDbContextAsync();
        return (await db.ArticleTransitions.AsNoTracking().Where(t => t.ArticleId == articleId).OrderBy(t => t.Id).ToListAsync())
            .Select(t => $"{t.Id}|{t.ArticleId}|{t.ActorId}|{t.AtUtc:O}|{t.From}|{t.To}|{t.Action}|{t.Note}|{t.RefusalGround}|{t.TakeDownGround}")
            .ToList();
    }

    private string UserName(string personId) => fixture.UserName(personId);

    [Fact]
    public async Task ListAsync_HeldLevelAndRequestFilters_SelectWhatTheWorkflowPagesShow()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var routine = await DraftAsync(News($"Tin thường {marker}"));
        var sensitive = await DraftAsync(News($"Tin nhạy cảm {marker}", ArticleFlags.Sensitive));
        foreach (var item in new[] { routine, sensitive })
        {
            await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
            await _articles.TakeAsync(item.Id, Id("btv.van"));
        }
        var held = await _articles.ListAsync(Id("btv.van"), new ArticleFilter(Search: marker, HeldByMe: true), new PageRequest());
        var heldByOther = await _articles.ListAsync(Id("btv.toan"), new ArticleFilter(Search: marker, HeldByMe: true), new PageRequest());
        Assert.Equal(2, held.TotalCount);
        Assert.Equal(0, heldByOther.TotalCount);

        foreach (var item in new[] { routine, sensitive })
            await _articles.SendForApprovalAsync(item.Id, Id("btv.van"));
        var deputy = await _articles.ListAsync(Id("phoban"), new ArticleFilter(Search: marker, AtMyApprovalLevel: true), new PageRequest());
        var head = await _articles.ListAsync(Id("truongban"), new ArticleFilter(Search: marker, AtMyApprovalLevel: true), new PageRequest());
        Assert.Equal([routine.Id], deputy.Items.Select(i => i.Id));
        Assert.Equal(2, head.TotalCount);

        await _articles.ApproveAsync(routine.Id, Id("phoban"));
        await _articles.PublishAsync(routine.Id, Id("thuky"), "https://thpt-demo.edu.vn/tin/1");
        await _articles.RequestTakeDownAsync(routine.Id, Id("gv.toan1"), TakeDownGround.ProviderAsked, "Xin gỡ.");
        var requests = await _articles.ListAsync(Id("truongban"), new ArticleFilter(Search: marker, PendingTakeDownRequest: true), new PageRequest());
        Assert.Equal([routine.Id], requests.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task UnitsForDraftAsync_MemberGetsOwnUnit_BoardGetsEveryUnitOwnFirst()
    {
        var member = await _articles.UnitsForDraftAsync(Id("gv.toan1"));
        var secretary = await _articles.UnitsForDraftAsync(Id("thuky"));

        Assert.Equal([fixture.MathsUnit], member.Select(u => u.Id));
        Assert.True(member[0].IsOwn);
        Assert.True(secretary.Count > 1);
    }
}
