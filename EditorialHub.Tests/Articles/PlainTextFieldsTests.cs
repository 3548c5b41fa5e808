using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// A plain-text field keeps every character a person typed, tag-looking text included: it is encoded
/// where it is shown, never stripped where it is stored.
/// </summary>
public sealed class PlainTextFieldsTests(ArticleServiceFixture fixture) : IClassFixture<ArticleServiceFixture>
{
    public static TheoryData<string> Typed =>
    [
        "Điểm a<b và c>d, x < 5",
        "Lớp 10A<10B, 3 > 2 & 4 >= 1",
        "<b>Hội giảng</b> &amp; <i>thi đua</i>",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<!-- ghi chú --> Khai giảng <br/>",
        "\"><svg onload=alert(1)>",
    ];

    private readonly ArticleService _articles = fixture.Articles;
    private CommentService Comments => fixture.Database.Services.GetRequiredService<CommentService>();

    private static ArticleContent News(string title, string summary) =>
        new(title, summary, "<p>Sáu tiết dạy mẫu.</p>", ArticleCategory.News, ArticleKind.ActivityReport, ArticleFlags.None,
            new DateOnly(2026, 11, 18), Source: title);

    [Theory]
    [MemberData(nameof(Typed))]
    public async Task CreateRenameCommentAndReturn_KeepEveryCharacter_BackOutOfTheDatabase(string typed)
    {
        var item = await _articles.CreateDraftAsync(fixture.Id("gv.toan1"), fixture.MathsUnit, News(typed, $"Tóm tắt: {typed}\nDòng hai: {typed}"));
        await using (var db = await fixture.Database.Contexts.CreateDbContextAsync())
        {
            var stored = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == item.Id);
            Assert.Equal(typed, stored.Title);
            Assert.Equal($"Tóm tắt: {typed}\nDòng hai: {typed}", stored.Summary);
            Assert.Equal(typed, stored.Source);
        }

        var renamed = await _articles.SaveEditAsync(item.Id, fixture.Id("gv.toan1"), News($"Sửa: {typed}", typed), item.Version);
        await Comments.AddAsync(item.Id, fixture.Id("gv.toan1"), $"Góp ý: {typed}", visibleToProvider: true, null);
        await _articles.SubmitAsync(item.Id, fixture.Id("gv.toan1"));
        await _articles.TakeAsync(item.Id, fixture.Id("btv.toan"));
        await _articles.SendForApprovalAsync(item.Id, fixture.Id("btv.toan"));
        await _articles.ReturnToEditorAsync(item.Id, fixture.Id("phoban"), $"Lý do: {typed}");

        await using (var db = await fixture.Database.Contexts.CreateDbContextAsync())
        {
            var stored = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == renamed.Id);
            Assert.Equal($"Sửa: {typed}", stored.Title);
            Assert.Equal(typed, stored.Summary);
            Assert.Equal($"Góp ý: {typed}", (await db.ArticleComments.AsNoTracking().SingleAsync(c => c.ArticleId == item.Id)).Body);
            Assert.Contains($"Lý do: {typed}", await db.ArticleTransitions.AsNoTracking()
                .Where(t => t.ArticleId == item.Id).Select(t => t.Note).ToListAsync());
        }
        Assert.Equal($"Sửa: {typed}", (await _articles.GetAsync(item.Id, fixture.Id("btv.toan"))).Title);
    }

    [Fact]
    public async Task Export_ShowsTagLookingTitleEncoded_NoLiveTag()
    {
        const string title = "Điểm a<b và c>d, x < 5 <img src=x onerror=alert(1)>";
        var item = await _articles.CreateDraftAsync(fixture.Id("gv.toan1"), fixture.MathsUnit, News(title, "Tóm tắt <script>alert(1)</script>"));
        await _articles.SubmitAsync(item.Id, fixture.Id("gv.toan1"));
        await _articles.TakeAsync(item.Id, fixture.Id("btv.toan"));
        await _articles.SendForApprovalAsync(item.Id, fixture.Id("btv.toan"));
        await _articles.ApproveAsync(item.Id, fixture.Id("phoban"));

        var export = await _articles.ExportAsync(item.Id, fixture.Id("thuky"));

        Assert.Contains("<h1>Điểm a&lt;b và c&gt;d, x &lt; 5 &lt;img src=x onerror=alert(1)&gt;</h1>", export.Html);
        Assert.Contains("<title>Điểm a&lt;b và c&gt;d", export.Html);
        Assert.Contains("Tóm tắt &lt;script&gt;alert(1)&lt;/script&gt;", export.Html);
        Assert.DoesNotContain("<img src=x", export.Html);
        Assert.DoesNotContain("<script>", export.Html);
        Assert.DoesNotContain("<b>", export.Html);
    }
}
