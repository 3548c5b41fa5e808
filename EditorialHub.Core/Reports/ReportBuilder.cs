using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Core.Quotas;
using EditorialHub.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Reports;

/// <summary>
/// The figures of a report, read from the database for one period (sections I–IV; section V is the
/// board's own text). Plain records out, no PDF: testable on hand-built data. A step counts in the
/// period when it happened on one of its local days (the school's time zone).
/// </summary>
public sealed class ReportBuilder(
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    WorkflowSettings workflow,
    QuotaService quotas)
{
    /// <summary>Commended: at most this many people, and units after the quota's best.</summary>
    public const int CommendedPeople = 5;
    public const int CommendedUnits = 3;

    public async Task<ReportFigures> BuildAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var zone = clock.LocalTimeZone;
        var fromUtc = Deadlines.StartOfDayUtc(period.From, zone);
        var toUtc = Deadlines.StartOfDayUtc(period.To.AddDays(1), zone);
        await using var db = await contexts.CreateDbContextAsync(ct);

        var steps = await (
            from t in db.ArticleTransitions.AsNoTracking()
            join a in db.Articles.AsNoTracking() on t.ArticleId equals a.Id
            where t.AtUtc >= fromUtc && t.AtUtc < toUtc
            select new Step(
                t.ArticleId, t.Action, t.AtUtc, t.Note, t.RefusalGround, t.TakeDownGround,
                a.Title, a.UnitId, a.AuthorId, a.Category, a.EventEndDate, a.ApprovedAtUtc))
            .ToListAsync(ct);

        var units = await db.Units.AsNoTracking()
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, u.Kind, u.IsActive })
            .ToListAsync(ct);
        var unitName = units.ToDictionary(u => u.Id, u => u.Name);
        var authorIds = steps.Select(s => s.AuthorId).Distinct().ToList();
        var people = await db.Users.AsNoTracking()
            .Where(p => authorIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, p.UnitId })
            .ToDictionaryAsync(p => p.Id, ct);

        var published = steps.Where(s => s.Action == ArticleAction.Publish)
            .GroupBy(s => s.ArticleId).Select(g => g.OrderBy(s => s.AtUtc).Last()).ToList();
        var publishedIds = published.Select(s => s.ArticleId).ToList();
        // Time to publish runs from the item's first submission, which may lie before the period.
        var firstSubmitted = await db.ArticleTransitions.AsNoTracking()
            .Where(t => publishedIds.Contains(t.ArticleId) && t.Action == ArticleAction.Submit)
            .GroupBy(t => t.ArticleId)
            .Select(g => new { ArticleId = g.Key, At = g.Min(t => t.AtUtc) })
            .ToDictionaryAsync(x => x.ArticleId, x => x.At, ct);

        HashSet<int> ItemsWith(params ArticleAction[] actions) =>
            steps.Where(s => actions.Contains(s.Action)).Select(s => s.ArticleId).ToHashSet();
        var submitted = steps.Where(s => s.Action == ArticleAction.Submit).DistinctBy(s => s.ArticleId).ToList();
        var refused = steps.Where(s => s.Action == ArticleAction.Refuse).OrderBy(s => s.AtUtc).ToList();
        var takenDown = steps
            .Where(s => s.Action is ArticleAction.TakeDown or ArticleAction.GrantTakeDown && s.TakeDownGround is not null)
            .OrderBy(s => s.AtUtc).ToList();

        var quota = await QuotaAsync(db, period, ct);
        var supply = new SupplyFigures(
            Quota: quota,
            Categories: Enum.GetValues<ArticleCategory>()
                .Select(c => new CategoryRow(ReportWords.Category(c),
                    submitted.Count(s => s.Category == c), published.Count(s => s.Category == c)))
                .ToList(),
            Units: units
                .Where(u => u.IsActive || steps.Any(s => s.UnitId == u.Id))
                .Select(u => new UnitRow(u.Name,
                    submitted.Count(s => s.UnitId == u.Id), published.Count(s => s.UnitId == u.Id),
                    refused.Where(s => s.UnitId == u.Id).DistinctBy(s => s.ArticleId).Count()))
                .ToList());

        var days = published
            .Where(s => firstSubmitted.ContainsKey(s.ArticleId))
            .Select(s => (s.Title, Days: (Utc(s.AtUtc) - Utc(firstSubmitted[s.ArticleId])).TotalDays))
            .OrderBy(x => x.Days).ToList();
        var longest = days.Count > 0 ? days[^1] : default;
        var events = published.Where(s => s.EventEndDate is not null).ToList();
        var approved = published.Where(s => s.ApprovedAtUtc is not null).ToList();
        // The settings in force, with the secretary's changes and holidays (not appsettings.json alone).
        var settings = await workflow.CurrentAsync(ct);
        var workingDays = settings.PublishWithinWorkingDays;
        var calendar = settings.Calendar;
        var workflowFigures = new WorkflowFigures(
            Stages: ReportWords.Stages.Select(stage => new StageRow(stage.Stage, ItemsWith(stage.Actions).Count)).ToList(),
            PublishedCount: published.Count,
            MedianDaysToPublish: Median(days.Select(x => x.Days).ToList()),
            LongestDaysToPublish: days.Count > 0 ? longest.Days : null,
            LongestTitle: days.Count > 0 ? longest.Title : null,
            EventsPublished: events.Count,
            EventsOnTime: events.Count(s => Utc(s.AtUtc) < Deadlines.EventDueUtc(s.EventEndDate!.Value, zone)),
            ApprovedPublished: approved.Count,
            ApprovedPublishedLate: approved.Count(s => Utc(s.AtUtc) >= Deadlines.PublishDueUtc(s.ApprovedAtUtc!.Value, workingDays, zone, calendar)),
            PublishWithinWorkingDays: workingDays);

        string UnitOf(int unitId) => unitName.TryGetValue(unitId, out var name) ? name : "";
        DecisionRow Decision(Step s, string ground) =>
            new(Deadlines.LocalDay(s.AtUtc, zone), s.Title, UnitOf(s.UnitId), ground, s.Note);
        var refusals = new RefusalFigures(
            RefusalGrounds: Enum.GetValues<RefusalGround>()
                .Select(g => new GroundRow(ReportWords.Refusal(g), refused.Count(s => s.RefusalGround == g))).ToList(),
            Refused: refused.Select(s => Decision(s, s.RefusalGround is { } g ? ReportWords.Refusal(g) : "")).ToList(),
            TakeDownGrounds: Enum.GetValues<TakeDownGround>()
                .Select(g => new GroundRow(ReportWords.TakeDown(g), takenDown.Count(s => s.TakeDownGround == g))).ToList(),
            TakenDown: takenDown.Select(s => Decision(s, ReportWords.TakeDown(s.TakeDownGround!.Value))).ToList());

        var byUnit = supply.Units.Where(u => u.Published > 0).OrderByDescending(u => u.Published).ToList();
        var threshold = byUnit.Count >= CommendedUnits ? byUnit[CommendedUnits - 1].Published : 1;
        var activeDepartments = units.Where(u => u.IsActive && u.Kind == UnitKind.SubjectDepartment).Select(u => u.Name).ToHashSet();
        var authors = published.GroupBy(s => s.AuthorId)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => people.GetValueOrDefault(x.Id)?.FullName, StringComparer.Ordinal)
            .ToList();
        var authorThreshold = authors.Count >= CommendedPeople ? authors[CommendedPeople - 1].Count : 1;
        // Điều 17: information that is untrue or against policy and law is answered for before the principal.
        var answerable = refused
            .Where(s => s.RefusalGround is RefusalGround.Untrue or RefusalGround.ContraryToPolicyOrLaw)
            .GroupBy(s => s.AuthorId).ToList();
        PersonRow Person(string id, int count, string reason)
        {
            var person = people.GetValueOrDefault(id);
            return new PersonRow(person?.FullName ?? "", person?.UnitId is { } unit ? UnitOf(unit) : "", count, reason);
        }
        // With the quota: commended are the units that met every month due, those that missed a month fell
        // short. Without a month due yet (a preview early in a month): the most active units, and the
        // subject departments with nothing published.
        var quotaDecides = quota is { MonthsDue: > 0 };
        var assessment = new AssessmentFigures(
            UnitsToCommend: quotaDecides
                ? quota!.Rows.Where(r => r.Due > 0 && r.Met == r.Due).OrderByDescending(r => r.Published).Select(r => r.Unit).ToList()
                : byUnit.Where(u => u.Published >= threshold).Select(u => u.Unit).ToList(),
            UnitsShort: quotaDecides
                ? quota!.Rows.Where(r => r.Missed > 0).Select(r => r.Missed == r.Due ? $"{r.Unit} (không đạt cả {r.Missed} tháng)" : $"{r.Unit} (không đạt {r.Missed}/{r.Due} tháng)").ToList()
                : supply.Units.Where(u => u.Published == 0 && activeDepartments.Contains(u.Unit)).Select(u => u.Unit).ToList(),
            PeopleToCommend: authors.Where(a => a.Count >= authorThreshold)
                .Select(a => Person(a.Id, a.Count, $"{a.Count} tin bài được đăng")).ToList(),
            PeopleShort: answerable
                .Select(g => Person(g.Key, published.Count(s => s.AuthorId == g.Key),
                    $"{g.Count()} tin bài bị từ chối: {string.Join("; ", g.Select(s => ReportWords.Refusal(s.RefusalGround!.Value)).Distinct())}"))
                .OrderBy(p => p.Name, StringComparer.Ordinal).ToList());

        return new ReportFigures(supply, workflowFigures, refusals, assessment);
    }

    /// <summary>Section I.1 from the quota calculator (issue 5): the units that have a target in the period.</summary>
    private async Task<QuotaFigures> QuotaAsync(EditorialDbContext db, ReportPeriod period, CancellationToken ct)
    {
        QuotaBoard board;
        var yearId = period.Kind == ReportKind.Monthly ? null
            : await db.SchoolYears.Where(y => y.Name == period.SchoolYearName).Select(y => (int?)y.Id).SingleOrDefaultAsync(ct);
        if (yearId is { } id)
            board = await quotas.BoardForReportAsync(id, period.Kind == ReportKind.Semester ? (Semester)period.Semester!.Value : null, ct);
        else
            board = await quotas.BoardForReportAsync(QuotaCalendar.MonthOf(period.From), QuotaCalendar.MonthOf(period.To), ct);
        var rows = board.Units
            .Where(u => u.Cells.Any(c => c.Target > 0))
            .Select(u => new QuotaUnitFigures(u.UnitName,
                u.Cells.Select(c => new QuotaMonthFigure(Outcome(c.Status), c.Count, c.Target)).ToList(),
                u.Totals.Published, u.Totals.Met, u.Totals.Missed, u.Totals.Due))
            .ToList();
        return new QuotaFigures(board.Months.Select(m => m.Month.Month).ToList(), rows, rows.Sum(r => r.Met), rows.Sum(r => r.Due));
    }

    private static string Outcome(QuotaStatus status) => status switch
    {
        QuotaStatus.Met => "met",
        QuotaStatus.Pending => "pending",
        QuotaStatus.Missed => "missed",
        QuotaStatus.Open => "open",
        _ => "",
    };

    /// <summary>The middle value, or the mean of the two middle ones; null for none.</summary>
    public static double? Median(IReadOnlyList<double> sorted)
    {
        if (sorted.Count == 0)
            return null;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private sealed record Step(
        int ArticleId, ArticleAction Action, DateTime AtUtc, string? Note, RefusalGround? RefusalGround,
        TakeDownGround? TakeDownGround, string Title, int UnitId, string AuthorId, ArticleCategory Category,
        DateOnly? EventEndDate, DateTime? ApprovedAtUtc);
}

/// <summary>Sections I–IV as the builder found them.</summary>
public sealed record ReportFigures(
    SupplyFigures Supply, WorkflowFigures Workflow, RefusalFigures Refusals, AssessmentFigures Assessment);
