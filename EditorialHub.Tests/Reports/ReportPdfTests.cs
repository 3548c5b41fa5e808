using EditorialHub.Core.Reports;
using static EditorialHub.Tests.Reports.ReportSchool;

namespace EditorialHub.Tests.Reports;

/// <summary>November 2026 of the hand-built school, printed once by the secretary on 2 December.</summary>
public sealed class PrintedNovember : IAsyncLifetime
{
    private readonly NovemberSchool _school = new();

    internal ReportSchool School => _school.School;
    public ArchivedReportInfo Report { get; private set; } = null!;
    public byte[] Bytes { get; private set; } = null!;
    public string Path { get; private set; } = "";

    public const string Proposals = "Đề nghị các tổ chuyên môn cử người phụ trách tin bài của tổ.\nĐề nghị nhà trường bồi dưỡng kỹ năng viết tin cho giáo viên trẻ.";

    public async Task InitializeAsync()
    {
        await _school.InitializeAsync();
        Report = await School.Reports.PrintAsync(NovemberSchool.November, School.Id("secretary"), Proposals);
        Bytes = (await School.Reports.OpenPdfAsync(Report.Id, School.Id("principal"))).Content;
        Path = Pdf.Keep(Bytes, "hand-built-2026-11.pdf");
    }

    public Task DisposeAsync() => _school.DisposeAsync();
}

public sealed class ReportPdfTests(PrintedNovember printed) : IClassFixture<PrintedNovember>
{
    [Fact]
    public void FirstPage_CarriesTheAdministrativeHeader()
    {
        var page = Pdf.Text(printed.Path, 1);

        Assert.Contains("SỞ GD&ĐT HƯNG YÊN", page);
        Assert.Contains("TRƯỜNG THPT TIÊN LỮ", page);
        Assert.Contains("Tiên Lữ, ngày 02 tháng 12 năm 2026", page);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", page);
        Assert.Contains("Số: 01/BC-BBT", page);
        Assert.Contains("ngày 02 tháng 12 năm 2026", page);
        Assert.Contains("BÁO CÁO", page);
        Assert.Contains("Tình hình hoạt động Cổng thông tin điện tử tháng 11 năm 2026", page);
        Assert.Contains("từ ngày 01/11/2026 đến ngày 30/11/2026", Flat(page));
    }

    [Fact]
    public void Body_HasTheFiguresOfTheHandBuiltData_WithTheirDiacritics()
    {
        var text = Flat(Pdf.Text(printed.Path));

        Assert.Contains("I. TÌNH HÌNH CUNG CẤP THÔNG TIN", text);
        Assert.Contains("Ban Biên tập tiếp nhận 7 tin bài; 4 tin bài được đăng", text);
        Assert.Contains("trung vị 3,0 ngày; lâu nhất 13,0 ngày", text);
        Assert.Contains("2, trong đó 1 tin bài được đăng trong thời hạn 07 ngày", text);
        Assert.Contains("4, trong đó 1 tin bài được đăng quá thời hạn 2 ngày làm việc", text);
        Assert.Contains("Có 2 tin bài bị từ chối đăng", text);
        Assert.Contains("Trịnh Thị Phương Thảo", text);
        Assert.Contains("Bùi Thị Thu Hà", text);
        Assert.Contains("Đề nghị nhà trường bồi dưỡng kỹ năng viết tin cho giáo viên trẻ./.", text);
        Assert.Contains("Tổ Lịch sử – Địa lí", text);
    }

    [Fact]
    public void LastPage_RecipientsAndSignature()
    {
        var last = Pdf.Text(printed.Path, Pdf.Pages(printed.Path));

        Assert.Contains("Nơi nhận:", last);
        Assert.Contains("- Lưu: VT, BBT.", last);
        Assert.Contains("TM. BAN BIÊN TẬP", last);
        Assert.Contains("TRƯỞNG BAN", last);
        Assert.Contains(HeadName, last);
    }

    [Fact]
    public void Pages_NumberedFromTheSecond()
    {
        Assert.True(Pdf.Pages(printed.Path) >= 2);
        var first = Pdf.Text(printed.Path, 1).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var second = Pdf.Text(printed.Path, 2).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.NotEqual("1", first[0].Trim());
        Assert.Equal("2", second[0].Trim());
    }

    [Fact]
    public void Fonts_AreEmbedded()
    {
        var fonts = Pdf.Fonts(printed.Path);

        Assert.NotEmpty(fonts);
        // pdffonts: name, type, encoding, emb, sub, uni, object ID; "emb" must be yes on every row.
        Assert.All(fonts, row => Assert.Matches(@"(Liberation|Times).*\s+yes\s+yes\s+yes\s+\d+\s+0\s*$", row));
    }

    [Fact]
    public async Task Reprint_GivesTheSameBytes_EvenAfterTheDataChanged()
    {
        await printed.School.AddAsync(new Plan(Maths, "toan2", new DateTime(2026, 11, 27, 8, 0, 0),
            Approved: new DateTime(2026, 11, 27, 9, 0, 0), Published: new DateTime(2026, 11, 27, 10, 0, 0)));

        var again = await printed.School.Reports.OpenPdfAsync(printed.Report.Id, printed.School.Id("head"));

        Assert.Equal(printed.Bytes, again.Content);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(again.Content)), printed.Report.Sha256);
    }

    [Fact]
    public async Task Render_FromTheSnapshot_IsDeterministic()
    {
        var snapshot = await printed.School.Reports.OpenSnapshotAsync(printed.Report.Id, printed.School.Id("head"));
        var renderer = new Core.Reports.Pdf.PdfReportRenderer();

        Assert.Equal(printed.Bytes, renderer.Render(snapshot));
    }

    [Fact]
    public async Task Csv_HasTheTables_InUtf8WithBom()
    {
        var csv = await printed.School.Reports.OpenTablesAsync(printed.Report.Id, printed.School.Id("deputy"), Core.Exports.SheetFormat.Csv);
        var text = System.Text.Encoding.UTF8.GetString(csv.Content);

        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Content.Take(3));
        Assert.Contains("Tin bài theo đơn vị\r\nSTT,Đơn vị,Gửi về,Đã đăng,Bị từ chối\r\n1,Tổ Toán – Tin học,3,2,0\r\n", text);
        Assert.Contains(",Tổng cộng,7,4,2\r\n", text);
        Assert.Equal("bao-cao-so-01-BC-BBT-2026.csv", csv.DownloadName);
    }

    /// <summary>The text with its layout spaces and line breaks folded, so that a wrapped sentence reads as one.</summary>
    internal static string Flat(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
