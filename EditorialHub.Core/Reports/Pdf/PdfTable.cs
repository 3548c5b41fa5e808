using PdfSharp.Drawing;

namespace EditorialHub.Core.Reports.Pdf;

/// <summary>
/// Tables and bar charts in the flow. A table that runs past a page repeats its header row on the
/// next; a row is never split across pages; long names wrap inside their cell.
/// </summary>
internal static class PdfTable
{
    private static readonly XPen Border = new(XColors.Black, 0.5);

    public static void Draw(PdfFlow flow, ReportTable table)
    {
        var font = PdfFlow.Font(PageFrame.TableText);
        var bold = PdfFlow.Font(PageFrame.TableText, bold: true);
        var widths = Widths(flow, table, font, bold);
        var header = Layout(flow, table.Columns.Select(c => c.Header).ToList(), bold, widths);
        var rows = table.Rows.Select((row, i) =>
            Layout(flow, row, table.HasTotalRow && i == table.Rows.Count - 1 ? bold : font, widths)).ToList();

        // The header never stands alone at the foot of a page.
        flow.Ensure(header.Height + (rows.Count > 0 ? rows[0].Height : 0));
        DrawRow(flow, header, bold, widths, table.Columns, isHeader: true);
        for (var i = 0; i < rows.Count; i++)
        {
            if (flow.Ensure(rows[i].Height))
                DrawRow(flow, header, bold, widths, table.Columns, isHeader: true);
            DrawRow(flow, rows[i], table.HasTotalRow && i == rows.Count - 1 ? bold : font, widths, table.Columns, isHeader: false);
        }
        flow.Y += PageFrame.ParagraphSpace + 2;
    }

    /// <summary>
    /// Shares of the width by weight, but a column of figures (numbers, dates) is never narrower than
    /// its widest figure or word: figures must not break; text columns give way and wrap instead.
    /// </summary>
    private static double[] Widths(PdfFlow flow, ReportTable table, XFont font, XFont bold)
    {
        var total = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => PageFrame.TextWidth * c.Weight / total).ToArray();
        var floor = table.Columns.Select((column, c) => column.Numeric
            ? Math.Max(
                column.Header.Split(' ').Max(word => flow.Measure(word, bold)),
                table.Rows.Count == 0 ? 0 : table.Rows.Max(row => WidestWord(flow, row[c], bold))) + 2 * PageFrame.CellPadding + 1
            : 0).ToArray();
        var extra = widths.Select((w, c) => Math.Max(0, floor[c] - w)).Sum();
        if (extra <= 0)
            return widths;
        var textTotal = widths.Where((_, c) => !table.Columns[c].Numeric).Sum();
        var given = widths.Select((w, c) => table.Columns[c].Numeric ? Math.Max(w, floor[c]) : w - extra * w / textTotal).ToArray();
        return KeepTextReadable(table.Columns, given);
    }

    // A figure is one word and never breaks; words in a figures' column ("Không đạt") may go on two lines.
    private static double WidestWord(PdfFlow flow, string cell, XFont font) =>
        cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => flow.Measure(word, font)).DefaultIfEmpty(0).Max();

    /// <summary>
    /// Never a text column squeezed below a readable width (a name would run down the page letter by
    /// letter, or columns would overlap): when the figures' columns want more, they share what is left
    /// and their words wrap.
    /// </summary>
    private static double[] KeepTextReadable(IReadOnlyList<TableColumn> columns, double[] widths)
    {
        const double MinTextWidth = 90;
        var textColumns = columns.Count(c => !c.Numeric);
        if (textColumns == 0 || widths.Where((_, c) => !columns[c].Numeric).All(w => w >= MinTextWidth))
            return widths;
        var room = PageFrame.TextWidth - textColumns * MinTextWidth;
        var numericTotal = widths.Where((_, c) => columns[c].Numeric).Sum();
        var scale = Math.Min(1, room / numericTotal);
        var numericWidth = numericTotal * scale;
        var textWeight = columns.Where(c => !c.Numeric).Sum(c => c.Weight);
        return widths.Select((w, c) => columns[c].Numeric
            ? w * scale
            : (PageFrame.TextWidth - numericWidth) * columns[c].Weight / textWeight).ToArray();
    }

    private static LaidRow Layout(PdfFlow flow, IReadOnlyList<string> cells, XFont font, double[] widths)
    {
        var lines = cells.Select((cell, c) => flow.Wrap(cell, font, widths[c] - 2 * PageFrame.CellPadding)).ToList();
        var height = lines.Max(l => l.Count) * font.GetHeight() + 2 * PageFrame.CellPadding;
        return new LaidRow(lines, height);
    }

    private static void DrawRow(PdfFlow flow, LaidRow row, XFont font, double[] widths, IReadOnlyList<TableColumn> columns, bool isHeader)
    {
        var x = PageFrame.Left;
        for (var c = 0; c < widths.Length; c++)
        {
            flow.Graphics.DrawRectangle(Border, x, flow.Y, widths[c], row.Height);
            var y = flow.Y + PageFrame.CellPadding;
            var align = isHeader || columns[c].Numeric ? TextAlign.Centre : TextAlign.Left;
            foreach (var words in row.Lines[c])
            {
                flow.DrawLine(words, font, x + PageFrame.CellPadding, widths[c] - 2 * PageFrame.CellPadding, y, align);
                y += font.GetHeight();
            }
            x += widths[c];
        }
        flow.Y += row.Height;
    }

    /// <summary>Horizontal bars, one a row, the value at the bar's end; labels wrap in their column.</summary>
    public static void Chart(PdfFlow flow, BarChart chart)
    {
        var font = PdfFlow.Font(PageFrame.TableText);
        var italic = PdfFlow.Font(PageFrame.TableText, italic: true);
        var labelWidth = PageFrame.TextWidth * 0.38;
        var barLeft = PageFrame.Left + labelWidth + 6;
        var barSpace = PageFrame.TextWidth - labelWidth - 36;
        var max = Math.Max(1, chart.Bars.Max(b => b.Value));
        var rows = chart.Bars.Select(b => (Bar: b, Lines: flow.Wrap(b.Label, font, labelWidth))).ToList();

        flow.Ensure(PdfFlow.LineHeight(italic) + rows[0].Lines.Count * font.GetHeight() + 4);
        flow.Centered(chart.Name, italic, PageFrame.Left, PageFrame.TextWidth, flow.Y);
        flow.Y += PdfFlow.LineHeight(italic) + 2;
        foreach (var (bar, lines) in rows)
        {
            var height = Math.Max(1, lines.Count) * font.GetHeight() + 3;
            flow.Ensure(height);
            var y = flow.Y;
            foreach (var words in lines)
            {
                flow.DrawLine(words, font, PageFrame.Left, labelWidth, y, TextAlign.Right);
                y += font.GetHeight();
            }
            var length = barSpace * bar.Value / max;
            if (length > 0)
                flow.Graphics.DrawRectangle(XBrushes.DimGray, barLeft, flow.Y + 2, length, font.GetHeight() - 4);
            flow.Draw(bar.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), font, barLeft + length + 4, flow.Y);
            flow.Y += height;
        }
        flow.Y += PageFrame.ParagraphSpace + 4;
    }

    private sealed record LaidRow(List<List<List<string>>> Lines, double Height);
}
