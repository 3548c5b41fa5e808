using System.Globalization;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Dashboard;
using EditorialHub.Web.Components.ItemList;
using EditorialHub.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EditorialHub.Tests.Web;

public sealed class ItemsQueryTests
{
    private static readonly DayRange November = DayRange.Month(new DateOnly(2026, 11, 5));
    private static readonly DayRange YearSoFar = new(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 21));

    public static TheoryData<ItemsQuery, string> Addresses => new()
    {
        { new ItemsQuery(), "/items" },
        { new ItemsQuery(Unit: 3, Published: November), "/items?unit=3&published=2026-11" },
        { new ItemsQuery(Published: YearSoFar), "/items?published=2026-09-01..2026-11-21" },
        { new ItemsQuery(State: ArticleState.AwaitingApproval, Level: ApprovalLevel.Head), "/items?state=AwaitingApproval&level=Head" },
        { new ItemsQuery(Overdue: OverdueReasons.EventNotPublished), "/items?overdue=event" },
        { new ItemsQuery(Overdue: OverdueReasons.ApprovedNotPublished), "/items?overdue=approved" },
        { new ItemsQuery(Overdue: OverdueReasons.EventNotPublished | OverdueReasons.ApprovedNotPublished), "/items?overdue=any" },
        { new ItemsQuery(State: ArticleState.Refused, Refused: YearSoFar, Refusal: RefusalGround.Untrue),
            "/items?state=Refused&refused=2026-09-01..2026-11-21&refusal=Untrue" },
        { new ItemsQuery(State: ArticleState.TakenDown, TakenDown: November, TakeDown: TakeDownGround.ProviderAsked),
            "/items?state=TakenDown&takendown=2026-11&takedown=ProviderAsked" },
        { new ItemsQuery(Author: "a b", Category: ArticleCategory.News), "/items?author=a%20b&category=News" },
        // The search words as typed, marks and all: a search sent by link opens the same list.
        { new ItemsQuery(State: ArticleState.Published, Search: "hội giảng & 20/11"),
            "/items?state=Published&q=h%E1%BB%99i%20gi%E1%BA%A3ng%20%26%2020%2F11" },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void ToUrl_AndBack_SameQuery(ItemsQuery query, string url)
    {
        Assert.Equal(url, query.ToUrl());
        Assert.Equal(query, ItemsQuery.Parse(url));
    }

    [Theory]
    [InlineData("/items?state=Nonsense&unit=abc&published=2026-13&overdue=x&refusal=99")]
    [InlineData("/items?state=3&level=&published=2026-11-21..2026-11-01")]
    [InlineData("/items?takendown=yesterday&refused=..")]
    public void Parse_MistypedAddress_IgnoresWhatItCannotRead(string url)
    {
        Assert.Equal(new ItemsQuery(), ItemsQuery.Parse(url));
    }

    public static TheoryData<ItemsQuery, string?, string?, string> Headings => new()
    {
        { new ItemsQuery(Unit: 1, Published: November), "Tổ Toán – Tin học", null, "Tin bài của Tổ Toán – Tin học đăng trong tháng 11/2026" },
        { new ItemsQuery(Published: YearSoFar), null, null, "Tin bài đăng từ 01/09/2026 đến 21/11/2026" },
        { new ItemsQuery(State: ArticleState.AwaitingApproval, Level: ApprovalLevel.Head), null, null, "Tin bài đang chờ Trưởng ban duyệt" },
        { new ItemsQuery(State: ArticleState.Editing), null, null, "Tin bài ở trạng thái “Đang biên tập”" },
        { new ItemsQuery(Author: "x", Unit: 2, Published: YearSoFar), "Tổ Ngữ văn", "Trần Văn Bình",
            "Tin bài của Trần Văn Bình (Tổ Ngữ văn) đăng từ 01/09/2026 đến 21/11/2026" },
        { new ItemsQuery(State: ArticleState.Refused, Refused: YearSoFar, Refusal: RefusalGround.Untrue), null, null,
            "Tin bài bị từ chối đăng từ 01/09/2026 đến 21/11/2026 vì lý do: Không đúng sự thật (Điều 15.3)" },
        { new ItemsQuery(Overdue: OverdueReasons.ApprovedNotPublished), null, null, "Tin bài, đã duyệt nhưng quá hạn đăng" },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void Heading_SaysInWordsWhatTheListHolds(ItemsQuery query, string? unit, string? author, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        try
        {
            var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
            Assert.Equal(expected, ItemsHeading.Describe(new StringLocalizer<UiText>(factory), query, unit, author));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
