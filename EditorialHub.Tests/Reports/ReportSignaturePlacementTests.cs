using EditorialHub.Core.Reports.Pdf;

namespace EditorialHub.Tests.Reports;

/// <summary>
/// The signature block (Nơi nhận, TM. BAN BIÊN TẬP, the signer) keeps with the end of the report, as an
/// official document does: whatever the length of section V, its page also holds the closing text.
/// </summary>
public sealed class ReportSignaturePlacementTests(PrintedNovember printed) : IClassFixture<PrintedNovember>
{
    /// <summary>
    /// Section V grows a line at a time through a whole page, so the end of the text falls at every
    /// height of a page once, the foot of the page included.
    /// </summary>
    [Fact]
    public async Task SignaturePage_AlwaysHoldsTheClosingText()
    {
        var snapshot = await printed.School.Reports.OpenSnapshotAsync(printed.Report.Id, printed.School.Id("head"));
        var renderer = new PdfReportRenderer();
        var alone = new List<int>();
        var headingLeftBehind = new List<int>();
        for (var lines = 1; lines <= 48; lines++)
        {
            var proposals = string.Join('\n', Enumerable.Range(1, lines).Select(n => $"Đề nghị số {n} của Ban Biên tập"));
            var path = Pdf.Keep(renderer.Render(snapshot with { Proposals = proposals }), "signature-placement.pdf");
            var last = ReportPdfTests.Flat(Pdf.Text(path, Pdf.Pages(path)));

            Assert.Contains("TM. BAN BIÊN TẬP", last);
            if (!last.Contains($"Đề nghị số {lines} của Ban Biên tập./.", StringComparison.Ordinal))
                alone.Add(lines);
            // A section V that fits on one page with the signature moves there whole, heading included.
            if (lines <= 20 && !last.Contains("V. ĐỀ XUẤT, KIẾN NGHỊ", StringComparison.Ordinal))
                headingLeftBehind.Add(lines);
        }

        Assert.Empty(alone); // lengths of section V whose signature stood on a page without the closing text
        Assert.Empty(headingLeftBehind);
    }
}
