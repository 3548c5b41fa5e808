using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// The author may delete a draft never sent to the board, so abandoned drafts leave the department's
/// list; anything ever submitted keeps its history, and nobody deletes another person's draft.
/// Real SQLite, the demo school; gv.toan1 writes for Tổ Toán – Tin học.
/// </summary>
public sealed class DeleteDraftTests(ArticleServiceFixture fixture) : IClassFixture<ArticleServiceFixture>
{
    private readonly ServiceWalk _walk = new(fixture);
    private ArticleService Articles => fixture.Articles;

    // Where the item stands; "Draft (returned)" was submitted once and handed back with a note.
    public static readonly string[] Stages =
    [
        "Draft", "Draft (returned)", "Submitted", "Editing", "AwaitingApproval", "Approved", "Published",
        "Refused", "TakenDown", "CorrectionEditing",
    ];

    // The author; her department head and a colleague; a teacher of another unit; an editor of another
    // unit; the head; the secretary (a teacher of the same department); the principal.
    public static readonly string[] Actors = ["gv.toan1", "tt.toan", "gv.toan2", "gv.van1", "btv.van", "truongban", "thuky", "hieutruong"];

    public static TheoryData<string, string> StagesTimesActors()
    {
        var data = new TheoryData<string, string>();
        foreach (var stage in Stages)
            foreach (var actor in Actors)
                data.Add(stage, actor);
        return data;
    }

    private async Task<int> AtAsync(string stage)
    {
        switch (stage)
        {
            case "Draft (returned)":
                var returned = await _walk.InStateAsync(ArticleState.Editing, title: "Bản nháp đã gửi rồi được trả lại");
                await Articles.ReturnToProviderAsync(returned, _walk.Id("btv.van"), "Bổ sung ảnh hoạt động.");
                return returned;
            case "Refused":
                var refused = await _walk.InStateAsync(ArticleState.Editing, title: "Tin bị từ chối");
                await Articles.RefuseAsync(refused, _walk.Id("btv.van"), RefusalGround.InsufficientQuality, "Nội dung sơ sài.");
                return refused;
            default:
                return await _walk.InStateAsync(Enum.Parse<ArticleState>(stage), title: $"Bản nháp bỏ dở ({stage})");
        }
    }

    [Theory]
    [MemberData(nameof(StagesTimesActors))]
    public async Task Delete_EachStageAndActor_OnlyTheAuthorsNeverSubmittedDraft(string stage, string userName)
    {
        var id = await AtAsync(stage);
        var actor = _walk.Id(userName);
        var allowed = stage == "Draft" && userName == "gv.toan1";
        var author = _walk.Id("gv.toan1");

        if (allowed)
        {
            await Articles.DeleteDraftAsync(id, actor);

            var gone = await Assert.ThrowsAsync<WorkflowException>(() => Articles.GetAsync(id, author));
            Assert.Equal(WorkflowError.NotFound, gone.Code);
        }
        else
        {
            var refusal = await Assert.ThrowsAsync<WorkflowException>(() => Articles.DeleteDraftAsync(id, actor));
            var before = await Articles.GetAsync(id, author);

            // A draft is not even shown to those outside its unit (ArticleWorkflow.CanRead); the unit's
            // people are told why: not theirs, or sent once already.
            var sameUnit = userName is "gv.toan1" or "tt.toan" or "gv.toan2" or "thuky";
            var isDraft = stage is "Draft" or "Draft (returned)";
            var canRead = sameUnit || (!isDraft && (userName is "btv.van" or "truongban" or "hieutruong"
                || stage is "Published" or "CorrectionEditing"));
            var expected = !canRead ? WorkflowError.CannotRead
                : stage == "Draft" ? WorkflowError.NotDraftAuthor
                : WorkflowError.DraftEverSubmitted;
            Assert.Equal(expected, refusal.Code);
            // Nothing changed, and the page offers no delete button to whoever may read it.
            if (canRead)
                Assert.False((await Articles.GetAsync(id, actor)).CanDeleteDraft);
            Assert.Contains(before.State.ToString(), stage.Replace(" (returned)", ""));
        }
    }

    [Fact]
    public async Task Delete_NeverSubmittedDraft_RecordedWithTitleWhoWhen_AttachmentsGoneFromStorage_GoneFromTheList()
    {
        var author = _walk.Id("gv.toan1");
        var created = await Articles.CreateDraftAsync(author, fixture.MathsUnit, ServiceWalk.News("Bản nháp viết dở về hội giảng"));
        var details = await Articles.GetAsync(created.Id, author);
        await Articles.SaveEditAsync(created.Id, author, details.ToContent() with { Body = "<p>Viết thêm một đoạn.</p>" }, details.Version);
        using (var photo = new MemoryStream(AttachmentFiles.Png()))
            await Articles.AddAttachmentAsync(created.Id, author, "anh-hoi-giang.png", photo, "Giờ dạy mẫu");
        string stored;
        await using (var db = await fixture.Database.Contexts.CreateDbContextAsync())
            stored = await db.Attachments.Where(a => a.ArticleId == created.Id).Select(a => a.StoredName).SingleAsync();
        var path = fixture.Database.Services.GetRequiredService<AttachmentStore>().PathOf(stored);
        Assert.True(File.Exists(path));
        Assert.True((await Articles.GetAsync(created.Id, author)).CanDeleteDraft);

        await Articles.DeleteDraftAsync(created.Id, author);

        await using var check = await fixture.Database.Contexts.CreateDbContextAsync();
        var record = await check.DeletedDrafts.SingleAsync(d => d.ArticleId == created.Id);
        Assert.Equal(("Bản nháp viết dở về hội giảng", author, author, fixture.MathsUnit, 2, 1),
            (record.Title, record.AuthorId, record.DeletedById, record.UnitId, record.RevisionCount, record.AttachmentCount));
        Assert.Equal(new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc), record.DeletedAtUtc);
        Assert.False(File.Exists(path));
        Assert.False(await check.Articles.AnyAsync(a => a.Id == created.Id));
        Assert.False(await check.ArticleTransitions.AnyAsync(t => t.ArticleId == created.Id));
        Assert.False(await check.ArticleRevisions.AnyAsync(r => r.ArticleId == created.Id));
        var list = await Articles.ListAsync(author, new ArticleFilter(UnitId: fixture.MathsUnit), new PageRequest(0, 200));
        Assert.DoesNotContain(list.Items, item => item.Id == created.Id);
    }

    [Fact]
    public async Task History_OfASubmittedItem_StillCannotBeDeleted()
    {
        // The exception in EditorialDbContext is for a never-submitted draft deleted with its record, nothing else.
        var id = await _walk.InStateAsync(ArticleState.Submitted, title: "Tin đã gửi, lịch sử giữ nguyên");
        await using var db = await fixture.Database.Contexts.CreateDbContextAsync();
        db.ArticleTransitions.RemoveRange(await db.ArticleTransitions.Where(t => t.ArticleId == id).ToListAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
