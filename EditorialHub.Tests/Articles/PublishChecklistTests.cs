using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Articles.Publishing;
using static EditorialHub.Tests.Articles.Scenario;

namespace EditorialHub.Tests.Articles;

public sealed class PublishChecklistTests
{
    private static readonly AttachmentCheck Photo = new("anh-hoi-giang.jpg", AttachmentKind.Image, "Cô Lan dạy tiết mẫu", true);
    private static readonly AttachmentCheck Plan = new("ke-hoach.pdf", AttachmentKind.Document, null, true);

    public static TheoryData<string, ArticleContent, AttachmentCheck[], ChecklistItem[]> Cases() => new()
    {
        { "everything in order", News(), [Photo, Plan], [] },
        { "no summary", News() with { Summary = " " }, [], [ChecklistItem.SummaryPresent] },
        { "a picture in the body without description",
            News() with { Body = "<p>Tiết dạy mẫu.</p><p><img src=\"/attachments/4\"></p>" }, [], [ChecklistItem.ImagesHaveAltText] },
        { "a picture in the body with description",
            News() with { Body = "<p><img src=\"/attachments/4\" alt=\"Học sinh làm bài nhóm\"></p>" }, [], [] },
        { "an attached photo without description", News(), [Photo with { AltText = null }], [ChecklistItem.ImagesHaveAltText] },
        { "an attached document needs no description", News(), [Plan], [] },
        { "an activity report without the event's date", News() with { EventEndDate = null }, [], [ChecklistItem.EventDateSet] },
        { "other news needs no event date", News() with { EventEndDate = null, Kind = ArticleKind.Other }, [], [] },
        { "a topic needs no event date", News() with { EventEndDate = null, Kind = ArticleKind.ProfessionalTopic }, [], [] },
        { "an attachment that no longer opens", News(), [Plan with { Opens = false }], [ChecklistItem.AttachmentsOpen] },
        { "no category", News() with { Category = 0 }, [], [ChecklistItem.CategorySet] },
        { "several at once", News() with { Summary = "", EventEndDate = null }, [Photo with { AltText = "", Opens = false }],
            [ChecklistItem.SummaryPresent, ChecklistItem.ImagesHaveAltText, ChecklistItem.EventDateSet, ChecklistItem.AttachmentsOpen] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_Table(string because, ArticleContent content, AttachmentCheck[] attachments, ChecklistItem[] unmet)
    {
        var result = PublishChecklist.Evaluate(content, attachments);

        Assert.True(unmet.SequenceEqual(result.Unmet), $"{because}: {string.Join(", ", result.Unmet)}");
        Assert.Equal(Enum.GetValues<ChecklistItem>(), result.Checks.Select(check => check.Item));
    }

    [Fact]
    public void Evaluate_ImagesWithoutAlt_NamesTheFilesAndCountsTheBodysPictures()
    {
        var content = News() with { Body = "<p><img src=\"/attachments/1\"><img src=\"/attachments/2\" alt=\"Sân trường\"><img src=\"/attachments/3\"></p>" };

        var images = PublishChecklist.Evaluate(content, [Photo with { AltText = " " }])
            .Checks.Single(check => check.Item == ChecklistItem.ImagesHaveAltText);

        Assert.Equal(2, images.BodyImagesWithoutAlt);
        Assert.Equal(["anh-hoi-giang.jpg"], images.Files);
    }

    [Fact]
    public void Publish_UnmetWithoutReason_RefusedNamingTheUnmetLines()
    {
        var article = InState(ArticleState.Approved);
        var checklist = PublishChecklist.Evaluate(article.Content, [Plan with { Opens = false }]);

        var refusal = Assert.Throws<WorkflowException>(() =>
            article.Publish(As(Secretary), "https://thpt-lequydon.edu.vn/tin/7", checklist, "  "));

        Assert.Equal(WorkflowError.ChecklistUnmet, refusal.Code);
        Assert.Contains("tệp đính kèm mở được", refusal.Message);
        Assert.Equal(ArticleState.Approved, article.State);
    }

    [Fact]
    public void Publish_UnmetWithReason_PublishedAndTheHistoryKeepsReasonAndLines()
    {
        var article = InState(ArticleState.Approved, content: News() with { Summary = "" });

        article.Publish(As(Secretary), "https://thpt-lequydon.edu.vn/tin/7", PublishChecklist.Evaluate(article.Content, []),
            "Tin khẩn, bổ sung tóm tắt sau.");

        Assert.Equal(ArticleState.Published, article.State);
        Assert.Equal("Đăng khi chưa đạt: tóm tắt. Lý do: Tin khẩn, bổ sung tóm tắt sau.", article.Transitions[^1].Note);
    }

    [Fact]
    public void Publish_AllMet_NoNoteNeeded()
    {
        var article = InState(ArticleState.Approved);

        article.Publish(As(Secretary), "https://thpt-lequydon.edu.vn/tin/7", PublishChecklist.Evaluate(article.Content, [Photo]));

        Assert.Equal(ArticleState.Published, article.State);
        Assert.Null(article.Transitions[^1].Note);
        Assert.Equal(article.RevisionNumber, article.PublishedRevisionNumber);
    }

    [Theory]
    [InlineData("Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11", "hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11.html")]
    [InlineData("Đoàn trường ra quân “Tiếp sức mùa thi”", "doan-truong-ra-quan-tiep-suc-mua-thi.html")]
    [InlineData("<<>>", "tin-bai.html")]
    public void FileNameFor_VietnameseTitle_PlainLettersAndDashes(string title, string expected)
    {
        Assert.Equal(expected, PortalExport.FileNameFor(title));
    }
}
