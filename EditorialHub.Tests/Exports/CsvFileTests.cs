using System.Text;
using EditorialHub.Core.Exports;

namespace EditorialHub.Tests.Exports;

public sealed class CsvFileTests
{
    public static TheoryData<string, bool, string> Cells => new()
    {
        // What a person typed that a spreadsheet would run: written as text, an apostrophe in front, inside quotes.
        { "=HYPERLINK(\"http://x\",\"y\")", false, "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
        { "=1+1", false, "\"'=1+1\"" },
        { "+84 912 345 678", false, "\"'+84 912 345 678\"" },
        { "-3", false, "\"'-3\"" },
        { "-2+3+cmd|' /C calc'!A0", false, "\"'-2+3+cmd|' /C calc'!A0\"" },
        { "@SUM(A1:A9)", false, "\"'@SUM(A1:A9)\"" },
        { "\t=1+1", false, "\"'\t=1+1\"" },
        { "\r=1+1", false, "\"'\r=1+1\"" },
        // Figures the app counted stay figures, the negative one too.
        { "-3", true, "-3" },
        { "12", true, "12" },
        // Ordinary words: as typed, quoted only where RFC 4180 needs it.
        { "Tổ Toán – Tin học", false, "Tổ Toán – Tin học" },
        { "Tổ Văn, Sử", false, "\"Tổ Văn, Sử\"" },
        { "Lễ \"tri ân\"", false, "\"Lễ \"\"tri ân\"\"\"" },
        { "a = b", false, "a = b" },
        { "7/8", false, "7/8" },
        { "", false, "" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Cell_TextThatLooksLikeAFormula_IsWrittenAsText(string value, bool figure, string written)
    {
        var cell = figure ? SheetCell.Figure(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : SheetCell.Text(value);

        Assert.Equal(written, CsvFile.Cell(cell));
    }

    [Fact]
    public void Write_Utf8WithBom_CommasAndCrLf()
    {
        var bytes = CsvFile.Write(new Spreadsheet("Bảng", [
            SheetRow.Header(["Đơn vị", "Số tin"]),
            new SheetRow([SheetCell.Text("=Tổ Toán"), SheetCell.Figure(-3)]),
        ]));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Đơn vị,Số tin\r\n\"'=Tổ Toán\",-3\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
