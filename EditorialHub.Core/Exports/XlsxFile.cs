using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EditorialHub.Core.Exports;

/// <summary>
/// The same tables as an Excel workbook (DocumentFormat.OpenXml; docs/decisions/0009-spreadsheets.md).
/// A CSV leaves Excel to guess: on a Vietnamese-locale Windows it splits on the wrong separator and
/// turns "7/8" (đạt 7/8 tháng) into a date. Here every cell says what it is: words are strings, figures
/// are numbers, header rows are bold, and there is no formula anywhere.
/// </summary>
public static partial class XlsxFile
{
    private const uint BoldStyle = 1;

    public static byte[] Write(Spreadsheet sheet)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();

            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint rowIndex = 0;
            foreach (var row in sheet.Rows)
            {
                rowIndex++;
                var line = new Row { RowIndex = rowIndex };
                var column = 0;
                foreach (var cell in row.Cells)
                {
                    column++;
                    if (cell.Value.Length > 0)
                        line.Append(Cell(cell, $"{ColumnName(column)}{rowIndex}", row.Bold));
                }
                data.Append(line);
            }
            worksheet.Worksheet = new Worksheet(Widths(sheet), data);

            workbook.Workbook.Append(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(worksheet),
                SheetId = 1,
                Name = SheetName(sheet.SheetName),
            }));
        }
        return stream.ToArray();
    }

    private static Cell Cell(SheetCell cell, string reference, bool bold)
    {
        var written = cell.Number is { } number
            ? new Cell
            {
                CellReference = reference,
                DataType = CellValues.Number,
                CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
            }
            // An inline string: Excel shows it as typed, never reads it as a date, a fraction or a formula.
            : new Cell
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(Escape(cell.Value)) { Space = SpaceProcessingModeValues.Preserve }),
            };
        if (bold)
            written.StyleIndex = BoldStyle;
        return written;
    }

    /// <summary>
    /// What a person typed, as OOXML carries it: "_x0041_" in a string is read back as "A", so a typed
    /// underscore before such a run is escaped (_x005F_); characters XML cannot hold at all (controls
    /// other than tab and line breaks) are written the same escaped way instead of breaking the file.
    /// </summary>
    private static string Escape(string text)
    {
        text = EscapedCharacter().Replace(text, match => "_x005F_" + match.Value[1..]);
        if (!text.Any(ch => char.IsControl(ch) && ch is not ('\t' or '\n' or '\r') || char.IsSurrogate(ch)))
            return text;
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                escaped.Append(ch).Append(text[++i]);
            else if ((char.IsControl(ch) && ch is not ('\t' or '\n' or '\r')) || char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF')
                escaped.Append(CultureInfo.InvariantCulture, $"_x{(int)ch:X4}_");
            else
                escaped.Append(ch);
        }
        return escaped.ToString();
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

    /// <summary>Each column as wide as its longest line, within reason.</summary>
    private static Columns Widths(Spreadsheet sheet)
    {
        var columns = new Columns();
        var count = sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Cells.Count);
        for (var c = 0; c < count; c++)
        {
            // A title line (a row of one cell) runs over the empty cells beside it: it does not widen the first column.
            var longest = sheet.Rows.Where(r => r.Cells.Count > 1 && c < r.Cells.Count)
                .Select(r => r.Cells[c].Value.Length).DefaultIfEmpty(8).Max();
            columns.Append(new Column
            {
                Min = (uint)(c + 1), Max = (uint)(c + 1),
                Width = Math.Clamp(longest + 2, 6, 60), CustomWidth = true,
            });
        }
        return columns;
    }

    /// <summary>A worksheet name Excel accepts: 31 characters at most, none of <c>[]:*?/\</c>.</summary>
    internal static string SheetName(string name)
    {
        var clean = new string(name.Select(ch => ch is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : ch).ToArray()).Trim('\'', ' ');
        if (clean.Length == 0)
            clean = "Bảng";
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static string ColumnName(int column)
    {
        var name = "";
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            name = (char)('A' + remainder) + name;
            column = (column - 1) / 26;
        }
        return name;
    }

    [GeneratedRegex("_x[0-9A-Fa-f]{4}_")]
    private static partial Regex EscapedCharacter();
}
