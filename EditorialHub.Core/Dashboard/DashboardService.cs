using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Core.Quotas;
using EditorialHub.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Dashboard;

/// <summary>
/// The figures of the principal's dashboard. A handful of set-based queries whatever the number of
/// units or months (the rows are grouped in memory by the school's local day, which SQLite cannot
/// work out from a UTC instant); the deadlines are <see cref="Deadlines"/>' own rule.
/// </summary>
public sealed class DashboardService(
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    BoardDirectory board,
    WorkflowSettings workflowSettings,
    QuotaService quotas)
{
    /// <summary>The stages the board works through, in the order an item passes them.</summary>
    private static readonly (ArticleState State, ApprovalLevel? Level)[] Stages =
    [
        (ArticleState.Submitted, null),
        (ArticleState.Editing, null),
        (ArticleState.AwaitingApproval, ApprovalLevel.Editor),
        (ArticleState.AwaitingApproval, ApprovalLevel.Deputy),
        (ArticleState.AwaitingApproval, ApprovalLevel.Head),
        (ArticleState.Approved, null),
    ];

    public const int TopAuthors = 5;

    public async Task<DashboardFigures> GetAsync(string actorId, CancellationToken ct = default)
    {
        var today = clock.Today();
        if (!Permissions.Allows(await board.RolesOnAsync(actorId, today, ct), Permission.ViewDashboard))
            throw new DashboardRefusedException();

        var zone = clock.LocalTimeZone;
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var year = await board.SchoolYearOnAsync(today, ct) ?? SchoolYear.UsualFrameFor(today);
        // The year counts in whole months, as the quota does (Điều 13.3): September from its first day.
        var yearToDate = new DayRange(new DateOnly(year.Starts.Year, year.Starts.Month, 1), today);
        var lastYear = yearToDate.YearEarlier();

        await using var db = await contexts.CreateDbContextAsync(ct);

        // 1. Every publication of this school year so far and of the whole of last year's matching months.
        var windowFromUtc = Deadlines.StartOfDayUtc(lastYear.From, zone);
        var windowBeforeUtc = Deadlines.StartOfDayUtc(today.AddDays(1), zone);
        var published = (await db.Articles.AsNoTracking()
                .Where(a => a.PublishedAtUtc >= windowFromUtc && a.PublishedAtUtc < windowBeforeUtc)
                .Select(a => new { PublishedAtUtc = a.PublishedAtUtc!.Value, a.UnitId, a.AuthorId })
                .ToListAsync(ct))
            .Select(a => new PublishedRow(Deadlines.LocalDay(a.PublishedAtUtc, zone), a.UnitId, a.AuthorId))
            .ToList();

        // 2. What waits, and since when it waits where it is: the last step into its present state.
        var waitingStates = Stages.Select(s => s.State).Distinct().ToArray();
        var waiting = await db.Articles.AsNoTracking()
            .Where(a => waitingStates.Contains(a.State))
            .Select(a => new
            {
                a.State,
                a.ApprovalLevel,
                Since = db.ArticleTransitions
                    .Where(t => t.ArticleId == a.Id && t.To == a.State && t.From != a.State)
                    .Max(t => (DateTime?)t.AtUtc) ?? a.UpdatedAtUtc,
            })
            .ToListAsync(ct);

        // 3. Late now (Điều 14), by the same predicate as the lists' "overdue" filter.
        var settings = await workflowSettings.CurrentAsync(ct);
        var cutoffs = Deadlines.CutoffsAt(nowUtc, settings.PublishWithinWorkingDays, zone, settings.DocumentPublishWithinWorkingDays, settings.Calendar);
        var overdueEvents = await db.Articles.CountAsync(Deadlines.OverduePredicate(cutoffs, OverdueReasons.EventNotPublished), ct);
        var overdueApproved = await db.Articles.CountAsync(Deadlines.OverduePredicate(cutoffs, OverdueReasons.ApprovedNotPublished), ct);
        var overdueAll = await db.Articles.CountAsync(
            Deadlines.OverduePredicate(cutoffs,
                OverdueReasons.EventNotPublished | OverdueReasons.ApprovedNotPublished | OverdueReasons.DocumentNotPublished), ct);

        // 4. Refusals (Điều 15) and take-downs (Điều 12.4) of the school year, by ground.
        var yearSpan = yearToDate.ToUtc(zone);
        var refusals = await db.ArticleTransitions.AsNoTracking()
            .Where(t => t.Action == ArticleAction.Refuse && t.RefusalGround != null
                        && t.AtUtc >= yearSpan.FromUtc && t.AtUtc < yearSpan.BeforeUtc)
            .GroupBy(t => t.RefusalGround!.Value)
            .Select(g => new GroundCount<RefusalGround>(g.Key, g.Count()))
            .ToListAsync(ct);
        var takeDowns = await db.Articles.AsNoTracking()
            .Where(a => a.State == ArticleState.TakenDown && a.TakeDownGround != null
                        && a.TakenDownAtUtc >= yearSpan.FromUtc && a.TakenDownAtUtc < yearSpan.BeforeUtc)
            .GroupBy(a => a.TakeDownGround!.Value)
            .Select(g => new GroundCount<TakeDownGround>(g.Key, g.Count()))
            .ToListAsync(ct);

        // 5. Names for the activity tables: the active units, and the authors who rank.
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var thisYearRows = published.Where(p => yearToDate.Contains(p.Day)).ToList();
        var topAuthorCounts = thisYearRows.GroupBy(p => p.AuthorId)
            .Select(g => (AuthorId: g.Key, Count: g.Count()))
            .OrderByDescending(a => a.Count).ThenBy(a => a.AuthorId, StringComparer.Ordinal)
            .Take(TopAuthors).ToList();
        var authorIds = topAuthorCounts.Select(a => a.AuthorId).ToArray();
        var authorNames = await db.Users.AsNoTracking().Where(p => authorIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, UnitName = p.Unit == null ? null : p.Unit.Name })
            .ToDictionaryAsync(p => p.Id, ct);

        // 6. The quota, counted by the quota calculator itself (never a second counting rule here).
        var quota = await QuotaComplianceAsync(actorId, today, ct);

        var unitCounts = thisYearRows.GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => g.Count());
        return new DashboardFigures(
            today,
            year.Name,
            PublishedOver(published, today, yearToDate),
            Stages.Select(stage => WaitAt(stage.State, stage.Level, waiting
                    .Where(w => w.State == stage.State && (stage.Level is null || w.ApprovalLevel == stage.Level))
                    .Select(w => nowUtc - DateTime.SpecifyKind(w.Since, DateTimeKind.Utc))))
                .ToList(),
            new OverdueFigures(overdueEvents, overdueApproved, overdueAll),
            yearToDate,
            refusals.OrderBy(r => r.Ground).ToList(),
            takeDowns.OrderBy(t => t.Ground).ToList(),
            units.Select(u => new UnitActivity(u.Id, u.Name, unitCounts.GetValueOrDefault(u.Id)))
                .OrderByDescending(u => u.Published).ToList(),
            topAuthorCounts
                .Select(a => authorNames.TryGetValue(a.AuthorId, out var person)
                    ? new AuthorActivity(a.AuthorId, person.FullName, person.UnitName, a.Count)
                    : new AuthorActivity(a.AuthorId, a.AuthorId, null, a.Count))
                .OrderByDescending(a => a.Published).ThenBy(a => a.FullName, StringComparer.CurrentCulture)
                .ToList(),
            quota);
    }

    private async Task<QuotaCompliance?> QuotaComplianceAsync(string actorId, DateOnly today, CancellationToken ct)
    {
        if (await quotas.CurrentSchoolYearAsync(actorId, ct) is not { } year)
            return null;
        var quotaBoard = await quotas.BoardAsync(actorId, year.Id, ct: ct);
        var month = QuotaCalendar.MonthOf(today);
        var cells = quotaBoard.Units.SelectMany(u => u.Cells)
            .Where(c => c.Month == month && c.Status != QuotaStatus.NotRequired).ToList();
        return new QuotaCompliance(
            month, cells.Count,
            cells.Count(c => c.Status == QuotaStatus.Met), cells.Count(c => c.Status == QuotaStatus.Pending),
            cells.Count(c => c.Status == QuotaStatus.Open), cells.Count(c => c.Status == QuotaStatus.Missed),
            quotaBoard.Totals);
    }

    private sealed record PublishedRow(DateOnly Day, int UnitId, string AuthorId);

    private static PublishedFigures PublishedOver(IReadOnlyList<PublishedRow> rows, DateOnly today, DayRange yearToDate)
    {
        CountOver Count(DayRange days) => new(rows.Count(r => days.Contains(r.Day)), days);

        // This month counts over the whole month (nothing is published tomorrow), so its list reads
        // "trong tháng 11/2026"; last year's counts over the same days only, for a fair comparison.
        var thisMonth = DayRange.Month(today);
        var thisMonthSoFar = thisMonth with { To = today };
        var months = new List<MonthPublished>();
        for (var month = yearToDate.From; month <= today; month = month.AddMonths(1))
        {
            var days = DayRange.Month(month);
            months.Add(new MonthPublished(month, Count(days), Count(days.YearEarlier())));
        }
        return new PublishedFigures(
            Count(thisMonth), Count(thisMonthSoFar.YearEarlier()),
            Count(yearToDate), Count(yearToDate.YearEarlier()),
            months);
    }

    /// <summary>How many wait at a stage, the longest wait and the median one.</summary>
    internal static StageWait WaitAt(ArticleState state, ApprovalLevel? level, IEnumerable<TimeSpan> waits)
    {
        var sorted = waits.Select(w => w < TimeSpan.Zero ? TimeSpan.Zero : w).Order().ToList();
        if (sorted.Count == 0)
            return new StageWait(state, level, 0, null, null);
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new StageWait(state, level, sorted.Count, sorted[^1], median);
    }
}
