namespace EditorialHub.Core.Exports;

/// <summary>The two files a table downloads as: CSV for any program, .xlsx for Excel.</summary>
public enum SheetFormat
{
    Csv,
    Xlsx,
}

public static class SheetFormats
{
    public static string Extension(this SheetFormat format) => format == SheetFormat.Xlsx ? "xlsx" : "csv";

    public static string ContentType(this SheetFormat format) =>
        format == SheetFormat.Xlsx ? Spreadsheet.XlsxContentType : Spreadsheet.CsvContentType;

    public static byte[] Write(this SheetFormat format, Spreadsheet sheet) =>
        format == SheetFormat.Xlsx ? XlsxFile.Write(sheet) : CsvFile.Write(sheet);
}
