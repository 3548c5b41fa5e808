using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Publishing;
using EditorialHub.Core.Articles.Revisions;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Tests.Articles;

/// <summary>The checklist, corrections, the export and revision comparison through ArticleService, on real SQLite.</summary>
public sealed class PublishingServiceTests(ArticleServiceFixture fixture) : IClassFixture<ArticleServiceFixture>
{
    private readonly ArticleService _articles = fixture.Articles;

    private string Id(string userName) => fixture.Id(userName);

    /// <summary>An item of Tổ Toán – Tin học brought to "approved" by the editor btv.van and the deputy.</summary>
    private async Task<int> ApprovedAsync(ArticleContent? content = null, byte[]? photo = null, string? photoAlt = null)
    {
        var item = await _articles.CreateDraftAsync(Id("gv.toan1"), fixture.MathsUnit, content ?? Scenario.News());
        if (photo is not null)
            await _articles.AddAttachmentAsync(item.Id, Id("gv.toan1"), "anh-hoi-giang.png", new MemoryStream(photo), photoAlt);
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
        await _articles.TakeAsync(item.Id, Id("btv.van"));
        await _articles.SendForApprovalAsync(item.Id, Id("btv.van"));
        await _articles.ApproveAsync(item.Id, Id("phoban"));
        return item.Id;
    }

    [Fact]
    public async Task PublishAsync_AttachmentFileGone_RefusedUntilAReasonIsGiven_ReasonInTheHistory()
    {
        var id = await ApprovedAsync(photo: AttachmentFiles.Png(), photoAlt: "Tiết dạy mẫu");
        await using (var db = await fixture.Database.Contexts.CreateDbContextAsync())
        {
            var stored = await db.Attachments.Where(a => a.ArticleId == id).Select(a => a.StoredName).SingleAsync();
            File.Delete(Path.Combine(fixture.Database.Directory, "attachments", stored));
        }

        var checklist = await _articles.GetPublishChecklistAsync(id, Id("thuky"));
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() =>
            _articles.PublishAsync(id, Id("thuky"), "https://thpt-lequydon.edu.vn/tin/" + id));
        await _articles.PublishAsync(id, Id("thuky"), "https://thpt-lequydon.edu.vn/tin/" + id, "Ảnh gửi bổ sung sau.");

