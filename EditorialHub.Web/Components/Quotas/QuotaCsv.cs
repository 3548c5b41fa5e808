using System.Globalization;
using System.Text;
using EditorialHub.Core.Quotas;
using EditorialHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EditorialHub.Web.Components.Quotas;

/// <summary>
/// The board as a CSV file for Excel: UTF-8 with a byte-order mark (without it Excel reads Vietnamese
/// as Windows-1252), the headers in the reader's language, one row per unit and one for the school.
/// </summary>
public static class QuotaCsv
{
    public static byte[] Build(QuotaBoard board, IStringLocalizer<UiText> t)
    {
        var csv = new StringBuilder();
        Row(csv, [
            t["Quota_Unit"],
            .. board.Months.Select(m => string.Format(t["Quota_MonthName"], m.Month.Month.Month, m.Month.Month.Year)),
            t["QuotaCsv_Published"], t["QuotaCsv_Met"], t["QuotaCsv_Missed"], t["QuotaCsv_Rate"],
        ]);
        foreach (var unit in board.Units)
            Row(csv, [
                unit.UnitName,
                .. unit.Cells.Select(cell => cell.Target > 0
                    ? $"{t[$"Quota_Status_{cell.Status}"]} ({cell.Count}/{cell.Target})"
                    : $"{t[$"Quota_Status_{cell.Status}"]} ({cell.Count})"),
                .. Sums(unit.Totals),
            ]);
        Row(csv, [
            t["Quota_School"],
            .. board.Months.Select(m => string.Format(t["Quota_MonthTotal"], m.Totals.Met, m.Totals.Due)),
            .. Sums(board.Totals),
        ]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static string FileName(QuotaBoard board, Semester? semester) =>
        $"chi-tieu-{board.Year?.Name ?? "thang"}{(semester is { } s ? $"-hk{(int)s}" : "")}.csv";

    private static IEnumerable<string> Sums(QuotaTotals totals) =>
    [
        totals.Published.ToString(CultureInfo.InvariantCulture),
        totals.Met.ToString(CultureInfo.InvariantCulture),
        totals.Missed.ToString(CultureInfo.InvariantCulture),
        totals.ComplianceRate is { } rate ? Math.Round(rate * 100).ToString(CultureInfo.InvariantCulture) : "",
    ];

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Quote));
        csv.Append("\r\n");
    }

    // RFC 4180; a leading =, +, - or @ is neutralised so Excel never runs a unit's name as a formula.
    private static string Quote(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@')
            cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
    }
}
