namespace EditorialHub.Core.Reports;

/// <summary>
/// A printed report, kept exactly as printed: its number, the frozen data (<see cref="Snapshot"/>, JSON)
/// and the SHA-256 of the PDF, whose bytes live in the data folder's reports directory. Never changed;
/// a correction is a new report with a new number that names the one it corrects.
/// </summary>
public sealed class ArchivedReport
{
    public const int TitleMaxLength = 300;

    private ArchivedReport()
    {
        PeriodKey = "";
        Number = "";
        Title = "";
        PrintedByName = "";
        Snapshot = "";
        Sha256 = "";
        FileName = "";
    }

    internal ArchivedReport(
        ReportPeriod period, ReportNumber number, string title, string? printedById, string printedByName,
        DateTime printedAtUtc, string snapshot, string sha256, string fileName, long sizeBytes, int? correctsId)
    {
        Kind = period.Kind;
        PeriodKey = period.Key;
        PeriodFrom = period.From;
        PeriodTo = period.To;
        Year = number.Year;
        Sequence = number.Sequence;
        Number = number.Text;
        Title = title;
        PrintedById = printedById;
        PrintedByName = printedByName;
        PrintedAtUtc = printedAtUtc;
        Snapshot = snapshot;
        Sha256 = sha256;
        FileName = fileName;
        SizeBytes = sizeBytes;
        CorrectsId = correctsId;
    }

    public int Id { get; private set; }
    public ReportKind Kind { get; private set; }
    public string PeriodKey { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }

    /// <summary>The calendar year of the number's sequence (Nghị định 30: from 01 on 1 January).</summary>
    public int Year { get; private set; }
    public int Sequence { get; private set; }

    /// <summary>"05/BC-BBT".</summary>
    public string Number { get; private set; }

    /// <summary>The summary line (trích yếu).</summary>
    public string Title { get; private set; }

    /// <summary>Null when printed from the command line by the server's operator.</summary>
    public string? PrintedById { get; private set; }
    public string PrintedByName { get; private set; }
    public DateTime PrintedAtUtc { get; private set; }
    public string Snapshot { get; private set; }

    /// <summary>Lower-case hex of the PDF's SHA-256.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The file's name under the reports directory.</summary>
    public string FileName { get; private set; }
    public long SizeBytes { get; private set; }

    /// <summary>The earlier report of the same period that this one corrects, if any.</summary>
    public int? CorrectsId { get; private set; }
}
