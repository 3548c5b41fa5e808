namespace EditorialHub.Core.Reports;

/// <summary>
/// Everything a printed report shows, frozen: the archive keeps it as JSON, and the PDF, the CSV and
/// the preview are drawn from it alone, so a reprint years later shows the same figures whatever
/// happened to the data since. Plain values only (no entities, no enums whose names might change).
/// </summary>
public sealed record ReportSnapshot(
    int FormatVersion,
    ReportHeader Header,
    ReportPeriod Period,
    SupplyFigures Supply,
    WorkflowFigures Workflow,
    RefusalFigures Refusals,
    AssessmentFigures Assessment,
    string Proposals)
{
    public const int CurrentFormat = 1;
}

/// <summary>The administrative header and the signature, from the settings and the board of the year.</summary>
/// <param name="IssuerCode">"BBT" in "05/BC-BBT" and in "Lưu: VT, BBT."</param>
/// <param name="Number">"05/BC-BBT"; null on a preview that has not been printed.</param>
/// <param name="PrintedAtUtc">The moment of printing; also the PDF's creation date, so a reprint is byte-identical.</param>
public sealed record ReportHeader(
    string SuperiorBody,
    string SchoolName,
    string BoardName,
    string Place,
    string IssuerCode,
    string? Number,
    DateOnly IssuedOn,
    DateTime PrintedAtUtc,
    string SignerName,
    bool SignedByDeputy,
    IReadOnlyList<string> Recipients)
{
    /// <summary>
    /// The authority and title above the signature (Nghị định 30): the head signs for the board; the
    /// deputy signs in the head's place ("KT." — ký thay), still for the board.
    /// </summary>
    public IReadOnlyList<string> AuthorityLines() => SignedByDeputy
        ? ["TM. BAN BIÊN TẬP", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]
        : ["TM. BAN BIÊN TẬP", "TRƯỞNG BAN"];
}

/// <summary>Who signs a report: the head of the board, or the deputy in the head's place.</summary>
public enum ReportSignatory
{
    Head = 0,
    Deputy = 1,
}

/// <summary>I. Information supply: the quota table, items per category and per unit.</summary>
public sealed record SupplyFigures(
    QuotaFigures? Quota,
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<UnitRow> Units);

/// <summary>Units with a target × months against the quota (Điều 13.3), from the quota calculator.</summary>
/// <param name="MonthsMet">Unit-months met, over <paramref name="MonthsDue"/>: the compliance rate.</param>
public sealed record QuotaFigures(
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<QuotaUnitFigures> Rows,
    int MonthsMet,
    int MonthsDue);

/// <param name="Cells">One per month of <see cref="QuotaFigures.Months"/>.</param>
public sealed record QuotaUnitFigures(string Unit, IReadOnlyList<QuotaMonthFigure> Cells, int Published, int Met, int Missed, int Due);

/// <param name="Outcome">"met", "pending", "missed", "open" (the month runs, nothing yet) or "" (nothing due).</param>
public sealed record QuotaMonthFigure(string Outcome, int Published, int Target);

public sealed record CategoryRow(string Category, int Submitted, int Published);

public sealed record UnitRow(string Unit, int Submitted, int Published, int Refused);

/// <summary>II. Editing, approval and publishing.</summary>
/// <param name="Stages">How many items reached each stage in the period, in the workflow's order.</param>
/// <param name="MedianDaysToPublish">Submission (first) to publication, over the items published in the period.</param>
public sealed record WorkflowFigures(
    IReadOnlyList<StageRow> Stages,
    int PublishedCount,
    double? MedianDaysToPublish,
    double? LongestDaysToPublish,
    string? LongestTitle,
    int EventsPublished,
    int EventsOnTime,
    int ApprovedPublished,
    int ApprovedPublishedLate,
    int PublishWithinWorkingDays);

public sealed record StageRow(string Stage, int Items);

/// <summary>III. Refusals (Điều 15) and take-downs (Điều 12.4) with their grounds.</summary>
public sealed record RefusalFigures(
    IReadOnlyList<GroundRow> RefusalGrounds,
    IReadOnlyList<DecisionRow> Refused,
    IReadOnlyList<GroundRow> TakeDownGrounds,
    IReadOnlyList<DecisionRow> TakenDown);

public sealed record GroundRow(string Ground, int Items);

public sealed record DecisionRow(DateOnly On, string Title, string Unit, string Ground, string? Note);

/// <summary>IV. Whom to commend and who fell short (Điều 17).</summary>
public sealed record AssessmentFigures(
    IReadOnlyList<string> UnitsToCommend,
    IReadOnlyList<string> UnitsShort,
    IReadOnlyList<PersonRow> PeopleToCommend,
    IReadOnlyList<PersonRow> PeopleShort);

/// <param name="Reason">Why they are named, e.g. "8 tin bài được đăng".</param>
public sealed record PersonRow(string Name, string Unit, int Published, string Reason);
