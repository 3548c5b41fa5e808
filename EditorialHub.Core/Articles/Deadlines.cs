using System.Linq.Expressions;

namespace EditorialHub.Core.Articles;

/// <summary>Why an item is overdue; both may hold at once (an approved event item).</summary>
[Flags]
public enum OverdueReasons
{
    None = 0,
    /// <summary>An event item not yet published a week after the event ended (Điều 14.1).</summary>
    EventNotPublished = 1,
    /// <summary>An approved item the secretary has not published within the setting (Điều 12.2, 14).</summary>
    ApprovedNotPublished = 2,
    /// <summary>An official document not yet published the set number of working days after it was issued (Điều 14.2).</summary>
    DocumentNotPublished = 4,
}

/// <summary>Where an item stands against its deadlines at one moment.</summary>
/// <param name="Overdue">Why it is overdue now; <see cref="OverdueReasons.None"/> if it is not.</param>
/// <param name="DueAtUtc">The first instant at which it is (or was, or will be) late: the earliest deadline that applies to it.</param>
/// <param name="PublishedLate">An event item published at or after its deadline (the reports count them, Điều 16).</param>
public sealed record DeadlineStatus(OverdueReasons Overdue, DateTime? DueAtUtc, bool PublishedLate)
{
    public static DeadlineStatus None { get; } = new(OverdueReasons.None, null, false);

    public bool IsOverdue => Overdue != OverdueReasons.None;
}

/// <summary>
/// For a query: an item is overdue now exactly when it is live, an event, and ended before
/// <paramref name="EventEndedBefore"/>; or approved (or its correction approved) before
/// <paramref name="ApprovedBeforeUtc"/>; or live, a document, and issued before <paramref name="DocumentIssuedBefore"/>.
/// </summary>
public sealed record OverdueCutoffs(DateOnly EventEndedBefore, DateTime ApprovedBeforeUtc, DateOnly DocumentIssuedBefore = default);

/// <summary>
/// The deadlines of Điều 14 as pure functions: the moment and the time zone are parameters, so the
/// rule is the same in a list, a report and a test. Days are the app's local days (Vietnam, UTC+7):
/// an item approved at 00:30 on Saturday in Hà Nội was approved on Saturday, though it is still
/// Friday in UTC.
/// </summary>
public static class Deadlines
{
    /// <summary>"Trong thời hạn 1 tuần sau khi sự kiện, hoạt động kết thúc" (Điều 14.1).</summary>
    public const int EventPublishWithinDays = 7;

    /// <summary>The states in which an item is still on its way to the portal and so can be late.</summary>
    public static IReadOnlyList<ArticleState> LiveStates { get; } =
    [
        ArticleState.Draft, ArticleState.Submitted, ArticleState.Editing,
        ArticleState.AwaitingApproval, ArticleState.Approved,
    ];

    /// <summary>
    /// The first instant at which an event that ended on <paramref name="eventEnd"/> is late: the end of
    /// the seventh day after it (the week of Điều 14.1 runs in whole days after the event's last day).
    /// </summary>
    public static DateTime EventDueUtc(DateOnly eventEnd, TimeZoneInfo zone) =>
        StartOfDayUtc(eventEnd.AddDays(EventPublishWithinDays + 1), zone);

    /// <summary>
    /// The first instant at which an item approved at <paramref name="approvedAtUtc"/> is late: the end of
    /// the <paramref name="workingDays"/>-th working day after the day of approval. The day of approval
    /// itself does not count, as for any time limit counted in days (Bộ luật Dân sự 2015, Điều 147.1).
    /// Without a <paramref name="calendar"/>, Monday to Friday are the working days.
    /// </summary>
    public static DateTime PublishDueUtc(DateTime approvedAtUtc, int workingDays, TimeZoneInfo zone, WorkingCalendar? calendar = null) =>
        StartOfDayUtc((calendar ?? WorkingCalendar.WeekdaysOnly).AddWorkingDays(LocalDay(approvedAtUtc, zone), workingDays).AddDays(1), zone);

    /// <summary>The working days after its issue within which a document goes on the portal, unless set otherwise.</summary>
    public const int DefaultDocumentPublishWithinWorkingDays = 3;

    /// <summary>
    /// The first instant at which a document issued on <paramref name="issuedOn"/> is late: the end of
    /// the <paramref name="workingDays"/>-th working day after the day of issue ("cập nhật kịp thời",
    /// Điều 14.2; the number is a setting).
    /// </summary>
    public static DateTime DocumentDueUtc(DateOnly issuedOn, int workingDays, TimeZoneInfo zone, WorkingCalendar? calendar = null) =>
        StartOfDayUtc((calendar ?? WorkingCalendar.WeekdaysOnly).AddWorkingDays(issuedOn, workingDays).AddDays(1), zone);

