using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;

namespace EditorialHub.Core.Quotas;

/// <summary>Where a unit stands against its quota in one month.</summary>
public enum QuotaStatus
{
    /// <summary>Đạt: at least the target published in the month.</summary>
    Met = 1,
    /// <summary>Đang chờ: not yet, but something that would count is in the workflow (the month is not over).</summary>
    Pending = 2,
    /// <summary>Không đạt: the month is over short of the target.</summary>
    Missed = 3,
    /// <summary>Chưa có: the month is not over and nothing is on its way yet.</summary>
    Open = 4,
    /// <summary>Không tính: no target (0), or a month that does not count.</summary>
    NotRequired = 5,
}

/// <summary>
/// The quota rule of Điều 13.3 as pure functions: what counts, the target in force, the status of a month.
/// </summary>
public static class QuotaRules
{
    /// <summary>Kinds that count: an article on the school's teaching and education, or a professional topic.</summary>
    public static IReadOnlyList<ArticleKind> CountingKinds { get; } = [ArticleKind.ActivityReport, ArticleKind.ProfessionalTopic];

    /// <summary>
    /// States of an item "in the workflow": sent by the unit and not yet decided. A draft is not on its
    /// way until it is submitted (only its writers see it).
    /// </summary>
    public static IReadOnlyList<ArticleState> OnItsWayStates { get; } =
        [ArticleState.Submitted, ArticleState.Editing, ArticleState.AwaitingApproval, ArticleState.Approved];

    public const int MaxTarget = 20;

    public static bool Counts(ArticleKind kind) => CountingKinds.Contains(kind);

    /// <summary>At least one item a month for a subject department (Điều 13.3); no target for other units.</summary>
    public static int DefaultTarget(UnitKind kind) => kind == UnitKind.SubjectDepartment ? 1 : 0;

    /// <summary>
    /// The target in force in <paramref name="month"/>: the latest one set from that month or before
    /// (a later setting from the same month replaces an earlier one), else the unit kind's default.
    /// </summary>
    public static int TargetFor(UnitKind kind, IEnumerable<TargetChange> changes, DateOnly month)
    {
        month = QuotaCalendar.MonthOf(month);
        var latest = changes.Where(change => change.FromMonth <= month)
            .OrderBy(change => change.FromMonth).ThenBy(change => change.Sequence)
            .LastOrDefault();
        return latest?.Target ?? DefaultTarget(kind);
    }

    /// <param name="month">The month, as the calendar describes it.</param>
    /// <param name="count">Counting items published in the month.</param>
    /// <param name="onItsWay">Counting items in the workflow now; they can only help a month that is not over.</param>
    /// <param name="monthIsOver">Whether the month has ended (school time).</param>
    public static QuotaStatus StatusOf(QuotaMonth month, int target, int count, int onItsWay, bool monthIsOver)
    {
        if (!month.Counts || target <= 0)
            return QuotaStatus.NotRequired;
        if (count >= target)
            return QuotaStatus.Met;
        if (monthIsOver)
            return QuotaStatus.Missed;
        return onItsWay > 0 ? QuotaStatus.Pending : QuotaStatus.Open;
    }
}

/// <summary>A target set from a month on; <see cref="Sequence"/> orders settings made for the same month.</summary>
public sealed record TargetChange(DateOnly FromMonth, int Target, long Sequence);
