using EditorialHub.Core.Articles;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// The demo school and a handful of the maths department's items with Vietnamese text, some in
/// drafts (only the department sees them), some published (everyone does).
/// </summary>
public sealed class ArticleSearchFixture : IAsyncLifetime
{
    internal TestDatabase Database { get; private set; } = null!;
    public ArticleService Articles => Database.Services.GetRequiredService<ArticleService>();
    private readonly Dictionary<string, string> _ids = [];

    /// <summary>The titles of the items made here, by id: the demo school's own items are left out of the comparisons.</summary>
    public Dictionary<int, string> Mine { get; } = [];

    public string Id(string userName) => _ids[userName];

    public async Task InitializeAsync()
    {
        Database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await Database.InitializeAsync(demo: true);
        int maths;
        await using (var db = await Database.Contexts.CreateDbContextAsync())
        {
            foreach (var person in await db.Users.Select(p => new { p.UserName, p.Id }).ToListAsync())
                _ids[person.UserName!] = person.Id;
            maths = await db.Users.Where(p => p.UserName == "gv.toan1").Select(p => p.UnitId!.Value).SingleAsync();
        }
        async Task<int> DraftAsync(ArticleContent content)
        {
            var item = await Articles.CreateDraftAsync(Id("gv.toan1"), maths, content);
            Mine[item.Id] = content.Title;
            return item.Id;
        }
        static ArticleContent Item(string title, string summary, string body, ArticleCategory category = ArticleCategory.News, DocumentDetails? document = null) =>
            new(title, summary, body, category, ArticleKind.ActivityReport, ArticleFlags.None, new DateOnly(2026, 11, 18), null, document);

        await DraftAsync(Item("Hội giảng chào mừng ngày Nhà giáo", "Sáu tiết dạy tốt của tổ.", "<p>Dạy học tích cực.</p>"));
        var published = await DraftAsync(Item("HỘI GIẢNG CẤP TRƯỜNG NĂM HỌC MỚI", "Ba tiết được chọn.", "<p>Lịch dự giờ.</p>"));
        await DraftAsync(Item("Đoàn trường ra quân tình nguyện", "Hoạt động mùa đông ấm.", "<p>Quyên góp áo ấm.</p>"));
        await DraftAsync(Item("Ngoại khóa Văn học", "Học sinh gặp gỡ nhà văn.",
            "<p>Chuyến đi <strong>Điện Biên</strong> Phủ &amp; bản Mường Phăng.</p>"));
        await DraftAsync(Item("Kế hoạch kiểm tra nội bộ", "Theo văn bản của Sở.", "<p>Đính kèm kế hoạch.</p>",
            ArticleCategory.Documents, new DocumentDetails("05/KH-THPT", new DateOnly(2026, 11, 2), "Trường THPT Lê Quý Đôn", "Về kiểm tra nội bộ trường học")));

        await Articles.SubmitAsync(published, Id("gv.toan1"));
        await Articles.TakeAsync(published, Id("btv.van"));
        await Articles.SendForApprovalAsync(published, Id("btv.van"));
        await Articles.ApproveAsync(published, Id("phoban"));
        await Articles.PublishAsync(published, Id("thuky"), "https://thpt-lequydon.edu.vn/tin/hoi-giang");
    }

    async Task IAsyncLifetime.DisposeAsync() => await Database.DisposeAsync();
}

public sealed class ArticleSearchTests(ArticleSearchFixture fixture) : IClassFixture<ArticleSearchFixture>
{
    private const string Hoi = "Hội giảng chào mừng ngày Nhà giáo", HoiCapTruong = "HỘI GIẢNG CẤP TRƯỜNG NĂM HỌC MỚI",
        Doan = "Đoàn trường ra quân tình nguyện", NgoaiKhoa = "Ngoại khóa Văn học", KeHoach = "Kế hoạch kiểm tra nội bộ";

    public static TheoryData<string, string[]> Searches => new()
    {
        { "hoi giang", [Hoi, HoiCapTruong] },
        { "HỘI GIẢNG", [Hoi, HoiCapTruong] },
        { "hội giảng", [Hoi, HoiCapTruong] },
        { "Hội Giảng", [Hoi, HoiCapTruong] },
        { "ho\u0323i gia\u0309ng", [Hoi, HoiCapTruong] },
        { "giảng   hội!", [Hoi, HoiCapTruong] },
        { "hội giảng cấp trường", [HoiCapTruong] },
        { "doan", [Doan] },
        { "ĐOÀN TRƯỜNG", [Doan] },
        // Only in the summary; only in the body (inside a tag, after an entity).
        { "ao am", [Doan] },
        { "nha van", [NgoaiKhoa] },
        { "dien bien", [NgoaiKhoa] },
        { "muong phang", [NgoaiKhoa] },
        { "strong", [] },
        { "amp", [] },
        // A document by its number and its trích yếu.
        { "05/KH-THPT", [KeHoach] },
        { "kiem tra noi bo truong hoc", [KeHoach] },
        { "hội thao", [] },
        { "   ", [Hoi, HoiCapTruong, Doan, NgoaiKhoa, KeHoach] },
        { "%", [Hoi, HoiCapTruong, Doan, NgoaiKhoa, KeHoach] },
        // FTS5's own syntax typed into the box is only words.
        { "hội* \"giảng\" (", [Hoi, HoiCapTruong] },
        { "NEAR(hội giảng)", [] },
        { "hội OR trường", [] },
        { "giảng\0hội 🎉", [Hoi, HoiCapTruong] },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task ListAsync_Search_FindsVietnameseWhateverCaseAndMarks(string search, string[] expected)
    {
        var page = await fixture.Articles.ListAsync(fixture.Id("tt.toan"), new ArticleFilter(Search: search), new PageRequest(0, 200));

        Assert.Equal(expected.Order(), Titles(page));
    }

    [Theory]
    [InlineData("tt.toan", new[] { Hoi, HoiCapTruong })]
    // Another department's teacher and an editor: the drafts stay the department's, search or not.
    [InlineData("gv.van1", new[] { HoiCapTruong })]
    [InlineData("btv.van", new[] { HoiCapTruong })]
    [InlineData("truongban", new[] { HoiCapTruong })]
    public async Task ListAsync_Search_FindsOnlyWhatTheReaderMayRead(string reader, string[] expected)
    {
        var page = await fixture.Articles.ListAsync(fixture.Id(reader), new ArticleFilter(Search: "hoi giang"), new PageRequest(0, 200));

        Assert.Equal(expected.Order(), Titles(page));
    }

    [Fact]
    public async Task ListAsync_SearchWithoutMarks_FindsTheDemoSchoolsItems()
    {
        // The demo school is seeded through the item's verbs, so its items carry their search form too.
        var page = await fixture.Articles.ListAsync(fixture.Id("truongban"), new ArticleFilter(Search: "hoi giang 20/11 to ngu van"), new PageRequest(0, 200));

        Assert.Contains(page.Items, item => item.Title == "Hội giảng chào mừng ngày 20/11 của tổ Ngữ văn");
    }

    private IEnumerable<string> Titles(ArticlePage page) =>
        page.Items.Where(item => fixture.Mine.ContainsKey(item.Id)).Select(item => item.Title).Order();
}
