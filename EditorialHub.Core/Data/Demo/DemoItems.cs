using System.Globalization;
using System.Text;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using static EditorialHub.Core.Data.Demo.DemoStaff;

namespace EditorialHub.Core.Data.Demo;

/// <summary>Where a demo item ends up.</summary>
internal enum DemoOutcome { Draft, Submitted, Editing, AwaitingApproval, Approved, Published, Refused, TakenDown }

/// <summary>The turns a demo item takes on its way (each adds history, some a revision).</summary>
[Flags]
internal enum DemoDetours
{
    None = 0,
    /// <summary>The provider saves the draft a second time before sending it.</summary>
    DraftRevised = 1,
    /// <summary>The editor returns it to the provider with a note; the provider revises and sends it again.</summary>
    ReturnToProvider = 2,
    /// <summary>The editor changes the text.</summary>
    EditorEdits = 4,
    /// <summary>The approver returns it to the editor with a note; the editor revises it.</summary>
    ReturnToEditor = 8,
    /// <summary>The deputy asks the head's opinion (Điều 12.3).</summary>
    Escalate = 16,
    /// <summary>Published, then a take-down request that waits for the head.</summary>
    TakeDownPending = 32,
    /// <summary>Published, then a take-down request the head declined.</summary>
    TakeDownDeclined = 64,
    /// <summary>Published, then an editor opens a correction and is still editing it.</summary>
    CorrectionEditing = 128,
    /// <summary>Published, then a correction sent for approval.</summary>
    CorrectionAwaitingApproval = 256,
    /// <summary>Published, then a correction approved and waiting for the secretary.</summary>
    CorrectionApproved = 512,
    Correction = CorrectionEditing | CorrectionAwaitingApproval | CorrectionApproved,
}

/// <summary>When an event item's event ended, against the week of Điều 14.1.</summary>
internal enum EventTiming { OnTime, PublishedLate, OverdueNow }

internal sealed record DemoPlan(
    string Unit, string Author, DemoText Text, DemoOutcome Outcome, DateTime AnchorLocal,
    DemoDetours Detours = DemoDetours.None, ArticleFlags Flags = ArticleFlags.None,
    RefusalGround? RefusalGround = null, string? RefusalNote = null, bool RefusedByApprover = false,
    TakeDownGround? TakeDownGround = null, EventTiming Timing = EventTiming.OnTime);

/// <summary>
/// The demo's school year of items: from the first day of the school year to <c>today</c>, in every
/// state, spread over the units so that most subject departments meet the monthly quota (Điều 13.3),
/// a few miss a month, and the current month is partly pending. Every item is built by the
/// <see cref="Article"/>'s own verbs at explicit past times, so its history, revisions and dates are
/// those the workflow itself would have written. Deterministic: a fixed seed and no clock reads.
/// </summary>
internal sealed class DemoItems
{
    public const int Seed = 20260905;
    public const string PortalAddress = "https://thpt-lequydon.edu.vn/tin-tuc/";

    private const int DayOpens = 7 * 60;
    private const int DayCloses = 17 * 60;
    private static readonly string[] Editors = ["btv.toan", "btv.van", "btv.anh"];
    private static readonly string[] SubjectDepartments = [Maths, Literature, Languages, Physics, Chemistry, History, Civics, Sports];

    // Which subject departments miss the quota in the n-th month of the year: a few, never the same
    // one twice running, so each still meets it in most months.
    private static readonly int[][] Misses = [[7], [5, 2], [3], [6], [7, 4], [1], [6], [3, 0], [2]];

    private static readonly DemoDetours[] DetourRotation =
    [
        DemoDetours.None, DemoDetours.EditorEdits, DemoDetours.DraftRevised | DemoDetours.EditorEdits,
        DemoDetours.ReturnToProvider | DemoDetours.EditorEdits, DemoDetours.ReturnToEditor, DemoDetours.Escalate,
        DemoDetours.DraftRevised | DemoDetours.ReturnToEditor, DemoDetours.None, DemoDetours.ReturnToProvider,
    ];

    private readonly Random _random = new(Seed);
    private readonly WorkflowOptions _options = new();
    private readonly IReadOnlyDictionary<string, WorkflowActor> _actors;
    private readonly IReadOnlyDictionary<string, int> _unitIds;
    private readonly IReadOnlySet<string> _heads;
    private readonly TimeZoneInfo _zone;
    private readonly DateOnly _today;
    private readonly DateTime _start;
    private readonly DateTime _latest;
    private readonly HashSet<DemoText> _usedTexts = [];
    private readonly Dictionary<string, int> _authorTurn = [];
    private readonly Dictionary<string, int> _reuseTurn = [];
    private readonly HashSet<string> _reusedTitles = [];
    private int _turn;
    private int _corrections;
    // A year already over: every item decided, nothing left waiting, nothing under correction.
    private bool _yearOver;
    private int _takeDownSlot = 2;
    private readonly HashSet<string> _portalAddresses = [];