        Assert.Equal([ChecklistItem.AttachmentsOpen], checklist.Unmet);
        Assert.Equal(["anh-hoi-giang.png"], checklist.Checks.Single(c => c.Item == ChecklistItem.AttachmentsOpen).Files);
        Assert.Equal(WorkflowError.ChecklistUnmet, refusal.Code);
        var history = await _articles.GetHistoryAsync(id, Id("thuky"));
        Assert.Equal("Đăng khi chưa đạt: tệp đính kèm mở được. Lý do: Ảnh gửi bổ sung sau.", history[^1].Note);
        Assert.Equal(ArticleState.Published, history[^1].To);
    }

    [Fact]
    public async Task PublishAsync_AlteredFile_ChecklistUnmet()
    {
        var id = await ApprovedAsync(photo: AttachmentFiles.Png(), photoAlt: "Tiết dạy mẫu");
        await using (var db = await fixture.Database.Contexts.CreateDbContextAsync())
        {
            var stored = await db.Attachments.Where(a => a.ArticleId == id).Select(a => a.StoredName).SingleAsync();
            await File.WriteAllBytesAsync(Path.Combine(fixture.Database.Directory, "attachments", stored), AttachmentFiles.WindowsExecutable());
        }

        var checklist = await _articles.GetPublishChecklistAsync(id, Id("thuky"));

        Assert.Equal([ChecklistItem.AttachmentsOpen], checklist.Unmet);
    }

    [Fact]
    public async Task Correction_PublishedVersionStaysForReadersUntilTheCorrectionIsPublished()
    {
        var id = await ApprovedAsync(Scenario.News() with { Title = "Hội giảng cấp tổ tháng 11" });
        await _articles.PublishAsync(id, Id("thuky"), "https://thpt-lequydon.edu.vn/tin/" + id);

        await _articles.StartCorrectionAsync(id, Id("btv.toan"), "Sai số tiết dạy.");
        var working = await _articles.GetAsync(id, Id("btv.toan"));
        await _articles.SaveEditAsync(id, Id("btv.toan"),
            working.ToContent() with { Title = "Hội giảng cấp tổ tháng 11 (đính chính)", Body = "<p>Sáng 18/11, tổ tổ chức 8 tiết dạy mẫu.</p>" },
            working.Version);
        await _articles.SendForApprovalAsync(id, Id("btv.toan"));

        // A teacher of another unit: the published version, in the item and in the portal's list.
        var outsider = await _articles.GetAsync(id, Id("gv.van1"));
        var list = await _articles.ListAsync(Id("gv.van1"), new ArticleFilter(States: ArticleStates.OnPortal.ToList()), new PageRequest(0, 200));
        var revisionsSeen = await _articles.GetRevisionsAsync(id, Id("gv.van1"));
        // The board: the correction, with the published version beside it.
        var deputy = await _articles.GetAsync(id, Id("phoban"));

        Assert.True(outsider.ShowingPublishedVersion);
        Assert.Equal(("Hội giảng cấp tổ tháng 11", "<p>Sáng 18/11, tổ tổ chức 6 tiết dạy mẫu.</p>"), (outsider.Title, outsider.Body));
        Assert.Equal("Hội giảng cấp tổ tháng 11", list.Items.Single(i => i.Id == id).PublishedTitle);
        Assert.DoesNotContain(revisionsSeen, r => r.Title.Contains("đính chính"));
        Assert.False(deputy.ShowingPublishedVersion);
        Assert.Equal("Hội giảng cấp tổ tháng 11 (đính chính)", deputy.Title);
        Assert.Equal("Hội giảng cấp tổ tháng 11", deputy.Published!.Title);
        Assert.Contains(ArticleAction.Approve, deputy.AllowedActions);

        await _articles.ApproveAsync(id, Id("phoban"));
        await _articles.PublishAsync(id, Id("thuky"), "https://thpt-lequydon.edu.vn/tin/" + id);

        var after = await _articles.GetAsync(id, Id("gv.van1"));
        var history = await _articles.GetHistoryAsync(id, Id("gv.van1"));
        Assert.Equal((ArticleState.Published, "Hội giảng cấp tổ tháng 11 (đính chính)"), (after.State, after.Title));
        Assert.Equal(2, history.Count(h => h.Action == ArticleAction.Publish));
        Assert.Contains(history, h => h.Action == ArticleAction.StartCorrection && h.Note == "Sai số tiết dạy.");
    }

    [Fact]
    public async Task DiscardCorrectionAsync_ByTheApprover_PublishedTextAndCategoryBack()
    {
        var id = await ApprovedAsync(Scenario.News() with { Title = "Kết quả thi học sinh giỏi cấp trường" });
        await _articles.PublishAsync(id, Id("thuky"), "https://thpt-lequydon.edu.vn/tin/" + id);
        await _articles.StartCorrectionAsync(id, Id("btv.toan"));
        var working = await _articles.GetAsync(id, Id("btv.toan"));
        await _articles.SaveEditAsync(id, Id("btv.toan"),
            working.ToContent() with { Title = "Kết quả thi (bản nháp sửa)", Category = ArticleCategory.ProfessionalTopics }, working.Version);
        await _articles.SendForApprovalAsync(id, Id("btv.toan"));

        await _articles.DiscardCorrectionAsync(id, Id("phoban"), "Bản đang đăng đã đúng.");

        var item = await _articles.GetAsync(id, Id("gv.van1"));
        Assert.Equal((ArticleState.Published, "Kết quả thi học sinh giỏi cấp trường", ArticleCategory.News), (item.State, item.Title, item.Category));
        Assert.False(item.ShowingPublishedVersion);
    }

    [Fact]
    public async Task ExportAsync_Secretary_OneHtmlFileWithThePictureInside_OthersRefused()
    {
        var id = await ApprovedAsync(photo: AttachmentFiles.Png(), photoAlt: "Học sinh làm bài nhóm");

        var export = await _articles.ExportAsync(id, Id("thuky"));
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => _articles.ExportAsync(id, Id("phoban")));

        Assert.Equal("hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11.html", export.FileName);
        Assert.Contains("<h1>Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11</h1>", export.Html);
        Assert.Contains("src=\"data:image/png;base64," + Convert.ToBase64String(AttachmentFiles.Png()) + "\"", export.Html);
        Assert.Contains("alt=\"Học sinh làm bài nhóm\"", export.Html);
        Assert.DoesNotContain("/attachments/", export.Html);
        Assert.Equal(WorkflowError.CannotExport, refusal.Code);
    }

    [Fact]
    public async Task CompareRevisionsAsync_TwoSavedVersions_WordsMarked()
    {
        var item = await _articles.CreateDraftAsync(Id("gv.toan1"), fixture.MathsUnit, Scenario.News());
        var draft = await _articles.GetAsync(item.Id, Id("gv.toan1"));
        await _articles.SaveEditAsync(item.Id, Id("gv.toan1"),
            draft.ToContent() with { Body = "<p>Sáng 18/11, tổ tổ chức 8 tiết dạy mẫu thành công.</p>" }, draft.Version);

        var comparison = await _articles.CompareRevisionsAsync(item.Id, Id("tt.toan"), 2, 1);

        Assert.Equal((1, 2), (comparison.Before.Number, comparison.After.Number));
        Assert.Equal([new DiffRun(DiffKind.Deleted, "6")],
            comparison.Body.Before.SelectMany(l => l.Runs).Where(r => r.Kind != DiffKind.Same));
        Assert.Equal([new DiffRun(DiffKind.Inserted, "8"), new DiffRun(DiffKind.Inserted, "thành công")],
            comparison.Body.After.SelectMany(l => l.Runs).Where(r => r.Kind != DiffKind.Same));
        Assert.False(comparison.Title.HasChanges);
    }
}
