using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EditorialHub.Tests.Exports;

/// <summary>A produced workbook read back with the library that wrote it: each cell's type and text, as Excel would see them.</summary>
internal sealed record XlsxCell(string Reference, string Text, bool IsString, bool IsNumber, bool Bold);

internal sealed record XlsxSheet(string Name, IReadOnlyList<XlsxCell> Cells, bool HasFormula)
{
    public XlsxCell this[string reference] => Cells.Single(c => c.Reference == reference);

    public XlsxCell Find(string text) => Cells.First(c => c.Text == text);

    public static XlsxSheet Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var bold = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>()
            .Select(f => f.FontId is { } font && workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)font.Value).Bold is not null)
            .ToList();
        var cells = part.Worksheet.Descendants<Cell>().Select(c =>
        {
            var type = c.DataType?.Value;
            var isString = type == CellValues.InlineString || type == CellValues.SharedString || type == CellValues.String;
            var text = type == CellValues.InlineString ? c.InlineString!.InnerText
                : type == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text)]
                : c.CellValue?.Text ?? "";
            return new XlsxCell(c.CellReference!.Value!, text, isString, !isString && (type is null || type == CellValues.Number),
                c.StyleIndex is { } style && bold[(int)style.Value]);
        }).ToList();
        var hasFormula = part.Worksheet.Descendants<CellFormula>().Any();
        return new XlsxSheet(sheet.Name!.Value!, cells, hasFormula);
    }
}
