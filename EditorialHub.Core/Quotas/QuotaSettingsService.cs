using System.Globalization;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Quotas;

/// <summary>
/// The secretary's settings of the quota: the school years' dates (the Ministry's calendar changes
/// every year, so they are data) and the targets per unit from a month on. Every change is the
/// secretary's alone (<see cref="Permission.Administer"/>), checked here whatever a page shows.
/// </summary>
public sealed class QuotaSettingsService(
    IDbContextFactory<EditorialDbContext> contexts,
    TimeProvider clock,
    BoardDirectory board)
{
    /// <summary>Sets a year's dates and whether its months outside them count.</summary>
    public async Task<SchoolYearView> SetSchoolYearAsync(
        string actorId, int schoolYearId, DateOnly starts, DateOnly semesterOneEnds, DateOnly ends,
        bool countsMonthsOutsideYear, CancellationToken ct = default)
    {
        await DemandSecretaryAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var years = await db.SchoolYears.ToListAsync(ct);
        var year = years.SingleOrDefault(y => y.Id == schoolYearId)
            ?? throw new QuotaRefusedException(QuotaRefusal.NotFound, QuotaMessages.YearNotFound);
        try
        {
            year.SetDates(starts, semesterOneEnds, ends);
        }
        catch (ArgumentException)
        {
            throw new QuotaRefusedException(QuotaRefusal.InvalidDates, QuotaMessages.DatesOutOfOrder);
        }
        DemandNoOverlap(years, year);
        year.SetCountsMonthsOutsideYear(countsMonthsOutsideYear);
        await db.SaveChangesAsync(ct);
        return SchoolYearView.Of(year);
    }

    /// <summary>
    /// Adds the year after the latest one, with the Ministry's usual frame (5 September, 17 January,
    /// 31 May) for the secretary to correct; the first year from today's when there is none.
    /// </summary>
    public async Task<SchoolYearView> CreateNextSchoolYearAsync(string actorId, CancellationToken ct = default)
    {
        await DemandSecretaryAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await db.SchoolYears.OrderByDescending(y => y.Starts).FirstOrDefaultAsync(ct);
        var year = latest is null
            ? SchoolYear.UsualFrameFor(clock.Today())
            // The next year opens in the September after the latest one ends.
            : SchoolYear.UsualFrameFor(new DateOnly(latest.Ends.Year, 9, 5));
        if (latest is not null && year.Starts <= latest.Ends)
            throw new QuotaRefusedException(QuotaRefusal.OverlappingYear, string.Format(CultureInfo.InvariantCulture, QuotaMessages.Overlapping, latest.Name));
        db.SchoolYears.Add(year);
        await db.SaveChangesAsync(ct);
        return SchoolYearView.Of(year);
    }

    /// <summary>Every active unit with the target in force this month, its default and every setting made.</summary>
    public async Task<IReadOnlyList<UnitTargets>> TargetsAsync(string actorId, CancellationToken ct = default)
    {
        await DemandSecretaryAsync(actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
        var settings = (await db.QuotaTargets.AsNoTracking()
            .Select(t => new
            {
                t.Id, t.UnitId, t.FromMonth, t.Target, t.SetAtUtc,
                SetByName = db.Users.Where(p => p.Id == t.SetById).Select(p => p.FullName).First(),
            })
            .ToListAsync(ct)).ToLookup(t => t.UnitId);
        var month = QuotaCalendar.MonthOf(clock.Today());
        return units.Select(unit => new UnitTargets(
            unit.Id, unit.Name, unit.Kind, QuotaRules.DefaultTarget(unit.Kind),
            QuotaRules.TargetFor(unit.Kind, settings[unit.Id].Select(t => new TargetChange(t.FromMonth, t.Target, t.Id)), month),
            settings[unit.Id].OrderByDescending(t => t.FromMonth).ThenByDescending(t => t.Id)
                .Select(t => new TargetHistoryEntry(t.FromMonth, t.Target, t.SetByName, t.SetAtUtc)).ToList()))
            .ToList();
    }

    /// <summary>
    /// Sets a unit's target from <paramref name="fromMonth"/> on (this month or later: the months gone
    /// by keep the result they had). The earlier settings stay as the history.
    /// </summary>
    public async Task SetTargetAsync(string actorId, int unitId, DateOnly fromMonth, int target, CancellationToken ct = default)
    {
        await DemandSecretaryAsync(actorId, ct);
        if (target < 0 || target > QuotaRules.MaxTarget)
            throw new QuotaRefusedException(QuotaRefusal.InvalidTarget, QuotaMessages.TargetOutOfRange);
        fromMonth = QuotaCalendar.MonthOf(fromMonth);
        if (fromMonth < QuotaCalendar.MonthOf(clock.Today()))
            throw new QuotaRefusedException(QuotaRefusal.PastMonth, QuotaMessages.TargetInPast);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, ct))
            throw new QuotaRefusedException(QuotaRefusal.NotFound, QuotaMessages.UnitNotFound);
        db.QuotaTargets.Add(new QuotaTarget(unitId, fromMonth, target, actorId, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Years may not share a day, nor change places: each ends before the next one starts.</summary>
    private static void DemandNoOverlap(IEnumerable<SchoolYear> years, SchoolYear changed)
    {
        foreach (var other in years.Where(y => y.Id != changed.Id))
        {
            var overlaps = other.Starts <= changed.Ends && changed.Starts <= other.Ends;
            var sameName = other.Name == changed.Name;
            if (overlaps || sameName)
                throw new QuotaRefusedException(QuotaRefusal.OverlappingYear, string.Format(CultureInfo.InvariantCulture, QuotaMessages.Overlapping, other.Name));
        }
    }

    private async Task DemandSecretaryAsync(string actorId, CancellationToken ct)
    {
        if (!Permissions.Allows(await board.RolesOnAsync(actorId, clock.Today(), ct), Permission.Administer))
            throw new QuotaRefusedException(QuotaRefusal.NotAllowed, QuotaMessages.OnlySecretary);
    }
}
