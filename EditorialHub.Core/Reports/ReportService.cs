using System.Security.Cryptography;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Core.Exports;
using EditorialHub.Core.Reports.Pdf;
using EditorialHub.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EditorialHub.Core.Reports;

/// <summary>A printed report as the archive lists it.</summary>
public sealed record ArchivedReportInfo(
    int Id, string Number, ReportKind Kind, string PeriodKey, string Title, string PrintedByName,
    DateTime PrintedAtUtc, string Sha256, long SizeBytes, string? CorrectsNumber);

/// <summary>A file to hand out: its bytes and the name to save it under.</summary>
public sealed record ReportFile(byte[] Content, string DownloadName, string ContentType);

/// <summary>
/// Preview, print, archive and reprint the board's reports (Điều 5.3, 16). Whoever may view reports
/// (ViewReports) previews, lists and reprints; only the head, the deputy and the secretary print a new,
/// numbered report. A printed report is kept as printed: its snapshot, its PDF and the PDF's SHA-256.
/// </summary>
public sealed class ReportService(
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    BoardDirectory board,
    ReportBuilder builder,
    IReportRenderer renderer,
    StorageOptions storage,
    IOptionsMonitor<SchoolOptions> school)
{
    public const int ProposalsMaxLength = 8000;

    /// <summary>Who is named as printer of a report printed from the command line.</summary>
    public const string CommandLinePrinter = "Dòng lệnh (in theo lịch)";

    private static readonly Role[] Printers = [Role.BoardHead, Role.BoardDeputy, Role.BoardSecretary];

    public async Task<bool> MayPrintAsync(string actorId, CancellationToken ct = default) =>
        (await board.RolesOnAsync(actorId, clock.Today(), ct)).Any(Printers.Contains);

    /// <summary>
    /// The school years that have begun, latest first (the page's choice of period): a year the
    /// secretary prepared ahead has nothing to report yet, and must not become the page's first choice.
    /// </summary>
    public async Task<IReadOnlyList<string>> SchoolYearNamesAsync(string actorId, CancellationToken ct = default)
    {
        await EnsureMayViewAsync(actorId, ct);
        var today = clock.Today();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.SchoolYears.AsNoTracking().Where(y => y.Starts <= today)
            .OrderByDescending(y => y.Starts).Select(y => y.Name).ToListAsync(ct);
    }

    /// <summary>The period's dates: a month as it is, a semester or a year from the school year entered for it.</summary>
    public async Task<ReportPeriod> ResolveAsync(ReportRequest request, CancellationToken ct = default)
    {
        if (request.Kind == ReportKind.Monthly)
        {
            var first = new DateOnly(request.Year!.Value, request.Month!.Value, 1);
            var year = await board.SchoolYearOnAsync(first, ct);
            return ReportPeriod.Month(first.Year, first.Month, year?.Name ?? "");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var schoolYear = await db.SchoolYears.AsNoTracking().SingleOrDefaultAsync(y => y.Name == request.SchoolYearName, ct)
            ?? throw new ReportException(ReportMessages.UnknownSchoolYear(request.SchoolYearName ?? ""));
        return request.Kind == ReportKind.Semester
            ? ReportPeriod.SemesterOf(schoolYear, request.Semester ?? 0)
            : ReportPeriod.AnnualOf(schoolYear);
    }

    /// <summary>The report as it would be printed now, without a number.</summary>
    public async Task<ReportSnapshot> PreviewAsync(ReportRequest request, string actorId, string? proposals,
        ReportSignatory signatory = ReportSignatory.Head, CancellationToken ct = default)
    {
        await EnsureMayViewAsync(actorId, ct);
        return await SnapshotAsync(request, proposals, signatory, number: null, requireSigner: false, ct);
    }

    /// <summary>Prints a new report: the next number of the calendar year, archived with its snapshot and the PDF's hash.</summary>
    public async Task<ArchivedReportInfo> PrintAsync(ReportRequest request, string actorId, string proposals,
        ReportSignatory signatory = ReportSignatory.Head, CancellationToken ct = default)
    {
        if (!await MayPrintAsync(actorId, ct))
            throw new ReportException(ReportMessages.NotAllowedToPrint);
        string name;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            name = await db.Users.Where(p => p.Id == actorId).Select(p => p.FullName).SingleAsync(ct);
        return await ArchiveAsync(request, actorId, name, proposals, signatory, ct);
    }

    /// <summary>
    /// Scheduled printing from the server's command line (the operator is trusted: they hold the data
    /// folder). The period's latest archived report is handed out again unless <paramref name="newReport"/>
    /// asks for a new number (a correction), so a schedule that runs twice does not use up numbers.
    /// </summary>
    public async Task<(ArchivedReportInfo Report, bool Reprinted)> PrintFromCommandLineAsync(
        ReportRequest request, string? proposals, bool newReport, ReportSignatory signatory = ReportSignatory.Head, CancellationToken ct = default)
    {
        var period = await ResolveAsync(request, ct);
        if (!newReport && await LatestOfAsync(period, ct) is { } existing)
            return (await InfoAsync(existing, ct), true);
        return (await ArchiveAsync(request, null, CommandLinePrinter, proposals ?? "", signatory, ct), false);
    }

    public async Task<IReadOnlyList<ArchivedReportInfo>> ListAsync(string actorId, CancellationToken ct = default)
    {
        await EnsureMayViewAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.ArchivedReports.AsNoTracking()
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Sequence)
            .Select(r => new { r.Id, r.Number, r.Kind, r.PeriodKey, r.Title, r.PrintedByName, r.PrintedAtUtc, r.Sha256, r.SizeBytes, r.CorrectsId })
            .ToListAsync(ct);
        var numbers = rows.ToDictionary(r => r.Id, r => r.Number);
        return rows.Select(r => new ArchivedReportInfo(r.Id, r.Number, r.Kind, r.PeriodKey, r.Title, r.PrintedByName,
            DateTime.SpecifyKind(r.PrintedAtUtc, DateTimeKind.Utc), r.Sha256, r.SizeBytes,
            r.CorrectsId is { } c ? numbers.GetValueOrDefault(c) : null)).ToList();
    }

    /// <summary>An archived report's PDF exactly as printed (its SHA-256 checked).</summary>
    public async Task<ReportFile> OpenPdfAsync(int id, string actorId, CancellationToken ct = default)
    {
        await EnsureMayViewAsync(actorId, ct);
        var report = await FindAsync(id, ct);
        return new ReportFile(await ArchivedBytesAsync(report, ct), DownloadName(report, "pdf"), "application/pdf");
    }

    /// <summary>The tables of the report as it would be printed now, as CSV or .xlsx.</summary>
    public async Task<ReportFile> PreviewTablesAsync(ReportRequest request, string actorId, SheetFormat format, CancellationToken ct = default)
    {
        var snapshot = await PreviewAsync(request, actorId, null, ct: ct);
        return new ReportFile(format.Write(ReportSheet.Build(snapshot)),
            $"bao-cao-{snapshot.Period.Key.Replace('/', '-')}-xem-truoc.{format.Extension()}", format.ContentType());
    }

    /// <summary>An archived report's tables as CSV or .xlsx, from its frozen data.</summary>
    public async Task<ReportFile> OpenTablesAsync(int id, string actorId, SheetFormat format, CancellationToken ct = default)
    {
        await EnsureMayViewAsync(actorId, ct);
        var report = await FindAsync(id, ct);
        return new ReportFile(format.Write(ReportSheet.Build(ReportJson.Deserialize(report.Snapshot))),
            DownloadName(report, format.Extension()), format.ContentType());
    }

    /// <summary>The archived report's snapshot (for the screen).</summary>
    public async Task<ReportSnapshot> OpenSnapshotAsync(int id, string actorId, CancellationToken ct = default)
    {
        await EnsureMayViewAsync(actorId, ct);
        return ReportJson.Deserialize((await FindAsync(id, ct)).Snapshot);
    }

    /// <summary>The archived bytes, for the command line.</summary>
    public async Task<byte[]> ArchivedBytesAsync(int id, CancellationToken ct = default) =>
        await ArchivedBytesAsync(await FindAsync(id, ct), ct);

    // ----- Printing -----

    private async Task<ArchivedReportInfo> ArchiveAsync(
        ReportRequest request, string? actorId, string printedByName, string proposals, ReportSignatory signatory, CancellationToken ct)
    {
        Directory.CreateDirectory(storage.ReportsDirectory);
        var issuerCode = IssuerCode();
        // Two printers at once may both take the same next number: the unique index refuses the
        // second, which takes the one after.
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var issuedOn = clock.Today();
            var highest = await db.ArchivedReports.Where(r => r.Year == issuedOn.Year).MaxAsync(r => (int?)r.Sequence, ct);
            var number = ReportNumber.Next(issuedOn.Year, highest, issuerCode);
            var snapshot = await SnapshotAsync(request, proposals, signatory, number.Text, requireSigner: true, ct);
            var pdf = renderer.Render(snapshot);
            var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
            var fileName = $"{number.Year}-{number.Sequence:000}-BC-{issuerCode}-{sha[..12]}.pdf";
            var corrects = await LatestOfAsync(snapshot.Period, ct);
            var archived = new ArchivedReport(snapshot.Period, number, ReportDocument.Title(snapshot.Period), actorId, printedByName,
                snapshot.Header.PrintedAtUtc, ReportJson.Serialize(snapshot), sha, fileName, pdf.LongLength, corrects?.Id);
            await File.WriteAllBytesAsync(Path.Combine(storage.ReportsDirectory, fileName), pdf, ct);
            db.ArchivedReports.Add(archived);
            try
            {
                await db.SaveChangesAsync(ct);
                return await InfoAsync(archived, ct);
            }
            catch (DbUpdateException e) when (attempt < 5 && e.InnerException is SqliteException { SqliteErrorCode: 19 })
            {
                File.Delete(Path.Combine(storage.ReportsDirectory, fileName));
            }
        }
    }

    private async Task<ReportSnapshot> SnapshotAsync(
        ReportRequest request, string? proposals, ReportSignatory signatory, string? number, bool requireSigner, CancellationToken ct)
    {
        proposals = (proposals ?? "").Trim();
        if (proposals.Length > ProposalsMaxLength)
            throw new ReportException(ReportMessages.ProposalsTooLong);
        var period = await ResolveAsync(request, ct);
        var figures = await builder.BuildAsync(period, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // Whole seconds: the PDF's dates carry no more, and the reprint must equal the print.
        var printedAt = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var issuedOn = clock.Today();
        var settings = school.CurrentValue;
        var deputy = signatory == ReportSignatory.Deputy;
        var signer = await SignerNameAsync(signatory, issuedOn, ct);
        if (requireSigner && signer.Length == 0)
            throw new ReportException(deputy ? ReportMessages.NoDeputy : ReportMessages.NoSigner);
        var recipients = settings.ReportRecipients.Count > 0 ? settings.ReportRecipients : SchoolOptions.DefaultReportRecipients;
        var header = new ReportHeader(settings.SuperiorBody, settings.Name, settings.BoardName, settings.Place, IssuerCode(),
            number, issuedOn, printedAt, signer, SignedByDeputy: deputy, recipients.ToList());
        return new ReportSnapshot(ReportSnapshot.CurrentFormat, header, period, figures.Supply, figures.Workflow,
            figures.Refusals, figures.Assessment, proposals);
    }

    /// <summary>
    /// Who signs on <paramref name="day"/> ("" when nobody can): the deputy of the year for the deputy;
    /// for the head, the setting when given, else the Trưởng ban of the year.
    /// </summary>
    private async Task<string> SignerNameAsync(ReportSignatory signatory, DateOnly day, CancellationToken ct) =>
        signatory == ReportSignatory.Deputy ? await HolderNameAsync(Role.BoardDeputy, day, ct)
        : string.IsNullOrWhiteSpace(school.CurrentValue.ReportSigner) ? await HolderNameAsync(Role.BoardHead, day, ct)
        : school.CurrentValue.ReportSigner.Trim();

    /// <summary>The name of whoever holds the board role on the day ("" when nobody does).</summary>
    private async Task<string> HolderNameAsync(Role role, DateOnly day, CancellationToken ct)
    {
        var holders = await board.HoldersOnAsync(role, day, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var names = await db.Users.AsNoTracking().Where(p => holders.Contains(p.Id)).Select(p => p.FullName).ToListAsync(ct);
        return names.Order(StringComparer.Ordinal).FirstOrDefault() ?? "";
    }

    /// <summary>
    /// Who may sign a report printed today, with their names: the head always (perhaps not yet
    /// named), the deputy when the year has one. The page offers these.
    /// </summary>
    public async Task<IReadOnlyList<(ReportSignatory Signatory, string Name)>> SignatoriesAsync(string actorId, CancellationToken ct = default)
    {
        await EnsureMayViewAsync(actorId, ct);
        var today = clock.Today();
        var head = (ReportSignatory.Head, await SignerNameAsync(ReportSignatory.Head, today, ct));
        var deputy = await SignerNameAsync(ReportSignatory.Deputy, today, ct);
        return deputy.Length == 0 ? [head] : [head, (ReportSignatory.Deputy, deputy)];
    }

    private string IssuerCode() =>
        string.IsNullOrWhiteSpace(school.CurrentValue.ReportIssuerCode) ? "BBT" : school.CurrentValue.ReportIssuerCode.Trim();

    // ----- The archive -----

    private async Task<byte[]> ArchivedBytesAsync(ArchivedReport report, CancellationToken ct)
    {
        var path = Path.Combine(storage.ReportsDirectory, report.FileName);
        if (File.Exists(path))
        {
            var stored = await File.ReadAllBytesAsync(path, ct);
            return Convert.ToHexStringLower(SHA256.HashData(stored)) == report.Sha256
                ? stored
                : throw new ReportException(ReportMessages.ArchivedFileChanged(report.Number));
        }
        // The file was lost (a partial restore): drawn again from the frozen data, accepted only if identical.
        var again = renderer.Render(ReportJson.Deserialize(report.Snapshot));
        if (Convert.ToHexStringLower(SHA256.HashData(again)) != report.Sha256)
            throw new ReportException(ReportMessages.ArchivedFileChanged(report.Number));
        Directory.CreateDirectory(storage.ReportsDirectory);
        await File.WriteAllBytesAsync(path, again, ct);
        return again;
    }

    private async Task<ArchivedReport> FindAsync(int id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ArchivedReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new ReportException(ReportMessages.NotFound);
    }

    private async Task<ArchivedReport?> LatestOfAsync(ReportPeriod period, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ArchivedReports.AsNoTracking()
            .Where(r => r.Kind == period.Kind && r.PeriodKey == period.Key)
            .OrderByDescending(r => r.PrintedAtUtc).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<ArchivedReportInfo> InfoAsync(ArchivedReport report, CancellationToken ct)
    {
        string? corrects = null;
        if (report.CorrectsId is { } id)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            corrects = await db.ArchivedReports.Where(r => r.Id == id).Select(r => r.Number).SingleAsync(ct);
        }
        return new ArchivedReportInfo(report.Id, report.Number, report.Kind, report.PeriodKey, report.Title, report.PrintedByName,
            DateTime.SpecifyKind(report.PrintedAtUtc, DateTimeKind.Utc), report.Sha256, report.SizeBytes, corrects);
    }

    /// <summary>"bao-cao-so-05-BC-BBT-2026.pdf".</summary>
    private static string DownloadName(ArchivedReport report, string extension) =>
        $"bao-cao-so-{report.Number.Replace('/', '-')}-{report.Year}.{extension}";

    private async Task EnsureMayViewAsync(string actorId, CancellationToken ct)
    {
        if (!Permissions.Allows(await board.RolesOnAsync(actorId, clock.Today(), ct), Permission.ViewReports))
            throw new ReportException(ReportMessages.NotAllowedToView);
    }
}
