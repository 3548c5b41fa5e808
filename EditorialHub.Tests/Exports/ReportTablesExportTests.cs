using System.Text;
using EditorialHub.Core.Exports;
using EditorialHub.Core.Reports;
using EditorialHub.Tests.Reports;
using static EditorialHub.Tests.Reports.ReportSchool;

namespace EditorialHub.Tests.Exports;

/// <summary>Titles a writer chose, refused in November, reach the report's tables (Điều 15): in the CSV and the .xlsx they stay words.</summary>
public sealed class ReportTablesExportTests : IAsyncLifetime
{
    private static readonly string[] HostileTitles =
    [
        "=HYPERLINK(\"http://x\",\"y\")",
        "+1+1 tin về hội thi",
        "-2+3 điểm thi đua",
        "@SUM(A1:A9) học sinh",
    ];

    private ReportSchool _school = null!;

    public async Task InitializeAsync()
    {
        _school = await CreateAsync();
        var day = 2;
        foreach (var title in HostileTitles)
        {
            await _school.AddAsync(new Plan(Maths, "toan1", new DateTime(2026, 11, day, 8, 0, 0),
                Refused: new DateTime(2026, 11, day, 10, 0, 0), Title: title));
            day++;
        }
        for (var i = 0; i < 7; i++)
            await _school.AddAsync(new Plan(Literature, "van1", new DateTime(2026, 11, 10 + i, 8, 0, 0),
                Approved: new DateTime(2026, 11, 10 + i, 10, 0, 0), Published: new DateTime(2026, 11, 10 + i, 14, 0, 0)));
    }

    public async Task DisposeAsync() => await _school.DisposeAsync();

    [Fact]
    public async Task Csv_TitlesThatLookLikeFormulas_AreText_FiguresStayFigures()
    {
        var file = await _school.Reports.PreviewTablesAsync(ReportRequest.Monthly(2026, 11), _school.Id("secretary"), SheetFormat.Csv);
        var text = Encoding.UTF8.GetString(file.Content);

        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.EndsWith(".csv", file.DownloadName);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Tổ Toán – Tin học,", text);
        Assert.Contains(",\"'+1+1 tin về hội thi\",", text);
        Assert.Contains(",\"'-2+3 điểm thi đua\",", text);
        Assert.Contains(",\"'@SUM(A1:A9) học sinh\",", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.Contains(",Tổ Ngữ văn,7,7,0\r\n", text);
    }

    [Fact]
    public async Task Xlsx_TitlesAreStrings_FiguresNumbers_FractionsWords_HeadersBold()
    {
        var file = await _school.Reports.PreviewTablesAsync(ReportRequest.Monthly(2026, 11), _school.Id("secretary"), SheetFormat.Xlsx);
        var sheet = XlsxSheet.Read(file.Content);

        Assert.Equal(Spreadsheet.XlsxContentType, file.ContentType);
        Assert.Equal("bao-cao-2026-11-xem-truoc.xlsx", file.DownloadName);
        Assert.Equal("Báo cáo", sheet.Name);
        Assert.False(sheet.HasFormula);
        foreach (var title in HostileTitles)
            Assert.True(sheet.Find(title).IsString, title);
        Assert.True(sheet.Find("Tình hình hoạt động Cổng thông tin điện tử tháng 11 năm 2026").IsString);
        Assert.True(sheet.Find("Tổ Ngữ văn").IsString);
        Assert.True(sheet.Find("Bị từ chối").Bold);
        // "Đạt/Phải đạt" of the quota table: a fraction, kept as words.
        Assert.All(sheet.Cells.Where(c => c.Text.Contains('/') && c.Text.Length <= 5), c => Assert.True(c.IsString, c.Text));
        // "Tin bài theo đơn vị": Tổ Ngữ văn sent 7, as a number Excel can add up.
        var rows = sheet.Cells.Where(c => c.Text == "Tổ Ngữ văn").Select(c => c.Reference[1..]);
        Assert.Contains(sheet.Cells, c => rows.Any(r => c.Reference == $"C{r}") && c.IsNumber && c.Text == "7");
    }
}
