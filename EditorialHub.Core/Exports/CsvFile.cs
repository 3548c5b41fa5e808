using System.Text;

namespace EditorialHub.Core.Exports;

/// <summary>
/// The one CSV writer of every export: UTF-8 with a byte-order mark (without it Excel reads Vietnamese
/// as Windows-1252), commas, CRLF, quotes doubled (RFC 4180).
/// </summary>
/// <remarks>
/// A spreadsheet runs a cell that begins with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (and, in some,
/// a tab or a carriage return) as a formula: a draft titled <c>=HYPERLINK("http://…","…")</c> would be a
/// live link, or worse, in the board's own Excel. Such a text cell is written with a leading apostrophe
/// inside the quotes, the usual defence (OWASP "CSV Injection"): the reader sees what was typed, with
/// an apostrophe in front, and nothing runs. Figures the app counted are written as figures, so "-3"
/// stays a number; only text is ever prefixed.
/// </remarks>
public static class CsvFile
{
    public static byte[] Write(Spreadsheet sheet)
    {
        var csv = new StringBuilder();
        foreach (var row in sheet.Rows)
        {
            csv.AppendJoin(',', row.Cells.Select(Cell));
            csv.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>A cell as written in the file (public for the tests' table).</summary>
    public static string Cell(SheetCell cell)
    {
        if (cell.Number is not null)
            return cell.Value;
        var text = cell.Value;
        if (StartsLikeAFormula(text))
            return $"\"'{text.Replace("\"", "\"\"")}\"";
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }

    /// <summary>What Excel, LibreOffice and Google Sheets take as the start of a formula.</summary>
    public static bool StartsLikeAFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
