using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Reports;
using EditorialHub.Core.Reports.Pdf;
using PdfSharp.Pdf;

namespace EditorialHub.Core.Data.Demo;

/// <summary>
/// Files on the demo items, as departments send them: a photo of the activity (with the words a
/// reader who cannot see it is told) on one activity report in three, and the plan itself as a PDF on
/// every plan. Stored like any upload — staged, checked by content, moved to a generated name — so
/// the item pages, the downloads, the checklist and the export show real files.
/// </summary>
internal sealed class DemoAttachments(AttachmentStore store)
{
    private const long MaxBytes = 10L * 1024 * 1024;

    public async Task<List<Attachment>> ForAsync(
        IEnumerable<Article> articles, IReadOnlyDictionary<int, string> unitNames, CancellationToken ct)
    {
        var attachments = new List<Attachment>();
        var pdfsPossible = true;
        foreach (var article in articles.OrderBy(a => a.Id))
        {
            if (article.Kind == ArticleKind.ActivityReport && article.Id % 3 == 0)
                attachments.Add(await StoreAsync(article, "anh-hoat-dong.png", DemoPicture.Png(article.Id),
                    $"Ảnh minh hoạ (dữ liệu mẫu): học sinh dự hoạt động “{article.Title}”", ct));
            else if (article.Category == ArticleCategory.Plans && pdfsPossible)
            {
                var pdf = PlanPdf(article, unitNames.GetValueOrDefault(article.UnitId, ""));
                // Without a serif font installed, the demo goes on with photos only (printing reports says what to install).
                pdfsPossible = pdf is not null;
                if (pdf is not null)
                    attachments.Add(await StoreAsync(article, "ke-hoach.pdf", pdf, null, ct));
            }
        }
        return attachments;
    }

    private async Task<Attachment> StoreAsync(Article article, string fileName, byte[] content, string? altText, CancellationToken ct)
    {
        using var staged = await store.StageAsync(new MemoryStream(content), MaxBytes, ct);
        var inspected = AttachmentInspector.Inspect(fileName, staged.Content);
        var uploadedAt = article.CreatedAtUtc.AddMinutes(5);
        var storedName = store.Commit(staged, uploadedAt);
        return new Attachment(article.Id, fileName, inspected.Kind, inspected.ContentType, staged.Length, staged.Sha256,
            storedName, article.AuthorId, uploadedAt, altText);
    }

    /// <summary>A one-page plan under the unit's name, or null when no font for it is installed.</summary>
    private static byte[]? PlanPdf(Article article, string unitName)
    {
        try
        {
            ReportFonts.Install();
        }
        catch (ReportException)
        {
            return null;
        }
        using var document = new PdfDocument();
        document.Info.Title = article.Title;
        var flow = new PdfFlow(document);
        flow.NewPage();
        flow.Paragraph("TRƯỜNG THPT LÊ QUÝ ĐÔN", PdfFlow.Font(13, bold: true), TextAlign.Left, 0, 0);
        flow.Paragraph(unitName.ToUpperInvariant(), PdfFlow.Font(13, bold: true), TextAlign.Left, 0, 18);
        flow.Paragraph("KẾ HOẠCH", PdfFlow.Font(14, bold: true), TextAlign.Centre, 0, 2);
        flow.Paragraph(article.Title, PdfFlow.Font(14, bold: true), TextAlign.Centre, 0, 14);
        flow.Paragraph(ArticleContentText(article.Summary), PdfFlow.Font(14));
        flow.Paragraph("I. Mục đích, yêu cầu", PdfFlow.Font(14, bold: true), TextAlign.Left, 0);
        flow.Paragraph("Nâng cao chất lượng dạy và học; phát huy tính tích cực, chủ động của học sinh; bảo đảm an toàn, tiết kiệm, hiệu quả.", PdfFlow.Font(14));
        flow.Paragraph("II. Nội dung và thời gian thực hiện", PdfFlow.Font(14, bold: true), TextAlign.Left, 0);
        flow.Paragraph("Tổ chuyên môn phân công giáo viên phụ trách từng nội dung, báo cáo kết quả về Ban Giám hiệu sau khi hoàn thành.", PdfFlow.Font(14));
        flow.Paragraph("(Văn bản mẫu của trường demo EditorialHub.)", PdfFlow.Font(12, italic: true), TextAlign.Left, 0);
        flow.Finish();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string ArticleContentText(string? summary) =>
        string.IsNullOrWhiteSpace(summary) ? "Kế hoạch của tổ trong năm học." : summary;
}
