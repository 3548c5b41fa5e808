using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using EditorialHub.Core.Articles.Attachments;

namespace EditorialHub.Core.Articles.Publishing;

/// <summary>An attachment handed to the export; <paramref name="Content"/> only for images whose file opened.</summary>
public sealed record ExportFile(
    int Id, string FileName, AttachmentKind Kind, string ContentType, long SizeBytes, string? AltText, byte[]? Content);

/// <summary>
/// The copy-ready export for portals the school cannot post to automatically: ONE HTML file with every
/// picture inside it as a data: address. Why one file rather than a zip of the page and its images:
/// the secretary opens it in any browser, selects the article, copies and pastes it into the portal's
/// editor (CKEditor, TinyMCE: what Vietnamese school portals run) and the pictures come along, or
/// switches the editor to its source view and pastes the HTML; with a zip she would first unpack it,
/// upload every picture by hand and put each one back in its place. Documents (PDF, Word…) cannot be
/// pasted into an editor: they are listed, to upload from the item page.
/// </summary>
public static class PortalExport
{
    public static string Build(ArticleDetails item, IReadOnlyList<ExportFile> files)
    {
        var byAddress = files.Where(f => f.Content is not null)
            .ToDictionary(f => Attachment.UrlFor(f.Id), StringComparer.Ordinal);
        var body = InlineImages(item.Body, byAddress, out var usedInBody);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(item.Title)).Append("</title>\n")
            .Append("<style>body{font-family:Arial,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.55}")
            .Append("img{max-width:100%;height:auto}.ghi-chu{border:1px dashed #999;padding:.5rem 1rem;color:#444;font-size:.9rem}")
            .Append("table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem}</style>\n</head>\n<body>\n");
        html.Append("<p class=\"ghi-chu\">Bản sao để đăng lên cổng thông tin. Bôi đen từ tiêu đề đến hết bài, sao chép (Ctrl+C) ")
            .Append("rồi dán (Ctrl+V) vào trình soạn thảo của cổng: ảnh đã nằm sẵn trong bài. Phần ghi chú này không dán.</p>\n");
        html.Append("<article>\n<h1>").Append(Encode(item.Title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(item.Summary))
            html.Append("<p><strong>").Append(Encode(item.Summary).Replace("\n", "<br>")).Append("</strong></p>\n");
        if (item.Document is { } document)
        {
            html.Append("<table>\n");
            Row(html, "Số, ký hiệu", document.Number);
            Row(html, "Ngày ban hành", document.IssuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            Row(html, "Cơ quan ban hành", document.IssuingBody);
            Row(html, "Trích yếu", document.Summary);
            html.Append("</table>\n");
        }
        html.Append(body).Append('\n');
        // Pictures attached but not placed in the text go at the end, each with its description.
        foreach (var image in files.Where(f => f.Content is not null && !usedInBody.Contains(f.Id)))
        {
            html.Append("<figure><img src=\"").Append(DataUrl(image)).Append("\" alt=\"").Append(Encode(image.AltText ?? "")).Append("\">");
            if (!string.IsNullOrWhiteSpace(image.AltText))
                html.Append("<figcaption>").Append(Encode(image.AltText)).Append("</figcaption>");
            html.Append("</figure>\n");
        }
        if (!string.IsNullOrWhiteSpace(item.Source))
            html.Append("<p><em>Nguồn: ").Append(Encode(item.Source)).Append("</em></p>\n");
        html.Append("</article>\n");

        var documents = files.Where(f => f.Content is null).ToList();
        if (documents.Count > 0)
        {
            html.Append("<div class=\"ghi-chu\"><p>Tệp đính kèm cần tải lên cổng riêng (mở tin bài trên EditorialHub để tải về):</p><ul>\n");
            foreach (var file in documents)
                html.Append("<li>").Append(Encode(file.FileName)).Append(" (").Append(Size(file.SizeBytes)).Append(")</li>\n");
            html.Append("</ul></div>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>"hoi-giang-chao-mung-20-11.html": letters without marks (đ → d), so every system accepts the name.</summary>
    public static string FileNameFor(string title)
    {
        var slug = new StringBuilder();
        foreach (var ch in title.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsAsciiLetterOrDigit(ch))
                slug.Append(char.ToLowerInvariant(ch));
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
            if (slug.Length >= 80)
                break;
        }
        var name = slug.ToString().Trim('-');
        return (name.Length == 0 ? "tin-bai" : name) + ".html";
    }

    /// <summary>The body with each picture of this item's attachments replaced by its data: address.</summary>
    private static string InlineImages(string body, IReadOnlyDictionary<string, ExportFile> byAddress, out HashSet<int> used)
    {
        used = [];
        if (string.IsNullOrWhiteSpace(body) || byAddress.Count == 0)
            return body;
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var nodes = parser.ParseFragment(body, document.Body!);
        foreach (var node in nodes.ToList())
            document.Body!.AppendChild(node);
        foreach (var image in document.Body!.QuerySelectorAll("img"))
            if (image.GetAttribute("src") is { } source && byAddress.TryGetValue(source, out var file))
            {
                image.SetAttribute("src", DataUrl(file));
                if (string.IsNullOrWhiteSpace(image.GetAttribute("alt")) && !string.IsNullOrWhiteSpace(file.AltText))
                    image.SetAttribute("alt", file.AltText);
                used.Add(file.Id);
            }
        return document.Body.InnerHtml;
    }

    private static string DataUrl(ExportFile image) => $"data:{image.ContentType};base64,{Convert.ToBase64String(image.Content!)}";

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th>").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>\n");

    // Only the markup characters: Vietnamese letters stay as they are, readable in the editor's source view.
    private static string Encode(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024d / 1024d:0.0} MB" : $"{Math.Max(1, bytes / 1024)} KB";
}
