namespace EditorialHub.Core.Quotas;

/// <summary>
/// A unit's monthly target from a month on (Điều 13.3: "ít nhất 01 tin, bài"), set by the secretary.
/// Rows are added, never changed: the newest for a month wins and the older ones are the history.
/// </summary>
public sealed class QuotaTarget
{
    private QuotaTarget() { SetById = ""; }

    public QuotaTarget(int unitId, DateOnly fromMonth, int target, string setById, DateTime setAtUtc)
    {
        if (target < 0 || target > QuotaRules.MaxTarget)
            throw new ArgumentOutOfRangeException(nameof(target));
        UnitId = unitId;
        FromMonth = QuotaCalendar.MonthOf(fromMonth);
        Target = target;
        SetById = setById;
        SetAtUtc = setAtUtc;
    }

    public int Id { get; private set; }
    public int UnitId { get; private set; }

    /// <summary>The first day of the first month it applies to.</summary>
    public DateOnly FromMonth { get; private set; }
    public int Target { get; private set; }
    public string SetById { get; private set; }
    public DateTime SetAtUtc { get; private set; }
}
