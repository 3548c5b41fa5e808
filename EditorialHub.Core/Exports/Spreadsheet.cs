using System.Globalization;

namespace EditorialHub.Core.Exports;

/// <summary>
/// A table to hand out as a file (CSV or .xlsx): rows of cells, each either words a person or the app
/// wrote (<see cref="SheetCell.Text"/>) or a figure the app counted (<see cref="SheetCell.Figure"/>).
/// The difference decides how a spreadsheet reads the cell: words always stay words.
/// </summary>
/// <param name="SheetName">The worksheet's name in the .xlsx (at most 31 characters, no <c>[]:*?/\</c>).</param>
public sealed record Spreadsheet(string SheetName, IReadOnlyList<SheetRow> Rows)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <param name="Bold">A header row: bold in the .xlsx.</param>
public sealed record SheetRow(IReadOnlyList<SheetCell> Cells, bool Bold = false)
{
    public static readonly SheetRow Blank = new([]);

    public static SheetRow Words(params IEnumerable<string> cells) => new(cells.Select(SheetCell.Text).ToList());

    public static SheetRow Header(IEnumerable<string> cells) => new(cells.Select(SheetCell.Text).ToList(), Bold: true);
}

/// <summary>One cell: words, or a figure when <see cref="Number"/> is set.</summary>
public readonly record struct SheetCell(string Value, decimal? Number)
{
    public static SheetCell Text(string value) => new(value, null);

    public static SheetCell Figure(decimal value) =>
        new(value.ToString(CultureInfo.InvariantCulture), value);

    public static SheetCell Empty => new("", null);
}
