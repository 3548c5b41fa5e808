using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EditorialHub.Core.Reports.Pdf;

/// <summary>
/// Text flowing down A4 pages: wraps words to a width, justifies, starts a new page when the next
/// piece does not fit, and numbers every page but the first in the top margin.
/// </summary>
internal sealed class PdfFlow(PdfDocument document)
{
    private static readonly XPen Rule = new(XColors.Black, 0.6);
    private XGraphics? _graphics;
    private int _pages;

    public double Y { get; set; }

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page yet.");

    public static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(ReportFonts.Family, size,
            bold && italic ? XFontStyleEx.BoldItalic : bold ? XFontStyleEx.Bold : italic ? XFontStyleEx.Italic : XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));

    public static double LineHeight(XFont font) => font.GetHeight() * PageFrame.LineSpacing;

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageFrame.Width);
        page.Height = XUnit.FromPoint(PageFrame.Height);
        _graphics = XGraphics.FromPdfPage(page);
        _pages++;
        Y = PageFrame.Top;
        // Arabic numerals, centred in the top margin, none on the first page.
        if (_pages > 1)
        {
            var font = Font(PageFrame.Text);
            Centered(_pages.ToString(CultureInfo.InvariantCulture), font, PageFrame.Left, PageFrame.TextWidth,
                (PageFrame.Top - font.GetHeight()) / 2);
        }
    }

    public void Finish() => _graphics?.Dispose();

    /// <summary>Moves to a new page unless <paramref name="height"/> still fits on this one.</summary>
    public bool Ensure(double height)
    {
        if (Y + height <= PageFrame.TextBottom)
            return false;
        NewPage();
        return true;
    }

    public double Measure(string text, XFont font) => Graphics.MeasureString(Clean(text), font).Width;

    public void Draw(string text, XFont font, double x, double top) =>
        Graphics.DrawString(Clean(text), font, XBrushes.Black, x, top, XStringFormats.TopLeft);

    public void Centered(string text, XFont font, double left, double width, double top) =>
        Draw(text, font, left + (width - Measure(text, font)) / 2, top);

    public void Line(double x1, double y1, double x2, double y2) => Graphics.DrawLine(Rule, x1, y1, x2, y2);

    /// <summary>
    /// Words placed on lines no wider than <paramref name="width"/> (the first line
    /// <paramref name="firstIndent"/> narrower); a word longer than a line is cut by letters.
    /// </summary>
    public List<List<string>> Wrap(string text, XFont font, double width, double firstIndent = 0)
    {
        var lines = new List<List<string>> { new() };
        var space = Measure(" ", font);
        var used = 0.0;
        foreach (var word in Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var available = width - (lines.Count == 1 ? firstIndent : 0);
            foreach (var piece in Pieces(word, font, width))
            {
                var w = Measure(piece, font);
                var current = lines[^1];
                if (current.Count > 0 && used + space + w > available)
                {
                    lines.Add([piece]);
                    used = w;
                    available = width;
                }
                else
                {
                    used += (current.Count > 0 ? space : 0) + w;
                    current.Add(piece);
                }
            }
        }
        return lines;
    }

    private IEnumerable<string> Pieces(string word, XFont font, double width)
    {
        if (Measure(word, font) <= width)
        {
            yield return word;
            yield break;
        }
        var piece = new StringBuilder();
        foreach (var letter in word.EnumerateRunes())
        {
            if (piece.Length > 0 && Measure(piece + letter.ToString(), font) > width)
            {
                yield return piece.ToString();
                piece.Clear();
            }
            piece.Append(letter.ToString());
        }
        if (piece.Length > 0)
            yield return piece.ToString();
    }

    /// <summary>One wrapped line: justified lines spread their words to both edges.</summary>
    public void DrawLine(IReadOnlyList<string> words, XFont font, double left, double width, double top, TextAlign align)
    {
        var text = string.Join(' ', words);
        switch (align)
        {
            case TextAlign.Centre:
                Centered(text, font, left, width, top);
                break;
            case TextAlign.Right:
                Draw(text, font, left + width - Measure(text, font), top);
                break;
            case TextAlign.Justify when words.Count > 1:
                var gap = (width - words.Sum(w => Measure(w, font))) / (words.Count - 1);
                var x = left;
                foreach (var word in words)
                {
                    Draw(word, font, x, top);
                    x += Measure(word, font) + gap;
                }
                break;
            default:
                Draw(text, font, left, top);
                break;
        }
    }

    /// <summary>
    /// A paragraph of the body: justified, first line indented, lines move to the next page one by one.
    /// <paramref name="keepWithNext"/>: the height of what must follow on the same page as the last two
    /// lines (the signature after the closing paragraph).
    /// </summary>
    public void Paragraph(string text, XFont font, TextAlign align = TextAlign.Justify, double firstIndent = -1,
        double spaceAfter = PageFrame.ParagraphSpace, double keepWithNext = 0)
    {
        if (firstIndent < 0)
            firstIndent = PageFrame.FirstLineIndent;
        var lines = Wrap(text, font, PageFrame.TextWidth, firstIndent);
        var height = LineHeight(font);
        var keptFrom = Math.Max(0, lines.Count - 2);
        for (var i = 0; i < lines.Count; i++)
        {
            // Never a heading or a paragraph's first line alone at the foot of a page.
            Ensure(height * (i == 0 ? Math.Min(2, lines.Count) : 1));
            if (i == keptFrom && keepWithNext > 0)
                Ensure(height * (lines.Count - i) + spaceAfter + keepWithNext);
            var indent = i == 0 ? firstIndent : 0;
            var lastLine = i == lines.Count - 1;
            DrawLine(lines[i], font, PageFrame.Left + indent, PageFrame.TextWidth - indent, Y,
                align == TextAlign.Justify && lastLine ? TextAlign.Left : align);
            Y += height;
        }
        Y += spaceAfter;
    }

    /// <summary>The height <see cref="Paragraph"/> takes for <paramref name="text"/>, its space after included.</summary>
    public double ParagraphHeight(string text, XFont font) =>
        Wrap(text, font, PageFrame.TextWidth, PageFrame.FirstLineIndent).Count * LineHeight(font) + PageFrame.ParagraphSpace;

    /// <summary>Text in Unicode composed form: the fonts hold precomposed Vietnamese letters (ệ, ữ, ở).</summary>
    public static string Clean(string text) => text.Normalize(NormalizationForm.FormC).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}

internal enum TextAlign
{
    Left,
    Centre,
    Right,
    Justify,
}
