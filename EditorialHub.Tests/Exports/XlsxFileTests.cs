using EditorialHub.Core.Exports;

namespace EditorialHub.Tests.Exports;

public sealed class XlsxFileTests
{
    private static readonly Spreadsheet Sample = new("Chỉ tiêu tin bài", [
        SheetRow.Header(["Tổ/đơn vị", "Tháng 9/2026", "Số tin bài được tính"]),
        new SheetRow([SheetCell.Text("Tổ Ngữ văn – Lịch sử"), SheetCell.Text("7/8"), SheetCell.Figure(7)]),
        new SheetRow([SheetCell.Text("=HYPERLINK(\"http://x\",\"y\")"), SheetCell.Text("1/1"), SheetCell.Figure(-3)]),
        new SheetRow([SheetCell.Text("  Điểm a<b và c>d, x < 5 & _x0041_ "), SheetCell.Text("Đạt (1/1)"), SheetCell.Empty]),
    ]);

    [Fact]
    public void Write_WordsAreStrings_FiguresAreNumbers_NoFormulaAnywhere()
    {
        var sheet = XlsxSheet.Read(XlsxFile.Write(Sample));

        Assert.Equal("Chỉ tiêu tin bài", sheet.Name);
        Assert.False(sheet.HasFormula);
        Assert.Equal(("Tổ Ngữ văn – Lịch sử", true), (sheet["A2"].Text, sheet["A2"].IsString));
        // Fractions stay words: Excel never makes 7/8 the 7th of August.
        Assert.Equal(("7/8", true), (sheet["B2"].Text, sheet["B2"].IsString));
        Assert.Equal(("1/1", true), (sheet["B3"].Text, sheet["B3"].IsString));
        Assert.Equal(("7", true), (sheet["C2"].Text, sheet["C2"].IsNumber));
        Assert.Equal(("-3", true), (sheet["C3"].Text, sheet["C3"].IsNumber));
        // A formula-looking title is a string as typed (no apostrophe needed: a string cell never runs).
        Assert.Equal(("=HYPERLINK(\"http://x\",\"y\")", true), (sheet["A3"].Text, sheet["A3"].IsString));
        // Every character kept: leading spaces, tag-looking text, an ampersand, a typed "_x0041_".
        Assert.Equal("  Điểm a<b và c>d, x < 5 & _x0041_ ", Unescape(sheet["A4"].Text));
        Assert.DoesNotContain(sheet.Cells, c => c.Reference == "C4");
    }

    [Fact]
    public void Write_HeaderRowIsBold_OthersAreNot()
    {
        var sheet = XlsxSheet.Read(XlsxFile.Write(Sample));

        Assert.All(sheet.Cells.Where(c => c.Reference.EndsWith('1')), c => Assert.True(c.Bold, c.Reference));
        Assert.All(sheet.Cells.Where(c => !c.Reference.EndsWith('1')), c => Assert.False(c.Bold, c.Reference));
    }

    [Theory]
    [InlineData("Báo cáo", "Báo cáo")]
    [InlineData("Thực hiện chỉ tiêu tin bài từ tháng 9/2026 đến tháng 1/2027", "Thực hiện chỉ tiêu tin bài từ t")]
    [InlineData("[Bảng]: a*b?", "-Bảng-- a-b-")]
    public void SheetName_IsOneExcelAccepts(string name, string expected) =>
        Assert.Equal(expected, XlsxFile.SheetName(name));

    // The library hands the stored text back as stored; Excel reads "_x005F_" as "_".
    private static string Unescape(string text) => text.Replace("_x005F_", "_");
}
