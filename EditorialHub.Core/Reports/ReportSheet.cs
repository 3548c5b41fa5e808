using System.Globalization;
using EditorialHub.Core.Exports;

namespace EditorialHub.Core.Reports;

/// <summary>
/// The tables of a report as one sheet (CSV or .xlsx): the title and number, then each table under its
/// name with its header row, a blank line between them.
/// </summary>
public static class ReportSheet
{
    public const string SheetName = "Báo cáo";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static Spreadsheet Build(ReportSnapshot report)
    {
        var rows = new List<SheetRow> { SheetRow.Words(ReportDocument.Title(report.Period)) };
        if (report.Header.Number is { } number)
            rows.Add(SheetRow.Words($"Số: {number}"));
        foreach (var table in ReportDocument.Body(report).OfType<ReportTable>())
        {
            rows.Add(SheetRow.Blank);
            rows.Add(SheetRow.Words(table.Name));
            rows.Add(SheetRow.Header(table.Columns.Select(c => c.Header)));
            rows.AddRange(table.Rows.Select(row => new SheetRow(
                row.Select((text, c) => Cell(text, c < table.Columns.Count && table.Columns[c].Numeric)).ToList(),
                Bold: table.HasTotalRow && ReferenceEquals(row, table.Rows[^1]))));
        }
        return new Spreadsheet(SheetName, rows);
    }

    /// <summary>
    /// A figure column's whole number (as ReportDocument writes it, "1.234" in Vietnamese) is a number;
    /// everything else, there too ("7/8", a date, "Đạt"), and every text column, stays words.
    /// </summary>
    private static SheetCell Cell(string text, bool figureColumn) =>
        figureColumn && int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, Vietnamese, out var figure)
            ? SheetCell.Figure(figure)
            : SheetCell.Text(text);
}
