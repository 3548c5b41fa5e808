using EditorialHub.Core.Accounts;
using EditorialHub.Core.Settings;

namespace EditorialHub.Tests.Settings;

/// <summary>The public holidays as the secretary types them: what is read, and what is refused in words.</summary>
public sealed class HolidayListTests
{
    [Theory]
    [InlineData("30/04/2027 Ngày Giải phóng miền Nam", 1, "30/04/2027 Ngày Giải phóng miền Nam")]
    [InlineData("05/02/2027 - 11/02/2027 Tết Nguyên đán", 7, "05/02/2027 - 11/02/2027 Tết Nguyên đán")]
    [InlineData("5/2/2027–11/2/2027", 7, "05/02/2027 - 11/02/2027")]
    [InlineData("02/09/2027 đến 03/09/2027 Quốc khánh", 2, "02/09/2027 - 03/09/2027 Quốc khánh")]
    [InlineData("  1/5/2027  ", 1, "01/05/2027")]
    [InlineData("", 0, "")]
    public void Parse_ADayOrARun_WithItsName(string line, int days, string shown)
    {
        var list = HolidayList.Parse(line);

        Assert.Equal(days, list.Days.Count);
        Assert.Equal(shown, list.Text);
    }

    [Fact]
    public void Parse_SeveralLines_InDateOrder_BlankLinesAndOverlapsCountOnce()
    {
        var list = HolidayList.Parse("30/04/2027 - 01/05/2027 Giải phóng, Quốc tế lao động\n\n01/01/2027 Tết Dương lịch\r\n01/05/2027 Quốc tế lao động");

        Assert.Equal(3, list.Days.Count);
        Assert.Equal("01/01/2027 Tết Dương lịch\n30/04/2027 - 01/05/2027 Giải phóng, Quốc tế lao động\n01/05/2027 Quốc tế lao động", list.Text);
        Assert.True(list.Calendar.IsHoliday(new DateOnly(2027, 5, 1)));
        Assert.False(list.Calendar.IsWorkingDay(new DateOnly(2027, 4, 30)));
        Assert.True(list.Calendar.IsWorkingDay(new DateOnly(2027, 4, 29)));
    }

    [Theory]
    [InlineData("31/02/2027 Tết", "Dòng 1 (“31/02/2027 Tết”): không đọc được ngày.")]
    [InlineData("Tết Nguyên đán", "Dòng 1 (“Tết Nguyên đán”): không đọc được ngày.")]
    [InlineData("2027-02-05", "Dòng 1 (“2027-02-05”): không đọc được ngày.")]
    [InlineData("01/01/2027\n\n11/02/2027 - 05/02/2027 Tết", "Dòng 3 (“11/02/2027 - 05/02/2027 Tết”): ngày cuối đứng trước ngày đầu.")]
    [InlineData("01/06/2027 - 31/08/2027 Nghỉ hè", "Dòng 1 (“01/06/2027 - 31/08/2027 Nghỉ hè”): một đợt nghỉ dài quá 31 ngày.")]
    public void Parse_Unreadable_RefusedNamingTheLine(string text, string start)
    {
        var refusal = Assert.Throws<AccountRefusedException>(() => HolidayList.Parse(text));

        Assert.StartsWith(start, refusal.Message);
    }

    [Fact]
    public void ParseOrEmpty_AStoredValueThatNoLongerReads_NoHolidaysRatherThanAnError()
    {
        Assert.Empty(HolidayList.ParseOrEmpty("không phải ngày").Days);
    }
}
