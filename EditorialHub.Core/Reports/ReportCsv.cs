using System.Text;

namespace EditorialHub.Core.Reports;

/// <summary>
/// The tables of a report as one CSV file: each table under its name, a blank line between them.
/// UTF-8 with a byte-order mark, so that Excel opens the Vietnamese letters correctly; commas as
/// separators (RFC 4180), quotes doubled.
/// </summary>
public static class ReportCsv
{
    public static byte[] Write(ReportSnapshot report)
    {
        var text = new StringBuilder();
        Line(text, [ReportDocument.Title(report.Period)]);
        if (report.Header.Number is { } number)
            Line(text, [$"Số: {number}"]);
        foreach (var table in ReportDocument.Body(report).OfType<ReportTable>())
        {
            text.Append("\r\n");
            Line(text, [table.Name]);
            Line(text, table.Columns.Select(c => c.Header));
            foreach (var row in table.Rows)
                Line(text, row);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Quote));
        text.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