    private DemoItems(
        DateOnly yearStarts, DateOnly today, DateTime nowUtc, TimeZoneInfo zone,
        IReadOnlyDictionary<string, string> personIds, IReadOnlyDictionary<string, int> unitIds)
    {
        _zone = zone;
        _today = today;
        _unitIds = unitIds;
        _actors = People.ToDictionary(
            person => person.UserName,
            person =>
            {
                var roles = person.Roles.ToHashSet();
                if (person.Unit is not null)
                    roles.Add(Role.DepartmentMember);
                return new WorkflowActor(personIds[person.UserName], roles, person.Unit is null ? null : unitIds[person.Unit]);
            });
        _heads = People.Where(p => p.Roles.Contains(Role.BoardHead)).Select(p => personIds[p.UserName]).ToHashSet();

        var nowLocal = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone);
        // Every step lies in the past: at least twenty minutes before now, and within `today`.
        var latest = nowLocal.AddMinutes(-20);
        if (DateOnly.FromDateTime(latest) > today)
            latest = today.ToDateTime(new TimeOnly(17, 0));
        _latest = SnapBack(new DateTime(latest.Year, latest.Month, latest.Day, latest.Hour, latest.Minute, 0));
        _start = Open(yearStarts.ToDateTime(TimeOnly.MinValue));
        if (WorkingMinutes(_start, _latest) < 600 * 20)
            _start = Back(_latest, 600 * 20); // a demo loaded in the first days of a year still shows a month of work
    }

    /// <summary>The demo's items, ready to add to a context; nothing is read from a clock.</summary>
    public static List<Article> Build(
        DateOnly yearStarts, DateOnly today, DateTime nowUtc, TimeZoneInfo zone,
        IReadOnlyDictionary<string, string> personIds, IReadOnlyDictionary<string, int> unitIds)
    {
        var items = new DemoItems(yearStarts, today, nowUtc, zone, personIds, unitIds);
        return items.Compose().Select(items.Walk).ToList();
    }

    /// <summary>
    /// The school year before, over and done: each of its months as the year in progress has them
    /// (most departments meet the quota, a few miss a month, refusals and take-downs), but every item
    /// decided — so the dashboard and the reports have a year to compare with, and no list of today
    /// is crowded with last year's work.
    /// </summary>
    public static List<Article> BuildYearOver(
        SchoolYear year, TimeZoneInfo zone, IReadOnlyDictionary<string, string> personIds, IReadOnlyDictionary<string, int> unitIds)
    {
        // Seen from a week after the year ended: a department's late item of May is published in early June.
        var seenOn = year.Ends.AddDays(8);
        var nowUtc = TimeZoneInfo.ConvertTimeToUtc(seenOn.ToDateTime(new TimeOnly(17, 0)), zone);
        var items = new DemoItems(year.Starts, seenOn, nowUtc, zone, personIds, unitIds) { _yearOver = true, _corrections = int.MaxValue };
        return items.Compose().Select(items.Walk).ToList();
    }

    // ----- What to write: the plans -----

    private List<DemoPlan> Compose()
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(DateOnly.FromDateTime(_start).Year, DateOnly.FromDateTime(_start).Month, 1);
             month <= _today; month = month.AddMonths(1))
            months.Add(month);
        var current = months.Count - 1;
        // About 150 items whatever the length of the year so far: more a month early in the year.
        var pastMonths = Math.Max(1, months.Count - 1);
        var perCell = Math.Clamp((int)Math.Round(90.0 / (SubjectDepartments.Length * pastMonths)), 2, 5);
        var perOther = Math.Clamp((int)Math.Round(30.0 / (3 * pastMonths)), 1, 4);
        // The third item of a month is sometimes taken down; in a whole year with two a month, the second.
        _takeDownSlot = Math.Min(2, perCell - 1);
        var plans = new List<DemoPlan>();
        var cell = 0;
        var takeDowns = 0;

        for (var m = 0; m < current; m++)
        {
            var month = months[m];
            var misses = Misses[Math.Min(m, Misses.Length - 1)].Select(d => m >= Misses.Length ? (d + m) % 8 : d).ToHashSet();
            for (var d = 0; d < SubjectDepartments.Length; d++)
            {
                var unit = SubjectDepartments[d];
                if (misses.Contains(d))
                {
                    plans.AddRange(MissedMonth(unit, month, months[m + 1]));
                    continue;
                }
                for (var j = 0; j < perCell; j++, cell++)
                    plans.Add(MetMonthItem(unit, month, j, cell, ref takeDowns));
            }
            foreach (var unit in new[] { Office, TradeUnion, YouthUnion })
                for (var j = 0; j < perOther; j++, cell++)
                    plans.Add(OtherUnitItem(unit, month, j, cell));
        }

        if (!_yearOver)
            plans.AddRange(CurrentMonth(months[current], perOther));
        plans.AddRange(Refusals(months));
        return plans;
    }

    /// <summary>A department that meets the month: its items are published in the month.</summary>
    private DemoPlan MetMonthItem(string unit, DateOnly month, int j, int cell, ref int takeDowns)
    {
        var text = NextText(unit, month, counting: j < 2);
        var plan = new DemoPlan(unit, NextAuthor(unit), text, DemoOutcome.Published,
            PublishAnchor(month) ?? Fresh(), DetourRotation[cell % DetourRotation.Length]);
        if (j == 1 && cell % 3 == 0)
            // Of special interest to parents: the head approves it (Điều 12.2).
            plan = plan with { Flags = ArticleFlags.PublicInterest };
        if (text.IsEvent && cell % 4 == 1)
            plan = plan with { Timing = EventTiming.PublishedLate };
        if (j == _takeDownSlot && cell % 5 == 2)
        {
            TakeDownGround[] grounds = [TakeDownGround.NoLongerTimely, TakeDownGround.ProviderAsked, TakeDownGround.NoLongerAppropriate];
            plan = plan with { Outcome = DemoOutcome.TakenDown, TakeDownGround = grounds[takeDowns++ % grounds.Length] };
        }
        else if (j >= 2 && cell % 7 == 4)
            plan = plan with { Detours = plan.Detours | DemoDetours.TakeDownDeclined };
        else if (j == 1 && cell % 2 == 1 && _corrections < 3)
        {
            // Three published items under correction, one at each stage (issue 4).
            DemoDetours[] stages = [DemoDetours.CorrectionEditing, DemoDetours.CorrectionAwaitingApproval, DemoDetours.CorrectionApproved];
            plan = plan with { Detours = plan.Detours | stages[_corrections++] };
        }
        return plan;
    }

    /// <summary>
    /// A department that misses the month: its item came too late and is published next month, a weak
    /// one was refused, and what it did publish does not count.
    /// </summary>
    private IEnumerable<DemoPlan> MissedMonth(string unit, DateOnly month, DateOnly next)
    {
        var late = NextText(unit, month, counting: true);
        var nextDays = PublishAnchor(next, lastDay: next.AddDays(6));
        yield return nextDays is { } anchor
            ? new DemoPlan(unit, NextAuthor(unit), late, DemoOutcome.Published, anchor, DemoDetours.ReturnToProvider)
            : new DemoPlan(unit, NextAuthor(unit), late, DemoOutcome.AwaitingApproval, Fresh(), DemoDetours.ReturnToProvider);
        yield return new DemoPlan(unit, NextAuthor(unit), NextText(unit, month, counting: true), DemoOutcome.Refused,
            PublishAnchor(month) ?? Fresh(), RefusalGround: RefusalGround.InsufficientQuality,
            RefusalNote: "Bài chưa đạt yêu cầu: thiếu thông tin về kết quả hoạt động, ảnh không rõ; đề nghị tổ viết bài khác.");
        if (NextTextOrNull(unit, month, counting: false, onlyOther: true) is { } other && PublishAnchor(month) is { } published)
            yield return new DemoPlan(unit, NextAuthor(unit), other, DemoOutcome.Published, published);
    }

    private DemoPlan OtherUnitItem(string unit, DateOnly month, int j, int cell)
    {
        var text = NextText(unit, month, counting: false);
        // Official notices from the Department of Education go to the head (Điều 12.2).
        var flags = unit == Office && text.Category == ArticleCategory.Direction && j == 0
            ? ArticleFlags.FromEducationAuthority : ArticleFlags.None;
        var plan = new DemoPlan(unit, NextAuthor(unit), text, DemoOutcome.Published, PublishAnchor(month) ?? Fresh(),
            DetourRotation[(cell + 3) % DetourRotation.Length], flags);
        return text.IsEvent && cell % 3 == 2 ? plan with { Timing = EventTiming.PublishedLate } : plan;
    }

    /// <summary>The month in progress: some departments already met it, some are pending, some have nothing yet.</summary>
    private IEnumerable<DemoPlan> CurrentMonth(DateOnly month, int perOther)
    {
        DemoPlan Plan(string unit, DemoOutcome outcome, DateTime anchor, DemoDetours detours = DemoDetours.None,
            ArticleFlags flags = ArticleFlags.None, string? author = null, EventTiming timing = EventTiming.OnTime,
            bool counting = true) =>
            new(unit, author ?? NextAuthor(unit), NextText(unit, month, counting), outcome, anchor, detours, flags, Timing: timing);

        DemoPlan Published(string unit, DemoDetours detours = DemoDetours.None) =>
            PublishAnchor(month) is { } anchor
                ? Plan(unit, DemoOutcome.Published, anchor, detours)
                : Plan(unit, DemoOutcome.Approved, Fresh(), detours);

        // Met this month already.
        yield return Published(Maths, DemoDetours.EditorEdits);
        yield return Published(Languages, DemoDetours.TakeDownPending);
        yield return Published(Chemistry, DemoDetours.ReturnToEditor);
        // Pending: in the workflow at every stage.
        yield return Plan(Maths, DemoOutcome.Approved, Fresh());
        yield return Plan(Maths, DemoOutcome.Draft, Fresh(), DemoDetours.DraftRevised, counting: false);
        // An editor's own item: the deputy approves it (Điều 12.2).
        yield return Plan(Literature, DemoOutcome.AwaitingApproval, Fresh(), author: "btv.van");
        yield return Plan(Literature, DemoOutcome.Submitted, Fresh());
        yield return Plan(Languages, DemoOutcome.Editing, Fresh(), DemoDetours.EditorEdits);
        yield return Plan(Physics, DemoOutcome.Submitted, Fresh());
        yield return Plan(Physics, DemoOutcome.Draft, Fresh());
        yield return Plan(Chemistry, DemoOutcome.AwaitingApproval, Fresh(), DemoDetours.ReturnToEditor);
        // An event that ended more than a week ago and is still being edited: overdue (Điều 14.1).
        yield return Plan(History, DemoOutcome.Editing, Stale(900, 1500), DemoDetours.ReturnToProvider, timing: EventTiming.OverdueNow);
        yield return Plan(History, DemoOutcome.Draft, Fresh());
        // Nothing sent yet this month.
        yield return Plan(Civics, DemoOutcome.Draft, Fresh(), DemoDetours.DraftRevised);
        // Approved a week ago and still not published: overdue for the secretary (Điều 14).
        yield return Plan(Sports, DemoOutcome.Approved, Stale(3000, 3600));
        yield return Plan(Sports, DemoOutcome.AwaitingApproval, Fresh(), flags: ArticleFlags.PublicInterest);

        yield return Plan(Office, DemoOutcome.AwaitingApproval, Fresh(), DemoDetours.Escalate, counting: false);
        yield return Plan(TradeUnion, DemoOutcome.Editing, Fresh(), counting: false);
        yield return Plan(YouthUnion, DemoOutcome.Approved, Stale(1500, 2400), timing: EventTiming.OverdueNow, counting: false);
        yield return Plan(YouthUnion, DemoOutcome.Submitted, Fresh(), counting: false);
        for (var j = 1; j < perOther; j++)
            foreach (var unit in new[] { Office, TradeUnion })
                yield return PublishAnchor(month) is { } anchor
                    ? Plan(unit, DemoOutcome.Published, anchor, counting: false)
                    : Plan(unit, DemoOutcome.Submitted, Fresh(), counting: false);
    }

    /// <summary>One refusal per ground of Điều 15, spread over the months.</summary>
    private IEnumerable<DemoPlan> Refusals(List<DateOnly> months)
    {
        var i = 0;
        foreach (var (unit, author, text, ground, note, byApprover) in DemoArticles.Refusals)
        {
            var month = months[Math.Min(i++ % Math.Max(months.Count, 1), months.Count - 1)];
            // The first ground concerns a sensitive subject: only the head decides it (Điều 12.2).
            var flags = ground == RefusalGround.ContraryToPolicyOrLaw ? ArticleFlags.Sensitive : ArticleFlags.None;
            yield return new DemoPlan(unit, author, text, DemoOutcome.Refused, PublishAnchor(month) ?? Fresh(),
                Flags: flags, RefusalGround: ground, RefusalNote: note, RefusedByApprover: byApprover);
        }
    }

    private DemoText NextText(string unit, DateOnly month, bool counting, bool onlyOther = false) =>
        NextTextOrNull(unit, month, counting, onlyOther) ?? Reused(unit, month);

    private DemoText? NextTextOrNull(string unit, DateOnly month, bool counting, bool onlyOther)
    {
        var texts = DemoArticles.ByUnit[unit].Where(t => !_usedTexts.Contains(t)).ToList();
        bool Fits(DemoText t) => onlyOther ? t.Kind == ArticleKind.Other : !counting || t.Kind != ArticleKind.Other;
        var text = texts.FirstOrDefault(t => t.Month == month.Month && Fits(t))
            ?? texts.FirstOrDefault(t => t.Month == 0 && Fits(t))
            ?? (onlyOther ? null : texts.FirstOrDefault(Fits) ?? texts.FirstOrDefault());
        if (text is not null)
            _usedTexts.Add(text);
        return text;
    }

    /// <summary>
    /// A unit that writes more often than its texts: the same kind of activity again, another month —
    /// never the same title twice in one month (texts for no particular month first, then the others).
    /// </summary>
    private DemoText Reused(string unit, DateOnly month)
    {
        var all = DemoArticles.ByUnit[unit];
        var turn = _reuseTurn.GetValueOrDefault(unit);
        _reuseTurn[unit] = turn + 1;
        IEnumerable<DemoText> Rotated(DemoText[] texts) => Enumerable.Range(0, texts.Length).Select(i => texts[(turn + i) % texts.Length]);
        var candidates = Rotated([.. all.Where(t => t.Month == 0)]).Concat(Rotated([.. all.Where(t => t.Month != 0)]))
            .Select(text => text with { Title = $"{text.Title} (tháng {month.Month}/{month.Year})" })
            .ToList();
        return candidates.FirstOrDefault(text => _reusedTitles.Add(text.Title)) ?? candidates[0];
    }

    /// <summary>The unit's members take turns writing.</summary>
    private string NextAuthor(string unit)
    {
        var members = People.Where(p => p.Unit == unit).Select(p => p.UserName).ToArray();
        var turn = _authorTurn.GetValueOrDefault(unit);
        _authorTurn[unit] = turn + 1;
        return members[turn % members.Length];
    }

    // ----- When: anchors on the school's working calendar -----

    /// <summary>A working moment in <paramref name="month"/> (up to <paramref name="lastDay"/>) before today, or none.</summary>
    private DateTime? PublishAnchor(DateOnly month, DateOnly? lastDay = null)
    {
        var first = new[] { month, DateOnly.FromDateTime(_start).AddDays(3) }.Max();
        var last = new[] { month.AddMonths(1).AddDays(-1), _today.AddDays(-1), lastDay ?? DateOnly.MaxValue }.Min();
        var days = new List<DateOnly>();
        for (var day = first; day <= last; day = day.AddDays(1))
            if (day.DayOfWeek != DayOfWeek.Sunday)
                days.Add(day);
        if (days.Count == 0)
            return null;
        var chosen = days[_random.Next(days.Count)];
        var anchor = chosen.ToDateTime(TimeOnly.MinValue).AddMinutes(DayOpens + _random.Next(30, 571));
        return anchor <= _latest ? anchor : null;
    }

    /// <summary>A moment of the last day or two.</summary>
    private DateTime Fresh() => Back(_latest, _random.Next(15, 900));

    /// <summary>A moment some working days ago (600 working minutes a day).</summary>
    private DateTime Stale(int fromMinutes, int toMinutes) => Back(_latest, _random.Next(fromMinutes, toMinutes + 1));

    // ----- How: the item walked through its verbs -----

    private sealed record Step(int Gap, Action<Article, DateTime> Act);

    private Article Walk(DemoPlan plan)
    {
        var author = plan.Author;
        var editor = Editors.Where(e => e != author).ElementAt(_turn++ % 2);
        var turn = _turn;
        var steps = new List<Step>();
        var anchor = -1;

        void Add(int from, int to, string actor, Action<Article, WorkflowContext> act) =>
            steps.Add(new Step(_random.Next(from, to + 1), (article, at) => act(article, Context(actor, at))));
        void AddFor(int from, int to, Func<Article, string> actor, Action<Article, WorkflowContext> act) =>
            steps.Add(new Step(_random.Next(from, to + 1), (article, at) => act(article, Context(actor(article), at))));
        bool Has(DemoDetours detour) => plan.Detours.HasFlag(detour);
        string Approver(Article article) => ApproverOf(article, turn);

        if (Has(DemoDetours.DraftRevised))
            Add(120, 400, author, (a, c) => a.SaveEdit(a.Content with { Body = a.Body + Pick(DemoArticles.ProviderAdditions, turn) }, c));
        if (plan.Outcome != DemoOutcome.Draft)
        {
            Add(30, 240, author, (a, c) => a.Submit(c));
            if (plan.Outcome != DemoOutcome.Submitted)
            {
                Add(60, 900, editor, (a, c) => a.Take(c));
                if (Has(DemoDetours.ReturnToProvider))
                {
                    Add(60, 300, editor, (a, c) => a.ReturnToProvider(c, Pick(DemoArticles.ReturnToProviderNotes, turn)));
                    Add(300, 900, author, (a, c) => a.SaveEdit(a.Content with { Body = a.Body + Pick(DemoArticles.ProviderAdditions, turn + 1) }, c));
                    Add(20, 120, author, (a, c) => a.Submit(c));
                    Add(60, 600, editor, (a, c) => a.Take(c));
                }
                if (Has(DemoDetours.EditorEdits))
                    Add(60, 300, editor, (a, c) => a.SaveEdit(a.Content with { Body = a.Body + Pick(DemoArticles.EditorAdditions, turn) }, c));
                if (plan.Outcome == DemoOutcome.Refused && !plan.RefusedByApprover)
                    Add(60, 300, editor, (a, c) => a.Refuse(c, plan.RefusalGround, plan.RefusalNote!));
                else if (plan.Outcome != DemoOutcome.Editing)
                    AddApproval(plan, editor, turn, steps, Add, AddFor, Approver);
            }
        }
        if (plan.Outcome is DemoOutcome.Published or DemoOutcome.TakenDown)
        {
            Add(60, 900, "thuky", (a, c) => a.Publish(c, NewPortalAddress(a.Title, c.NowUtc)));
            anchor = steps.Count - 1;
            if (Has(DemoDetours.TakeDownPending) || Has(DemoDetours.TakeDownDeclined)
                || plan is { Outcome: DemoOutcome.TakenDown, TakeDownGround: TakeDownGround.ProviderAsked })
                Add(600, 3000, author, (a, c) => a.RequestTakeDown(c, TakeDownGround.ProviderAsked,
                    "Tổ đề nghị gỡ bài để cập nhật lại danh sách học sinh và ảnh cho chính xác."));
            if (Has(DemoDetours.TakeDownDeclined))
                Add(120, 600, "truongban", (a, c) => a.DecideTakeDown(c, grant: false,
                    "Bài vẫn còn giá trị; đề nghị tổ gửi bản đính chính để biên tập viên cập nhật thay vì gỡ bỏ."));
            if (plan.Outcome == DemoOutcome.Published && (plan.Detours & DemoDetours.Correction) != 0)
            {
                Add(1200, 4000, editor, (a, c) => a.StartCorrection(c, "Tổ báo sai số liệu, cần đính chính."));
                Add(60, 300, editor, (a, c) => a.SaveEdit(a.Content with { Body = a.Body + DemoArticles.CorrectionAddition }, c));
                if (!Has(DemoDetours.CorrectionEditing))
                    Add(20, 120, editor, (a, c) => a.SendForApproval(c, "Đính chính số liệu theo báo cáo của tổ."));
                if (Has(DemoDetours.CorrectionApproved))
                    AddFor(60, 600, Approver, (a, c) => a.Approve(c));
            }
            if (plan.Outcome == DemoOutcome.TakenDown)
            {
                if (plan.TakeDownGround == TakeDownGround.ProviderAsked)
                    Add(120, 600, "truongban", (a, c) => a.DecideTakeDown(c, grant: true, "Đồng ý gỡ theo đề nghị của tổ."));
                else
                    Add(1200, 6000, "truongban", (a, c) => a.TakeDown(c, plan.TakeDownGround, TakeDownNote(plan.TakeDownGround)));
            }
        }
        if (anchor < 0)
            anchor = steps.Count - 1;

        var times = Schedule(plan.AnchorLocal, steps.Select(s => s.Gap).ToArray(), anchor);
        var published = plan.Outcome is DemoOutcome.Published or DemoOutcome.TakenDown ? times[anchor + 1] : (DateTime?)null;
        var content = Content(plan, times[0], published);
        var article = Article.CreateDraft(_unitIds[plan.Unit], content, Context(author, times[0]));
        for (var i = 0; i < steps.Count; i++)
            steps[i].Act(article, times[i + 1]);
        return article;
    }

    /// <summary>
    /// Where the portal puts a post: filed by month (an event held every year keeps one address a
    /// year), a second post of the same title in a month numbered as the portal would ("-2").
    /// </summary>
    private string NewPortalAddress(string title, DateTime publishedUtc)
    {
        var address = $"{PortalAddress}{TimeZoneInfo.ConvertTimeFromUtc(publishedUtc, _zone):yyyy'/'MM}/{Slug(title)}";
        var candidate = address;
        for (var n = 2; !_portalAddresses.Add(candidate); n++)
            candidate = $"{address}-{n}";
        return candidate;
    }

    private static void AddApproval(
        DemoPlan plan, string editor, int turn, List<Step> steps,
        Action<int, int, string, Action<Article, WorkflowContext>> add,
        Action<int, int, Func<Article, string>, Action<Article, WorkflowContext>> addFor,
        Func<Article, string> approver)
    {
        add(30, 180, editor, (a, c) => a.SendForApproval(c));
        if (plan.Detours.HasFlag(DemoDetours.ReturnToEditor))
        {
            addFor(120, 600, approver, (a, c) => a.ReturnToEditor(c, Pick(DemoArticles.ReturnToEditorNotes, turn)));
            add(60, 300, editor, (a, c) => a.SaveEdit(a.Content with { Body = a.Body + Pick(DemoArticles.EditorAdditions, turn + 1) }, c));
            add(20, 120, editor, (a, c) => a.SendForApproval(c, "Đã sửa theo góp ý."));
        }
        if (plan.Detours.HasFlag(DemoDetours.Escalate))
            // Only below head level may the deputy ask the head (Điều 12.3); a flagged item is there already.
            add(60, 300, "phoban", (a, c) =>
            {
                if (a.ApprovalLevel != ApprovalLevel.Head)
                    a.Escalate(c, "Bài liên quan đến phụ huynh học sinh, xin ý kiến Trưởng ban trước khi duyệt.");
            });
        if (plan.Outcome == DemoOutcome.AwaitingApproval)
            return;
        if (plan.Outcome == DemoOutcome.Refused)
        {
            addFor(60, 600, approver, (a, c) => a.Refuse(c, plan.RefusalGround, plan.RefusalNote!));
            return;
        }
        addFor(60, 600, approver, (a, c) => a.Approve(c, turn % 3 == 0 ? "Đồng ý đăng." : null));
    }

    /// <summary>The approver at the item's level who neither wrote nor edited it (four eyes, Điều 12.2).</summary>
    private string ApproverOf(Article article, int turn)
    {
        var level = article.ApprovalLevel ?? ApprovalLevel.Head;
        if (level == ApprovalLevel.Head)
            return "truongban";
        if (level == ApprovalLevel.Deputy || turn % 4 == 0)
            return "phoban";
        return Editors.FirstOrDefault(e => !article.IsAuthorOrEditor(_actors[e].PersonId)) ?? "phoban";
    }

    private static string TakeDownNote(TakeDownGround? ground) => ground switch
    {
        TakeDownGround.NoLongerTimely => "Thông báo đã hết thời hạn; gỡ để phụ huynh, học sinh không nhầm lẫn.",
        TakeDownGround.NoLongerAppropriate => "Ảnh trong bài có học sinh chưa được cha mẹ đồng ý cho đăng; gỡ bỏ.",
        _ => "Gỡ theo đề nghị của đơn vị cung cấp thông tin.",
    };

    /// <summary>The item's text as its provider first wrote it, with the event's end set against its timing.</summary>
    private ArticleContent Content(DemoPlan plan, DateTime createdLocal, DateTime? publishedLocal)
    {
        var text = plan.Text;
        var created = DateOnly.FromDateTime(createdLocal);
        DateOnly? eventEnd = null;
        if (text.IsEvent)
        {
            DateOnly? published = publishedLocal is { } at ? DateOnly.FromDateTime(at) : null;
            eventEnd = plan.Timing switch
            {
                // Published more than a week after the event: late for the reports (Điều 14.1, 16).
                EventTiming.PublishedLate when published is { } day => day.AddDays(-_random.Next(9, 14)),
                EventTiming.OverdueNow => _today.AddDays(-_random.Next(9, 15)),
                // Published within the week.
                _ when published is { } day => Max(created.AddDays(-_random.Next(0, 3)), day.AddDays(-_random.Next(2, 7))),
                // Still on its way and not late: the event ended in the last days.
                _ => Min(Max(created.AddDays(-_random.Next(0, 3)), _today.AddDays(-_random.Next(1, 6))), _today),
            };
        }
        var authorName = People.Single(p => p.UserName == plan.Author).FullName;
        var body = $"<p><strong>{Html(text.Summary)}</strong></p>\n<p>{Html(text.Detail)}</p>\n<p><em>{Html(authorName)} – {Html(plan.Unit)}</em></p>";
        return new ArticleContent(text.Title, text.Summary, body, text.Category, text.Kind, plan.Flags, eventEnd);
    }

    private WorkflowContext Context(string userName, DateTime local) =>
        new(_actors[userName], _options, _heads, TimeZoneInfo.ConvertTimeToUtc(local, _zone));

    /// <summary>
    /// The local time of the creation and of each step: the anchor step at <paramref name="anchorLocal"/>,
    /// the others before and after it by their gaps in working minutes, squeezed when the school year
    /// or the present leaves too little room, so that the history always runs forward and in the past.
    /// </summary>
    private DateTime[] Schedule(DateTime anchorLocal, int[] gaps, int anchor)
    {
        var times = new DateTime[gaps.Length + 1];
        var anchorAt = SnapBack(anchorLocal <= _latest ? anchorLocal : _latest);
        times[anchor + 1] = anchorAt;
        var before = gaps.Take(anchor + 1).Sum();
        var room = WorkingMinutes(_start, anchorAt);
        var squeeze = before > room ? room / (double)before : 1;
        for (var i = anchor; i >= 0; i--)
            times[i] = Back(times[i + 1], Math.Max(1, (int)(gaps[i] * squeeze)));
        var after = gaps.Skip(anchor + 1).Sum();
        var roomAfter = WorkingMinutes(anchorAt, _latest);
        var stretch = after > roomAfter ? roomAfter / (double)after : 1;
        for (var i = anchor + 2; i < times.Length; i++)
            times[i] = Forward(times[i - 1], Math.Max(1, (int)(gaps[i - 1] * stretch)));
        return times;
    }

    // ----- The working calendar: Monday to Saturday, 7:00 to 17:00 (schools teach on Saturdays) -----

    private static bool IsWorkDay(DateTime day) => day.DayOfWeek != DayOfWeek.Sunday;
    private static DateTime Open(DateTime day) => day.Date.AddMinutes(DayOpens);
    private static DateTime Close(DateTime day) => day.Date.AddMinutes(DayCloses);

    private static DateTime SnapBack(DateTime t)
    {
        if (IsWorkDay(t) && t >= Open(t))
            return t <= Close(t) ? t : Close(t);
        var day = t.Date.AddDays(-1);
        while (!IsWorkDay(day))
            day = day.AddDays(-1);
        return Close(day);
    }

    private static DateTime SnapForward(DateTime t)
    {
        if (IsWorkDay(t) && t <= Close(t))
            return t >= Open(t) ? t : Open(t);
        var day = t.Date.AddDays(1);
        while (!IsWorkDay(day))
            day = day.AddDays(1);
        return Open(day);
    }

    private static DateTime Back(DateTime t, int minutes)
    {
        t = SnapBack(t);
        while (true)
        {
            var room = (int)(t - Open(t)).TotalMinutes;
            if (minutes <= room)
                return t.AddMinutes(-minutes);
            minutes -= room;
            t = SnapBack(Open(t).AddMinutes(-1));
        }
    }

    private static DateTime Forward(DateTime t, int minutes)
    {
        t = SnapForward(t);
        while (true)
        {
            var room = (int)(Close(t) - t).TotalMinutes;
            if (minutes <= room)
                return t.AddMinutes(minutes);
            minutes -= room;
            t = SnapForward(Close(t).AddMinutes(1));
        }
    }

    private static int WorkingMinutes(DateTime from, DateTime to)
    {
        from = SnapForward(from);
        to = SnapBack(to);
        if (from >= to)
            return 0;
        if (from.Date == to.Date)
            return (int)(to - from).TotalMinutes;
        var minutes = (int)(Close(from) - from).TotalMinutes + (int)(to - Open(to)).TotalMinutes;
        for (var day = from.Date.AddDays(1); day < to.Date; day = day.AddDays(1))
            if (IsWorkDay(day))
                minutes += DayCloses - DayOpens;
        return minutes;
    }

    // ----- Small helpers -----

    private static string Pick(string[] values, int turn) => values[turn % values.Length];
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    // Only the markup characters: WebUtility.HtmlEncode would turn every Vietnamese letter into an entity,
    // which the revisions compare would then show word by word as unreadable text.
    private static string Html(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    /// <summary>The address the portal gives a post: its title without diacritics (đ → d), words joined by hyphens.</summary>
    public static string Slug(string title)
    {
        var plain = new StringBuilder();
        foreach (var c in title.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', words.Take(12));
    }
}
