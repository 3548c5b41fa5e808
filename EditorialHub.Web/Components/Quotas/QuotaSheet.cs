using EditorialHub.Core.Exports;
using EditorialHub.Core.Quotas;
using EditorialHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EditorialHub.Web.Components.Quotas;

/// <summary>
/// The board as a table for Excel (CSV or .xlsx, written by the core's one writer of each): the
/// headers in the reader's language, one row per unit and one for the school; the sums are figures,
/// the cells ("Đạt (1/1)") and the names are words.
/// </summary>
public static class QuotaSheet
{
    public static Spreadsheet Build(QuotaBoard board, IStringLocalizer<UiText> t)
    {
        var rows = new List<SheetRow>
        {
            SheetRow.Header([
                t["Quota_Unit"],
                .. board.Months.Select(m => t["Quota_MonthName", m.Month.Month.Month, m.Month.Month.Year]),
                t["QuotaCsv_Published"], t["QuotaCsv_Met"], t["QuotaCsv_Missed"], t["QuotaCsv_Rate"],
            ]),
        };
        foreach (var unit in board.Units)
            rows.Add(new SheetRow([
                SheetCell.Text(unit.UnitName),
                .. unit.Cells.Select(cell => SheetCell.Text(cell.Target > 0
                    ? $"{t[$"Quota_Status_{cell.Status}"]} ({cell.Count}/{cell.Target})"
                    : $"{t[$"Quota_Status_{cell.Status}"]} ({cell.Count})")),
                .. Sums(unit.Totals),
            ]));
        rows.Add(new SheetRow([
            SheetCell.Text(t["Quota_School"]),
            .. board.Months.Select(m => SheetCell.Text(t["Quota_MonthTotal", m.Totals.Met, m.Totals.Due])),
            .. Sums(board.Totals),
        ]));
        return new Spreadsheet(t["QuotaSheet_Name"], rows);
    }

    public static string FileName(QuotaBoard board, Semester? semester, SheetFormat format) =>
        $"chi-tieu-{board.Year?.Name ?? "thang"}{(semester is { } s ? $"-hk{(int)s}" : "")}.{format.Extension()}";

    private static IEnumerable<SheetCell> Sums(QuotaTotals totals) =>
    [
        SheetCell.Figure(totals.Published),
        SheetCell.Figure(totals.Met),
        SheetCell.Figure(totals.Missed),
        totals.ComplianceRate is { } rate ? SheetCell.Figure(Math.Round((decimal)rate * 100)) : SheetCell.Empty,
    ];
}
