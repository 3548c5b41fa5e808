using EditorialHub.Core.Search;

namespace EditorialHub.Tests.Search;

public sealed class SearchTextTests
{
    public static TheoryData<string, string> Forms => new()
    {
        { "hội giảng", "hoi giang" },
        { "HỘI GIẢNG", "hoi giang" },
        { "hoi giang", "hoi giang" },
        { "Hội Giảng", "hoi giang" },
        { "Đoàn", "doan" },
        { "đoàn", "doan" },
        { "Điều", "dieu" },
        { "ĐIỀU 12", "dieu 12" },
        // Typed on a Mac or pasted from a PDF: the same letters, decomposed (NFD).
        { "ho\u0323i gia\u0309ng", "hoi giang" },
        { "H\u00d4\u0323I", "hoi" },
        { "Trường, lớp;  học   sinh!", "truong lop hoc sinh" },
        { "  «Tràng giang» – Huy Cận…  ", "trang giang huy can" },
        { "05/KH-THPT", "05 kh thpt" },
        { "Ưu tiên ơn Ăn Ấm", "uu tien on an am" },
        { "", "" },
        { "%_!?", "" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Normalize_VietnameseInAnyCaseOrForm_GivesOneForm(string typed, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(typed));

    [Theory]
    [InlineData("hoi giang", "Hội giảng chào mừng 20/11", true)]
    [InlineData("GIẢNG HỘI", "Hội giảng chào mừng 20/11", true)]
    [InlineData("hoi gia", "Hội giảng chào mừng 20/11", true)]
    [InlineData("ang", "Hội giảng chào mừng 20/11", false)]
    [InlineData("hội thao", "Hội giảng chào mừng 20/11", false)]
    [InlineData("doan", "Đoàn trường", true)]
    [InlineData("   ", "Đoàn trường", true)]
    public void Matches_EveryWordBeginsAWord_InAnyOrder(string search, string text, bool expected) =>
        Assert.Equal(expected, SearchText.Matches(text, search));

    [Fact]
    public void Words_ManyRepeated_DistinctAndCapped()
    {
        Assert.Equal(["hoi", "giang"], SearchText.Words("Hội hội HỘI giảng"));
        Assert.Equal(SearchText.MaxWords, SearchText.Words(string.Join(' ', Enumerable.Range(1, 50))).Count);
    }
}