    /// <summary>
    /// Where an item stands at <paramref name="nowUtc"/>. Items on the portal and taken-down items are
    /// never late to be published (an approved correction is late like an approved item); a refused
    /// item has no deadline left. <paramref name="documentIssuedOn"/> is given for documents only.
    /// </summary>
    public static DeadlineStatus Evaluate(
        ArticleState state, DateOnly? eventEnd, DateTime? approvedAtUtc, DateTime? publishedAtUtc,
        DateTime nowUtc, int publishWithinWorkingDays, TimeZoneInfo zone,
        DateOnly? documentIssuedOn = null, int documentPublishWithinWorkingDays = DefaultDocumentPublishWithinWorkingDays,
        WorkingCalendar? calendar = null)
    {
        var eventDue = eventEnd is { } end ? EventDueUtc(end, zone) : (DateTime?)null;
        var now = AsUtc(nowUtc);
        if (state == ArticleState.Refused)
            return DeadlineStatus.None;
        if (state is ArticleState.Published or ArticleState.TakenDown || ArticleStates.IsCorrection(state))
        {
            var late = eventDue is { } due && publishedAtUtc is { } published && published >= due;
            if (state == ArticleState.CorrectionApproved && approvedAtUtc is { } correctionApproved)
            {
                var correctionDue = PublishDueUtc(correctionApproved, publishWithinWorkingDays, zone, calendar);
                return new DeadlineStatus(
                    now >= correctionDue ? OverdueReasons.ApprovedNotPublished : OverdueReasons.None, correctionDue, late);
            }
            return new DeadlineStatus(OverdueReasons.None, eventDue, late);
        }

        var reasons = OverdueReasons.None;
        var earliest = eventDue;
        if (eventDue is { } eventDeadline && now >= eventDeadline)
            reasons |= OverdueReasons.EventNotPublished;
        if (documentIssuedOn is { } issued)
        {
            var documentDue = DocumentDueUtc(issued, documentPublishWithinWorkingDays, zone, calendar);
            if (now >= documentDue)
                reasons |= OverdueReasons.DocumentNotPublished;
            if (earliest is null || documentDue < earliest)
                earliest = documentDue;
        }
        if (state == ArticleState.Approved && approvedAtUtc is { } approved)
        {
            var publishDue = PublishDueUtc(approved, publishWithinWorkingDays, zone, calendar);
            if (now >= publishDue)
                reasons |= OverdueReasons.ApprovedNotPublished;
            if (earliest is null || publishDue < earliest)
                earliest = publishDue;
        }
        return new DeadlineStatus(reasons, earliest, false);
    }

    /// <summary>
    /// The same rule as <see cref="Evaluate"/>, turned into two bounds a database query can compare with
    /// (lists filtered by "overdue", counts on the dashboard) without evaluating item by item.
    /// </summary>
    public static OverdueCutoffs CutoffsAt(
        DateTime nowUtc, int publishWithinWorkingDays, TimeZoneInfo zone,
        int documentPublishWithinWorkingDays = DefaultDocumentPublishWithinWorkingDays, WorkingCalendar? calendar = null)
    {
        calendar ??= WorkingCalendar.WeekdaysOnly;
        var today = LocalDay(nowUtc, zone);
        // Late once today is past the seventh day after the event: the event ended before today − 7.
        var eventEndedBefore = today.AddDays(-EventPublishWithinDays);
        // Late once the last allowed working day is before today. Adding working days never goes
        // backwards, so the latest such approval day is found by walking back from yesterday.
        var day = today.AddDays(-1);
        while (calendar.AddWorkingDays(day, publishWithinWorkingDays) >= today)
            day = day.AddDays(-1);
        // The same walk for documents, from their day of issue.
        var issued = today.AddDays(-1);
        while (calendar.AddWorkingDays(issued, documentPublishWithinWorkingDays) >= today)
            issued = issued.AddDays(-1);
        return new OverdueCutoffs(eventEndedBefore, StartOfDayUtc(day.AddDays(1), zone), issued.AddDays(1));
    }

    /// <summary>
    /// <see cref="Evaluate"/>'s overdue test as a predicate a database query can run: the items overdue
    /// at the moment the <paramref name="cutoffs"/> were taken for, for any of <paramref name="reasons"/>
    /// (lists, the dashboard's counts). One rule, so a count and the list behind it never disagree.
    /// </summary>
    public static Expression<Func<Article, bool>> OverduePredicate(OverdueCutoffs cutoffs, OverdueReasons reasons)
    {
        var eventEndedBefore = cutoffs.EventEndedBefore;
        var approvedBefore = cutoffs.ApprovedBeforeUtc;
        var documentIssuedBefore = cutoffs.DocumentIssuedBefore;
        var live = LiveStates.ToArray();
        var events = reasons.HasFlag(OverdueReasons.EventNotPublished);
        var approved = reasons.HasFlag(OverdueReasons.ApprovedNotPublished);
        var documents = reasons.HasFlag(OverdueReasons.DocumentNotPublished);
        return a =>
            (events && a.EventEndDate != null && a.EventEndDate < eventEndedBefore && live.Contains(a.State))
            || (approved && (a.State == ArticleState.Approved || a.State == ArticleState.CorrectionApproved)
                && a.ApprovedAtUtc < approvedBefore)
            || (documents && a.Category == ArticleCategory.Documents && a.DocumentIssuedOn != null
                && a.DocumentIssuedOn < documentIssuedBefore && live.Contains(a.State));
    }

    /// <summary>The local day of an instant stored in UTC (SQLite gives it back without a kind).</summary>
    public static DateOnly LocalDay(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc), zone));

    /// <summary>The UTC instant at which <paramref name="day"/> begins in <paramref name="zone"/>.</summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);

    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value
        : value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
        : value.ToUniversalTime();
}
