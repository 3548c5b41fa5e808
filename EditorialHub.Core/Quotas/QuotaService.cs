using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Quotas;

/// <summary>
/// The quota calculator (Điều 13.3): units × months with their status, sums and compliance rate, and
/// one unit's month with the items behind it. The board, the dashboard and the reports all ask it.
/// Each view reads the items in ONE query (plus small look-ups of years, units and targets), never
/// one per unit or month. Who may see what: the board and the principal every unit; anyone else
/// holding <see cref="Permission.ViewQuotas"/> their own unit only.
/// </summary>
public sealed class QuotaService(
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    BoardDirectory board)
{
    /// <summary>
    /// Whether these roles see every unit's quota (the board, the editors, the principal) rather than
    /// only their own unit's: the rule the services enforce, for pages to choose their view by.
    /// </summary>
    public static bool SeesWholeSchool(IEnumerable<Role> roles) =>
        new WorkflowActor("", roles.ToHashSet(), null).IsBoardOrPrincipal;

    /// <summary>The unit the actor belongs to, whose quota is theirs; none for the leadership.</summary>
    public async Task<int?> OwnUnitIdAsync(string actorId, CancellationToken ct = default) =>
        (await ReaderAsync(actorId, ct)).Actor.UnitId;

    /// <summary>Every school year, latest first.</summary>
    public async Task<IReadOnlyList<SchoolYearView>> SchoolYearsAsync(string actorId, CancellationToken ct = default)
    {
        await ReaderAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var years = await db.SchoolYears.AsNoTracking().OrderByDescending(y => y.Starts).ToListAsync(ct);
        return years.Select(SchoolYearView.Of).ToList();
    }

    /// <summary>The school year whose twelve months hold today, if any (in summer: the year just ended).</summary>
    public async Task<SchoolYearView?> CurrentSchoolYearAsync(string actorId, CancellationToken ct = default)
    {
        await ReaderAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var years = await db.SchoolYears.AsNoTracking().ToListAsync(ct);
        return QuotaCalendar.YearOf(years, clock.Today()) is { } year ? SchoolYearView.Of(year) : null;
    }

    /// <summary>
    /// Every unit × the counting months of a school year (of one semester when given), for the board
    /// and the principal. Units without a target appear too, with their count and no status.
    /// </summary>
    public async Task<QuotaBoard> BoardAsync(string actorId, int schoolYearId, Semester? semester = null, CancellationToken ct = default)
    {
        var reader = await ReaderAsync(actorId, ct);
        reader.DemandWholeSchool();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var years = await db.SchoolYears.AsNoTracking().ToListAsync(ct);
        var year = years.SingleOrDefault(y => y.Id == schoolYearId)
            ?? throw new QuotaRefusedException(QuotaRefusal.NotFound, QuotaMessages.YearNotFound);
        var months = QuotaCalendar.MonthsOf(year).Where(m => semester is null || m.Semester == semester).ToList();
        return await ComputeAsync(db, SchoolYearView.Of(year), months, unitId: null, ct);
    }

    /// <summary>
    /// Every unit × each month from <paramref name="fromMonth"/> to <paramref name="toMonth"/> (any days
    /// in them), whichever school years they belong to; months that do not count are NotRequired.
    /// </summary>
    public async Task<QuotaBoard> BoardAsync(string actorId, DateOnly fromMonth, DateOnly toMonth, CancellationToken ct = default)
    {
        var reader = await ReaderAsync(actorId, ct);
        reader.DemandWholeSchool();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var months = await DescribeRangeAsync(db, fromMonth, toMonth, ct);
        return await ComputeAsync(db, null, months, unitId: null, ct);
    }

    // For the board's reports (issue 6): the same computation without an actor. ReportService checks
    // who asks (ViewReports), and the command line's scheduled printing has no person at all.

    /// <summary>Every unit × the counting months of a school year or one semester of it.</summary>
    internal async Task<QuotaBoard> BoardForReportAsync(int schoolYearId, Semester? semester, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var year = await db.SchoolYears.AsNoTracking().SingleAsync(y => y.Id == schoolYearId, ct);
        var months = QuotaCalendar.MonthsOf(year).Where(m => semester is null || m.Semester == semester).ToList();
        return await ComputeAsync(db, SchoolYearView.Of(year), months, unitId: null, ct);
    }

    /// <summary>Every unit × the months from <paramref name="fromMonth"/> to <paramref name="toMonth"/>.</summary>
    internal async Task<QuotaBoard> BoardForReportAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var months = await DescribeRangeAsync(db, fromMonth, toMonth, ct);
        return await ComputeAsync(db, null, months, unitId: null, ct);
    }

    /// <summary>One unit × the counting months of a school year: the department's own page.</summary>
    public async Task<QuotaBoard> UnitYearAsync(string actorId, int unitId, int schoolYearId, CancellationToken ct = default)
    {
        var reader = await ReaderAsync(actorId, ct);
        reader.DemandUnit(unitId);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var year = await db.SchoolYears.AsNoTracking().SingleOrDefaultAsync(y => y.Id == schoolYearId, ct)
            ?? throw new QuotaRefusedException(QuotaRefusal.NotFound, QuotaMessages.YearNotFound);
        return await ComputeAsync(db, SchoolYearView.Of(year), QuotaCalendar.MonthsOf(year), unitId, ct);
    }

    /// <summary>
    /// One unit's month: its status, the items that count, those on their way (while the month is not
    /// over) and the unit's other items of the month that explain a shortfall.
    /// </summary>
    public async Task<QuotaUnitMonth> UnitMonthAsync(string actorId, int unitId, DateOnly month, CancellationToken ct = default)
    {
        var reader = await ReaderAsync(actorId, ct);
        reader.DemandUnit(unitId);
        month = QuotaCalendar.MonthOf(month);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { u.Id, u.Name, u.Kind }).SingleOrDefaultAsync(ct)
            ?? throw new QuotaRefusedException(QuotaRefusal.NotFound, QuotaMessages.UnitNotFound);
        var described = (await DescribeRangeAsync(db, month, month, ct))[0];
        var changes = await TargetChangesAsync(db, unitId, month, ct);

        var zone = clock.LocalTimeZone;
        var start = QuotaCalendar.MonthStartUtc(month, zone);
        var end = QuotaCalendar.MonthEndUtc(month, zone);
        var (isOver, isCurrent) = Timing(month);
        var counting = QuotaRules.CountingKinds.ToArray();
        var onItsWayStates = QuotaRules.OnItsWayStates.ToArray();
        var includeOnItsWay = !isOver;
        // The one query of this view: everything of the unit that bears on the month.
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.UnitId == unitId && (
                (a.PublishedAtUtc >= start && a.PublishedAtUtc < end)
                || (counting.Contains(a.Kind) && a.State == ArticleState.Refused && a.UpdatedAtUtc >= start && a.UpdatedAtUtc < end)
                || (counting.Contains(a.Kind) && a.SubmittedAtUtc >= start && a.SubmittedAtUtc < end && a.PublishedAtUtc >= end)
                || (includeOnItsWay && counting.Contains(a.Kind) && onItsWayStates.Contains(a.State))))
            .OrderBy(a => a.PublishedAtUtc ?? a.UpdatedAtUtc).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Title, a.Kind, a.Category, a.State, a.SubmittedAtUtc, a.PublishedAtUtc, a.UpdatedAtUtc,
                AuthorName = db.Users.Where(p => p.Id == a.AuthorId).Select(p => p.FullName).First(),
            })
            .ToListAsync(ct);

        var items = rows.Select(a =>
        {
            var counts = QuotaRules.Counts(a.Kind);
            var publishedInMonth = a.PublishedAtUtc is { } published && AsUtc(published) >= start && AsUtc(published) < end;
            var note = publishedInMonth && counts
                ? a.State == ArticleState.TakenDown ? QuotaItemNote.CountsTakenDown : QuotaItemNote.Counts
                : publishedInMonth ? QuotaItemNote.KindDoesNotCount
                : a.State == ArticleState.Refused ? QuotaItemNote.Refused
                : QuotaRules.OnItsWayStates.Contains(a.State) ? QuotaItemNote.OnItsWay
                : QuotaItemNote.PublishedLater;
            return new QuotaItem(a.Id, a.Title, a.Kind, a.Category, a.State, a.AuthorName,
                a.SubmittedAtUtc, a.PublishedAtUtc, a.UpdatedAtUtc, note);
        }).ToList();

        var countingItems = items.Where(i => i.Note is QuotaItemNote.Counts or QuotaItemNote.CountsTakenDown).ToList();
        var onItsWay = items.Where(i => i.Note == QuotaItemNote.OnItsWay).ToList();
        var target = QuotaRules.TargetFor(unit.Kind, changes, month);
        // Only the current month is helped by what is on its way; a future month has nothing yet.
        var cellOnItsWay = isCurrent ? onItsWay.Count : 0;
        var status = QuotaRules.StatusOf(described, target, countingItems.Count, cellOnItsWay, isOver);
        var cell = new QuotaCell(unitId, month, status, countingItems.Count, target, cellOnItsWay);
        return new QuotaUnitMonth(
            unit.Id, unit.Name, new QuotaBoardMonth(described, isOver, isCurrent, QuotaTotals.Of([cell])),
            QuotaCalendar.LastDay(month), cell, countingItems, onItsWay,
            items.Where(i => i.Note is QuotaItemNote.KindDoesNotCount or QuotaItemNote.Refused or QuotaItemNote.PublishedLater).ToList());
    }

    // ----- The board's computation: one query for the items, the rest in memory -----

    private async Task<QuotaBoard> ComputeAsync(
        EditorialDbContext db, SchoolYearView? year, IReadOnlyList<QuotaMonth> months, int? unitId, CancellationToken ct)
    {
        var today = clock.Today();
        var zone = clock.LocalTimeZone;
        var units = await db.Units.AsNoTracking()
            .Where(u => unitId == null || u.Id == unitId)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, u.Kind, u.IsActive })
            .ToListAsync(ct);
        if (months.Count == 0)
            return new QuotaBoard(year, [], [], QuotaTotals.Zero, today);

        var lastMonth = months[^1].Month;
        var targetRows = await db.QuotaTargets.AsNoTracking()
            .Where(t => (unitId == null || t.UnitId == unitId) && t.FromMonth <= lastMonth)
            .Select(t => new { t.UnitId, t.FromMonth, t.Target, t.Id })
            .ToListAsync(ct);
        var targets = targetRows.ToLookup(t => t.UnitId, t => new TargetChange(t.FromMonth, t.Target, t.Id));

        // Month boundaries in UTC, to put each publication in its school month.
        var starts = months.Select(m => QuotaCalendar.MonthStartUtc(m.Month, zone)).ToArray();
        var ends = months.Select(m => QuotaCalendar.MonthEndUtc(m.Month, zone)).ToArray();
        var rangeStart = starts[0];
        var rangeEnd = ends[^1];
        var currentIndex = months.ToList().FindIndex(m => m.Month == QuotaCalendar.MonthOf(today));
        var includeOnItsWay = currentIndex >= 0;
        var counting = QuotaRules.CountingKinds.ToArray();
        var onItsWayStates = QuotaRules.OnItsWayStates.ToArray();

        // THE query: counting items published in the range (taken-down ones included: only published
        // items have a publication time), and, when the current month is shown, those on their way.
        var rows = await db.Articles.AsNoTracking()
            .Where(a => counting.Contains(a.Kind) && (unitId == null || a.UnitId == unitId)
                && ((a.PublishedAtUtc >= rangeStart && a.PublishedAtUtc < rangeEnd)
                    || (includeOnItsWay && onItsWayStates.Contains(a.State))))
            .Select(a => new { a.UnitId, a.PublishedAtUtc })
            .ToListAsync(ct);

        var published = new Dictionary<(int Unit, int Month), int>();
        var onItsWay = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            if (row.PublishedAtUtc is { } at)
            {
                var index = MonthIndex(ends, AsUtc(at));
                if (index >= 0 && AsUtc(at) >= starts[index])
                    published[(row.UnitId, index)] = published.GetValueOrDefault((row.UnitId, index)) + 1;
            }
            else
                onItsWay[row.UnitId] = onItsWay.GetValueOrDefault(row.UnitId) + 1;
        }

        var timing = months.Select(m => Timing(m.Month)).ToArray();
        var unitRows = new List<QuotaUnitRow>();
        foreach (var unit in units)
        {
            // A unit closed since keeps its place where it published something.
            if (!unit.IsActive && !published.Keys.Any(key => key.Unit == unit.Id))
                continue;
            var cells = new QuotaCell[months.Count];
            for (var i = 0; i < months.Count; i++)
            {
                var count = published.GetValueOrDefault((unit.Id, i));
                var target = QuotaRules.TargetFor(unit.Kind, targets[unit.Id], months[i].Month);
                var waiting = i == currentIndex ? onItsWay.GetValueOrDefault(unit.Id) : 0;
                var status = QuotaRules.StatusOf(months[i], target, count, waiting, timing[i].IsOver);
                cells[i] = new QuotaCell(unit.Id, months[i].Month, status, count, target, waiting);
            }
            unitRows.Add(new QuotaUnitRow(unit.Id, unit.Name, unit.Kind, cells, QuotaTotals.Of(cells)));
        }

        var columns = months.Select((m, i) => new QuotaBoardMonth(
            m, timing[i].IsOver, timing[i].IsCurrent, QuotaTotals.Of(unitRows.Select(r => r.Cells[i])))).ToList();
        return new QuotaBoard(year, columns, unitRows, QuotaTotals.Of(unitRows.SelectMany(r => r.Cells)), today);
    }

    /// <summary>The index of the month whose end is the first after <paramref name="utc"/>; −1 past the last.</summary>
    private static int MonthIndex(DateTime[] ends, DateTime utc)
    {
        var low = 0;
        var high = ends.Length - 1;
        var found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (utc < ends[middle]) { found = middle; high = middle - 1; }
            else low = middle + 1;
        }
        return found;
    }

    private (bool IsOver, bool IsCurrent) Timing(DateOnly month) =>
        (QuotaCalendar.MonthEndUtc(month, clock.LocalTimeZone) <= clock.GetUtcNow().UtcDateTime,
         QuotaCalendar.MonthOf(clock.Today()) == QuotaCalendar.MonthOf(month));

    private static async Task<List<QuotaMonth>> DescribeRangeAsync(EditorialDbContext db, DateOnly fromMonth, DateOnly toMonth, CancellationToken ct)
    {
        fromMonth = QuotaCalendar.MonthOf(fromMonth);
        toMonth = QuotaCalendar.MonthOf(toMonth);
        if (toMonth < fromMonth)
            (fromMonth, toMonth) = (toMonth, fromMonth);
        var years = await db.SchoolYears.AsNoTracking().ToListAsync(ct);
        var months = new List<QuotaMonth>();
        for (var month = fromMonth; month <= toMonth; month = month.AddMonths(1))
            months.Add(QuotaCalendar.Describe(QuotaCalendar.YearOf(years, month), month));
        return months;
    }

    private static async Task<List<TargetChange>> TargetChangesAsync(EditorialDbContext db, int unitId, DateOnly month, CancellationToken ct) =>
        (await db.QuotaTargets.AsNoTracking()
            .Where(t => t.UnitId == unitId && t.FromMonth <= month)
            .Select(t => new { t.FromMonth, t.Target, t.Id })
            .ToListAsync(ct))
        .Select(t => new TargetChange(t.FromMonth, t.Target, t.Id)).ToList();

    private async Task<QuotaReader> ReaderAsync(string actorId, CancellationToken ct)
    {
        var roles = await board.RolesOnAsync(actorId, clock.Today(), ct);
        if (!Permissions.Allows(roles, Permission.ViewQuotas))
            throw new QuotaRefusedException(QuotaRefusal.NotAllowed, QuotaMessages.CannotView);
        int? unitId;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            unitId = await db.Users.Where(p => p.Id == actorId).Select(p => p.UnitId).SingleOrDefaultAsync(ct);
        return new QuotaReader(new WorkflowActor(actorId, roles, unitId));
    }

    /// <summary>SQLite gives DateTime back without a kind; the stored values are UTC.</summary>
    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private sealed record QuotaReader(WorkflowActor Actor)
    {
        public void DemandWholeSchool()
        {
            if (!Actor.IsBoardOrPrincipal)
                throw new QuotaRefusedException(QuotaRefusal.NotAllowed, QuotaMessages.OnlyBoard);
        }

        public void DemandUnit(int unitId)
        {
            if (!Actor.IsBoardOrPrincipal && !(Actor.Holds(Role.DepartmentMember) && Actor.UnitId == unitId))
                throw new QuotaRefusedException(QuotaRefusal.NotAllowed, QuotaMessages.OnlyOwnUnit);
        }
    }
}
