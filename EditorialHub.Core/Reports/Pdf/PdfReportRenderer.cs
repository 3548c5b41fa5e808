using System.Security.Cryptography;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EditorialHub.Core.Reports.Pdf;

/// <summary>
/// The report on A4 in the form of Nghị định 30/2020/NĐ-CP (REPORT-FORMAT.md), drawn with PDFsharp.
/// Deterministic: the creation date and the document ID come from the snapshot, fonts are subset the
/// same way every time, so printing an archived report again gives the same bytes.
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    public byte[] Render(ReportSnapshot report)
    {
        var fonts = ReportFonts.Install();
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = true;
        var title = ReportDocument.Title(report.Period);
        document.Info.Title = title;
        document.Info.Subject = report.Header.Number is { } number ? $"Số: {number}" : "Bản xem trước";
        document.Info.Author = report.Header.BoardName;
        document.Info.Creator = $"EditorialHub ({fonts.Name})";
        var printed = DateTime.SpecifyKind(report.Header.PrintedAtUtc, DateTimeKind.Utc);
        document.Info.CreationDate = printed;
        document.Info.ModificationDate = printed;
        var id = DocumentId(report);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var flow = new PdfFlow(document);
        flow.NewPage();
        Header(flow, report.Header);
        Title(flow, title, report.Header);
        var body = ReportDocument.Body(report).ToList();
        var signature = SignatureHeight(flow, report.Header);
        var closing = body.FindLastIndex(block => block is SectionHeading);
        for (var i = 0; i < body.Count; i++)
        {
            if (i == closing)
                KeepWithSignature(flow, body[closing..], signature);
            Block(flow, body[i], keepWithNext: i == body.Count - 1 ? signature : 0);
        }
        Signature(flow, report.Header, signature);
        flow.Finish();

        using var output = new MemoryStream();
        document.Save(output, false);
        return StableBytes.Make(output.ToArray(), id);
    }

    /// <summary>The PDF's ID: a hash of what the report says, the same on every reprint.</summary>
    private static string DocumentId(ReportSnapshot report)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ReportJson.Serialize(report)));
        // PDFsharp writes each character of the ID as one byte.
        return new string(hash.Take(16).Select(b => (char)b).ToArray());
    }

    // ----- Page 1: the two header columns (Nghị định 30, Phụ lục I, items 1–5) -----

    private static void Header(PdfFlow flow, ReportHeader header)
    {
        var capsBold = PdfFlow.Font(PageFrame.HeaderCaps, bold: true);
        var caps = PdfFlow.Font(PageFrame.HeaderCaps);
        var motto = PdfFlow.Font(PageFrame.Text, bold: true);
        const string nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        const string slogan = "Độc lập - Tự do - Hạnh phúc";
        // The right column is as wide as the national title; the left takes the rest.
        var rightWidth = flow.Measure(nation, capsBold) + 8;
        var leftWidth = PageFrame.TextWidth - rightWidth - 6;
        var leftX = PageFrame.Left - PageFrame.Mm(8);  // the issuer's column reaches into the margin, as is customary
        leftWidth += PageFrame.Mm(8);
        var rightX = PageFrame.Left + PageFrame.TextWidth - rightWidth;
        var top = flow.Y;

        // Left: superior body (not bold), then the school and the board (bold), a short rule under them.
        var y = top;
        y = CenteredLines(flow, header.SuperiorBody.ToUpper(Vi), caps, leftX, leftWidth, y);
        var issuer = new[] { header.SchoolName.ToUpper(Vi), header.BoardName.ToUpper(Vi) };
        var widest = 0.0;
        foreach (var name in issuer)
        {
            foreach (var wrapped in flow.Wrap(name, capsBold, leftWidth))
                widest = Math.Max(widest, flow.Measure(string.Join(' ', wrapped), capsBold));
            y = CenteredLines(flow, name, capsBold, leftX, leftWidth, y);
        }
        var ruleLeft = widest * 0.4;
        y += 2;
        flow.Line(leftX + (leftWidth - ruleLeft) / 2, y, leftX + (leftWidth + ruleLeft) / 2, y);

        // Right: the national title, the motto with a rule as long as itself.
        var r = CenteredLines(flow, nation, capsBold, rightX, rightWidth, top);
        r = CenteredLines(flow, slogan, motto, rightX, rightWidth, r);
        var sloganWidth = flow.Measure(slogan, motto);
        r += 2;
        flow.Line(rightX + (rightWidth - sloganWidth) / 2, r, rightX + (rightWidth + sloganWidth) / 2, r);

        // The number's line: "Số: 05/BC-BBT" left, place and date right (italic).
        var line = Math.Max(y, r) + 10;
        var numberFont = PdfFlow.Font(PageFrame.NumberSize);
        // A preview has no number yet: the blank is left for it, as on a draft.
        flow.Centered($"Số: {header.Number ?? $"      /{ReportNumber.ReportTypeCode}-{header.IssuerCode}"}", numberFont, leftX, leftWidth, line);
        flow.Centered(VietnameseDates.PlaceAndDate(header.Place, header.IssuedOn), PdfFlow.Font(PageFrame.Text, italic: true),
            rightX - 20, rightWidth + 20, line);
        flow.Y = line + PdfFlow.LineHeight(numberFont) + 18;
    }

    private static double CenteredLines(PdfFlow flow, string text, XFont font, double left, double width, double top)
    {
        foreach (var words in flow.Wrap(text, font, width))
        {
            flow.DrawLine(words, font, left, width, top, TextAlign.Centre);
            top += font.GetHeight();
        }
        return top;
    }

    private static void Title(PdfFlow flow, string title, ReportHeader header)
    {
        var bold = PdfFlow.Font(PageFrame.Text, bold: true);
        flow.Paragraph("BÁO CÁO", bold, TextAlign.Centre, 0, 0);
        var lines = flow.Wrap(title, bold, PageFrame.TextWidth * 0.85);
        var widest = 0.0;
        foreach (var words in lines)
        {
            widest = Math.Max(widest, flow.Measure(string.Join(' ', words), bold));
            flow.DrawLine(words, bold, PageFrame.Left, PageFrame.TextWidth, flow.Y, TextAlign.Centre);
            flow.Y += PdfFlow.LineHeight(bold);
        }
        // A rule under the summary line, 1/3 to 1/2 of its length.
        var rule = widest * 0.4;
        flow.Line(PageFrame.Left + (PageFrame.TextWidth - rule) / 2, flow.Y + 1, PageFrame.Left + (PageFrame.TextWidth + rule) / 2, flow.Y + 1);
        flow.Y += 12;
        flow.Paragraph($"Kính gửi: Hiệu trưởng {header.SchoolName}.", PdfFlow.Font(PageFrame.Text), TextAlign.Centre, 0, 10);
    }

    // ----- The body -----

    /// <summary>
    /// The signature never stands alone on a page: the closing section (its heading and text) moves
    /// to the next page with it when both do not fit here, as an official document keeps its last
    /// section with the signature. A closing section too long for one page keeps at least its last
    /// lines with the signature instead (<see cref="PdfFlow.Paragraph"/>'s keep-with-next).
    /// </summary>
    private static void KeepWithSignature(PdfFlow flow, IReadOnlyList<ReportBlock> closing, double signature)
    {
        var height = signature;
        var bold = PdfFlow.Font(PageFrame.Text, bold: true);
        foreach (var block in closing)
        {
            switch (block)
            {
                case SectionHeading heading:
                    height += flow.ParagraphHeight(heading.Text, bold);
                    break;
                case SubHeading sub:
                    height += flow.ParagraphHeight(sub.Text, bold);
                    break;
                case Paragraph paragraph:
                    height += flow.ParagraphHeight(paragraph.Text, PdfFlow.Font(PageFrame.Text));
                    break;
                default:
                    return; // a table or a chart in the closing section: only its last lines keep with the signature
            }
        }
        if (height <= PageFrame.TextBottom - PageFrame.Top)
            flow.Ensure(height);
    }

    private static void Block(PdfFlow flow, ReportBlock block, double keepWithNext)
    {
        var text = PdfFlow.Font(PageFrame.Text);
        var bold = PdfFlow.Font(PageFrame.Text, bold: true);
        switch (block)
        {
            case SectionHeading heading:
                // A heading keeps at least three lines of what follows with it.
                flow.Ensure(PdfFlow.LineHeight(bold) * 4);
                flow.Paragraph(heading.Text, bold, TextAlign.Left);
                break;
            case SubHeading sub:
                flow.Ensure(PdfFlow.LineHeight(bold) * 3);
                flow.Paragraph(sub.Text, bold, TextAlign.Left);
                break;
            case Paragraph paragraph:
                flow.Paragraph(paragraph.Text, text, keepWithNext: keepWithNext);
                break;
            case ReportTable table:
                PdfTable.Draw(flow, table);
                break;
            case BarChart chart:
                PdfTable.Chart(flow, chart);
                break;
        }
    }

    // ----- Recipients and signature, side by side (Nghị định 30, Phụ lục I, items 7–9) -----

    private const double SignatureSpace = 6;
    private static XFont RecipientsTitleFont => PdfFlow.Font(PageFrame.RecipientsTitle, bold: true, italic: true);
    private static XFont RecipientFont => PdfFlow.Font(PageFrame.Recipients);
    private static XFont AuthorityFont => PdfFlow.Font(PageFrame.Text, bold: true);

    private static List<string> Recipients(ReportHeader header) =>
        header.Recipients.Select(r => $"- {r};").Append($"- Lưu: VT, {header.IssuerCode}.").ToList();

    /// <summary>The height of the recipients and signature block, the space above it included.</summary>
    private static double SignatureHeight(PdfFlow flow, ReportHeader header)
    {
        var recipientLines = Recipients(header).Sum(r => flow.Wrap(r, RecipientFont, PageFrame.TextWidth / 2 - 10).Count);
        return SignatureSpace + Math.Max(
            RecipientsTitleFont.GetHeight() + recipientLines * RecipientFont.GetHeight(),
            header.AuthorityLines().Count * AuthorityFont.GetHeight() + PageFrame.SignatureRoom + AuthorityFont.GetHeight());
    }

    private static void Signature(PdfFlow flow, ReportHeader header, double height)
    {
        var titleFont = RecipientsTitleFont;
        var entryFont = RecipientFont;
        var authority = AuthorityFont;
        var recipients = Recipients(header);
        var half = PageFrame.TextWidth / 2;
        var signLines = header.AuthorityLines();
        flow.Y += SignatureSpace;
        flow.Ensure(height - SignatureSpace);

        var top = flow.Y;
        flow.Draw("Nơi nhận:", titleFont, PageFrame.Left, top);
        var y = top + titleFont.GetHeight();
        foreach (var recipient in recipients)
            foreach (var words in flow.Wrap(recipient, entryFont, half - 10))
            {
                flow.Draw(string.Join(' ', words), entryFont, PageFrame.Left, y);
                y += entryFont.GetHeight();
            }

        var x = PageFrame.Left + half;
        var s = top;
        foreach (var line in signLines)
        {
            flow.Centered(line, authority, x, half, s);
            s += authority.GetHeight();
        }
        s += PageFrame.SignatureRoom;
        flow.Centered(header.SignerName, authority, x, half, s);
        flow.Y = Math.Max(y, s + authority.GetHeight());
    }

    private static readonly System.Globalization.CultureInfo Vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
}
