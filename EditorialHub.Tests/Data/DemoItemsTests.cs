using System.Diagnostics;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data.Demo;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EditorialHub.Tests.Data;

/// <summary>The demo school loaded once on real SQLite, on 21 November 2026 at 9:00 in Hà Nội.</summary>
public sealed class DemoItemsFixture : IAsyncLifetime
{
    internal static readonly FixedClock Clock = FixedClock.At(2026, 11, 21);
    internal TestDatabase Database { get; private set; } = null!;
    public TimeSpan LoadTime { get; private set; }
    /// <summary>This school year's items (from 5 September 2026).</summary>
    public List<Article> Articles { get; private set; } = [];
    public List<ArticleTransition> Transitions { get; private set; } = [];
    public List<ArticleRevision> Revisions { get; private set; } = [];
    /// <summary>Last school year's items (2025-2026, over).</summary>
    public List<Article> YearOver { get; private set; } = [];
    public List<ArticleTransition> YearOverTransitions { get; private set; } = [];
    internal static readonly DateTime YearOpensUtc = new(2026, 9, 5, 0, 0, 0, DateTimeKind.Utc);
    public Dictionary<int, Unit> Units { get; private set; } = [];
    public Dictionary<string, string> UserNames { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Database = TestDatabase.Create(Clock);
        var watch = Stopwatch.StartNew();
        await Database.InitializeAsync(demo: true);
        LoadTime = watch.Elapsed;

        await using var db = await Database.Contexts.CreateDbContextAsync();
        var all = await db.Articles.AsNoTracking().Include(a => a.Editors).ToListAsync();
        var transitions = await db.ArticleTransitions.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        Articles = all.Where(a => a.CreatedAtUtc >= YearOpensUtc).ToList();
        YearOver = all.Except(Articles).ToList();
        var current = Articles.Select(a => a.Id).ToHashSet();
        Transitions = transitions.Where(t => current.Contains(t.ArticleId)).ToList();
        YearOverTransitions = transitions.Where(t => !current.Contains(t.ArticleId)).ToList();
        Revisions = (await db.ArticleRevisions.AsNoTracking().OrderBy(r => r.Id).ToListAsync()).Where(r => current.Contains(r.ArticleId)).ToList();
        Units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        UserNames = await db.Users.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.UserName!);
    }

    public string Id(string userName) => UserNames.Single(pair => pair.Value == userName).Key;

    async Task IAsyncLifetime.DisposeAsync() => await Database.DisposeAsync();
}

public sealed class DemoItemsTests(DemoItemsFixture fixture, ITestOutputHelper output) : IClassFixture<DemoItemsFixture>
{
    private static readonly TimeZoneInfo Vietnam = DemoItemsFixture.Clock.LocalTimeZone;
    private static readonly DateTime NowUtc = DemoItemsFixture.Clock.GetUtcNow().UtcDateTime;
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static DateOnly LocalMonth(DateTime utc)
    {
        var day = Deadlines.LocalDay(utc, Vietnam);
        return new DateOnly(day.Year, day.Month, 1);
    }

    [Fact]
    public void Load_Completes_WithASchoolYearOfItems()
    {
        // Not a timed assertion: the figure is written out for the record (issue 4 asks it stay well under 3 s).
        output.WriteLine($"Demo school loaded in {fixture.LoadTime.TotalMilliseconds:F0} ms: " +
            $"{fixture.Articles.Count} items, {fixture.Transitions.Count} transitions, {fixture.Revisions.Count} revisions.");
        Assert.InRange(fixture.Articles.Count, 120, 200);
    }

    [Fact]
    public async Task Load_Timings_ForTheRecord()
    {
        // The fixture's figure is a cold start (first context, model and migrations in the process);
        // these are the same load warm, and the items alone without the database.
        await using var database = TestDatabase.Create(DemoItemsFixture.Clock);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await database.InitializeAsync(demo: true);
        var warm = watch.Elapsed;
        process.Refresh();
        // CPU time stays meaningful when other builds share the machine's two cores; wall time does not.
        var warmCpu = process.TotalProcessorTime - cpu;

        var people = DemoStaff.People.ToDictionary(p => p.UserName, p => p.UserName);
        var units = DemoStaff.Units.Select((u, i) => (u.Name, Id: i + 1)).ToDictionary(u => u.Name, u => u.Id);
        watch.Restart();
        var items = DemoItems.Build(new DateOnly(2026, 9, 5), Today, NowUtc, Vietnam, people, units);
        var build = watch.Elapsed;

        output.WriteLine($"cold {fixture.LoadTime.TotalMilliseconds:F0} ms, warm {warm.TotalMilliseconds:F0} ms " +
            $"(CPU {warmCpu.TotalMilliseconds:F0} ms, load average {LoadAverage()}), " +
            $"building {items.Count} items {build.TotalMilliseconds:F0} ms");
        Assert.Equal(fixture.Articles.Count, items.Count);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    [Fact]
    public void Items_EveryStatePresent()
    {
        foreach (var state in Enum.GetValues<ArticleState>())
            Assert.True(fixture.Articles.Any(a => a.State == state), $"no item in state {state}");
        foreach (var level in Enum.GetValues<ApprovalLevel>())
            Assert.Contains(fixture.Articles, a => a.State == ArticleState.AwaitingApproval && a.ApprovalLevel == level);
        Assert.Contains(fixture.Articles, a => a.State == ArticleState.Published && a.HasPendingTakeDownRequest);
        Assert.True(fixture.Articles.Count(a => a.State == ArticleState.Published) >= 60);
    }

    [Fact]
    public void Items_EveryRefusalAndTakeDownGroundPresent()
    {
        foreach (var ground in Enum.GetValues<RefusalGround>())
            Assert.Contains(fixture.Articles, a => a.State == ArticleState.Refused && a.RefusalGround == ground);
        foreach (var ground in Enum.GetValues<TakeDownGround>())
            Assert.Contains(fixture.Articles, a => a.State == ArticleState.TakenDown && a.TakeDownGround == ground);
        // Refusals and take-downs carry their notes in the history (Điều 12.4, 15).
        Assert.All(fixture.Transitions.Where(t => t.Action is ArticleAction.Refuse or ArticleAction.TakeDown),
            t => Assert.False(string.IsNullOrWhiteSpace(t.Note)));
        Assert.Contains(fixture.Transitions, t => t.Action == ArticleAction.DeclineTakeDown);
        Assert.Contains(fixture.Transitions, t => t.Action == ArticleAction.GrantTakeDown);
    }

    [Fact]
    public void Quota_SubjectDepartmentsMeetMostPastMonths_AFewMiss_CurrentMonthPartlyPending()
    {
        var departments = fixture.Units.Values.Where(u => u.Kind == UnitKind.SubjectDepartment).ToList();
        var currentMonth = new DateOnly(2026, 11, 1);
        List<DateOnly> pastMonths = [new(2026, 9, 1), new(2026, 10, 1)];
        // Điều 13.3: an activity report or professional topic published in the month, for the unit that sent it.
        bool Counts(Article a, int unitId, DateOnly month) =>
            a.UnitId == unitId && a.PublishedAtUtc is { } published && LocalMonth(published) == month
            && a.Kind is ArticleKind.ActivityReport or ArticleKind.ProfessionalTopic;

        var missed = 0;
        foreach (var department in departments)
        {
            var met = pastMonths.Count(month => fixture.Articles.Any(a => Counts(a, department.Id, month)));
            output.WriteLine($"{department.Name}: met {met} of {pastMonths.Count} past months");
            Assert.True(met * 2 >= pastMonths.Count, $"{department.Name} meets only {met} months");
            missed += pastMonths.Count - met;
        }
        Assert.InRange(missed, 1, departments.Count * pastMonths.Count / 4);

        var metNow = departments.Count(d => fixture.Articles.Any(a => Counts(a, d.Id, currentMonth)));
        var pendingNow = departments.Count(d => !fixture.Articles.Any(a => Counts(a, d.Id, currentMonth))
            && fixture.Articles.Any(a => a.UnitId == d.Id && a.Kind != ArticleKind.Other
                && a.State is ArticleState.Submitted or ArticleState.Editing or ArticleState.AwaitingApproval or ArticleState.Approved));
        Assert.InRange(metNow, 1, departments.Count - 2);
        Assert.True(pendingNow >= 2, $"only {pendingNow} departments pending this month");
        Assert.True(metNow + pendingNow < departments.Count, "some department should have nothing on its way yet");
    }

    [Fact]
    public void Titles_NeverTheSameTwiceInAYear()
    {
        // A unit writing more often than its texts reuses one with the month added, never a title already there.
        foreach (var year in new[] { fixture.Articles, fixture.YearOver })
        {
            var repeated = year.GroupBy(a => a.Title).Where(g => g.Count() > 1).Select(g => $"{g.Key} ×{g.Count()}").ToList();
            Assert.True(repeated.Count == 0, string.Join("; ", repeated));
        }
    }

    [Fact]
    public void YearOver_EveryItemDecided_DepartmentsMeetMostMonths_WithinItsYear()
    {
        // 2025-2026: 5 September 2025 to 31 May 2026, seen a week after it ended.
        var opens = new DateTime(2025, 9, 4, 17, 0, 0, DateTimeKind.Utc);
        var seen = new DateTime(2026, 6, 8, 10, 0, 0, DateTimeKind.Utc);
        Assert.InRange(fixture.YearOver.Count, 100, 260);
        Assert.All(fixture.YearOver, a => Assert.Contains(a.State, new[] { ArticleState.Published, ArticleState.Refused, ArticleState.TakenDown }));
        Assert.DoesNotContain(fixture.YearOver, a => a.HasPendingTakeDownRequest);
        Assert.All(fixture.YearOverTransitions, t => Assert.InRange(t.AtUtc, opens, seen));
        Assert.Contains(fixture.YearOver, a => a.State == ArticleState.TakenDown);
        Assert.Contains(fixture.YearOverTransitions, t => t.Action == ArticleAction.ReturnToEditor);

        // Each subject department met most of the nine months; a few months were missed.
        List<DateOnly> months = [.. Enumerable.Range(0, 9).Select(i => new DateOnly(2025, 9, 1).AddMonths(i))];
        var missed = 0;
        foreach (var department in fixture.Units.Values.Where(u => u.Kind == UnitKind.SubjectDepartment))
        {
            var met = months.Count(month => fixture.YearOver.Any(a =>
                a.UnitId == department.Id && a.PublishedAtUtc is { } published && LocalMonth(published) == month
                && a.Kind is ArticleKind.ActivityReport or ArticleKind.ProfessionalTopic));
            Assert.True(met >= 6, $"{department.Name} met only {met} months last year");
            missed += months.Count - met;
        }
        Assert.InRange(missed, 3, 20);
        // An event held every year keeps one portal address per year.
        var addresses = fixture.YearOver.Concat(fixture.Articles).Where(a => a.PortalUrl is not null).Select(a => a.PortalUrl).ToList();
        Assert.Equal(addresses.Count, addresses.Distinct().Count());
    }

    [Fact]
    public void History_InThePast_OrderedPerItem_ConsistentWithTheItem()
    {
        var byArticle = fixture.Transitions.GroupBy(t => t.ArticleId).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var article in fixture.Articles)
        {
            var history = byArticle.GetValueOrDefault(article.Id) ?? [];
            var times = history.Select(t => t.AtUtc).Prepend(article.CreatedAtUtc).ToList();
            for (var i = 1; i < times.Count; i++)
                Assert.True(times[i - 1] < times[i], $"item {article.Id}: step {i} at {times[i]:u} is not after {times[i - 1]:u}");
            Assert.True(times[^1] < NowUtc, $"item {article.Id} has a step in the future");
            Assert.Equal(times[^1], article.UpdatedAtUtc);
            // Each step starts where the previous one ended.
            var state = ArticleState.Draft;
            foreach (var step in history)
            {
                Assert.Equal(state, step.From);
                state = step.To;
            }
            Assert.Equal(article.State, state);
            // Submitted, then approved, then published.
            if (article.ApprovedAtUtc is { } approved)
                Assert.True(article.SubmittedAtUtc < approved, $"item {article.Id} approved before it was submitted");
            // A correction is approved again after the first publication, so the first approval is the one to compare.
            if (article.PublishedAtUtc is { } published)
                Assert.True(history.First(t => t.Action == ArticleAction.Approve).AtUtc < published,
                    $"item {article.Id} published before it was approved");
            if (article.TakenDownAtUtc is { } takenDown)
                Assert.True(article.PublishedAtUtc < takenDown);
            // Nothing before the school year opened (5 September, 7:00 in Hà Nội).
            Assert.True(article.CreatedAtUtc >= DemoItemsFixture.YearOpensUtc);
        }
        var revisions = fixture.Revisions.GroupBy(r => r.ArticleId);
        foreach (var item in revisions)
        {
            Assert.Equal(Enumerable.Range(1, item.Count()), item.Select(r => r.Number));
            Assert.True(item.Select(r => r.AtUtc).SequenceEqual(item.Select(r => r.AtUtc).Order()));
        }
    }

    [Fact]
    public void Items_RevisionsReturnsAndHeadApprovals_AsANewcomerShouldSeeThem()
    {
        Assert.True(fixture.Articles.Count(a => a.RevisionNumber >= 3) >= 5, "some items edited twice");
        Assert.Contains(fixture.Transitions, t => t.Action == ArticleAction.ReturnToProvider && t.Note is not null);
        Assert.Contains(fixture.Transitions, t => t.Action == ArticleAction.ReturnToEditor && t.Note is not null);
        Assert.Contains(fixture.Transitions, t => t.Action == ArticleAction.Escalate);
        // Bodies are readable HTML: Vietnamese letters as they are, not as character entities.
        Assert.All(fixture.Articles, a => Assert.DoesNotContain("&#", a.Body));
        // Flagged items are approved by the head (Điều 12.2).
        var head = fixture.Id("truongban");
        var flaggedApproved = fixture.Articles.Where(a => a.Flags != ArticleFlags.None && a.ApprovedById is not null).ToList();
        Assert.NotEmpty(flaggedApproved);
        Assert.All(flaggedApproved, a => Assert.Equal(head, a.ApprovedById));
        // Four eyes held throughout: no approver wrote or edited what they approved.
        Assert.All(fixture.Articles.Where(a => a.ApprovedById is not null),
            a => Assert.False(a.IsAuthorOrEditor(a.ApprovedById!)));
        // Only the secretary publishes.
        Assert.All(fixture.Articles.Where(a => a.PublishedById is not null), a => Assert.Equal(fixture.Id("thuky"), a.PublishedById));
    }

    [Fact]
    public void Events_SomePublishedLate_SomeOverdueNow_SomeApprovedItemsOverdue()
    {
        var statuses = fixture.Articles.Select(a => (Article: a, Status: Deadlines.Evaluate(
            a.State, a.EventEndDate, a.ApprovedAtUtc, a.PublishedAtUtc, NowUtc, 2, Vietnam))).ToList();

        Assert.Contains(statuses, s => s.Status.PublishedLate);
        Assert.Contains(statuses, s => s.Article.EventEndDate is not null && s.Article.PublishedAtUtc is not null && !s.Status.PublishedLate);
        Assert.Contains(statuses, s => s.Status.Overdue.HasFlag(OverdueReasons.EventNotPublished));
        Assert.Contains(statuses, s => s.Status.Overdue.HasFlag(OverdueReasons.ApprovedNotPublished));
        Assert.Contains(statuses, s => s.Article.State == ArticleState.Approved && !s.Status.IsOverdue);
        Assert.All(fixture.Articles.Where(a => a.EventEndDate is not null), a => Assert.True(a.EventEndDate <= Today));
    }

    [Fact]
    public async Task ArticleService_MarksAndFiltersTheOverdueDemoItems()
    {
        var articles = fixture.Database.Services.GetRequiredService<ArticleService>();
        var expected = fixture.Articles
            .Where(a => Deadlines.Evaluate(a.State, a.EventEndDate, a.ApprovedAtUtc, a.PublishedAtUtc, NowUtc, 2, Vietnam).IsOverdue
                && a.State != ArticleState.Draft)
            .Select(a => a.Id).Order().ToList();

        var overdue = await articles.ListAsync(fixture.Id("truongban"), new ArticleFilter(OnlyOverdue: true), new PageRequest(0, 500));
        var all = await articles.ListAsync(fixture.Id("truongban"), new ArticleFilter(), new PageRequest(0, 500));
        var details = await articles.GetAsync(expected[0], fixture.Id("truongban"));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, overdue.Items.Select(i => i.Id).Order().ToList());
        Assert.All(overdue.Items, i => Assert.True(i.IsOverdue));
        Assert.Equal(expected, all.Items.Where(i => i.IsOverdue).Select(i => i.Id).Order().ToList());
        Assert.True(details.IsOverdue);
        Assert.NotNull(details.DueAtUtc);
        Assert.Contains(all.Items, i => i.PublishedLate);
    }

    [Fact]
    public void Build_SameInputs_SameItems()
    {
        var people = DemoStaff.People.ToDictionary(p => p.UserName, p => p.UserName);
        var units = DemoStaff.Units.Select((u, i) => (u.Name, Id: i + 1)).ToDictionary(u => u.Name, u => u.Id);
        string Describe(Article a) =>
            $"{a.Title}|{a.State}|{a.UnitId}|{a.AuthorId}|{a.CreatedAtUtc:O}|{a.UpdatedAtUtc:O}|{a.EventEndDate}|" +
            string.Join(",", a.Transitions.Select(t => $"{t.Action}@{t.AtUtc:O}"));

        var first = DemoItems.Build(new DateOnly(2026, 9, 5), Today, NowUtc, Vietnam, people, units).Select(Describe).ToList();
        var second = DemoItems.Build(new DateOnly(2026, 9, 5), Today, NowUtc, Vietnam, people, units).Select(Describe).ToList();

        Assert.Equal(first, second);
    }

    // The demo loads on whatever day the school first starts it: a whole year, or its first days.
    [Theory]
    [InlineData(2027, 5, 20)]
    [InlineData(2026, 9, 8)]
    [InlineData(2026, 12, 1)]
    [InlineData(2027, 7, 15)]
    public void Build_AnyDayOfTheYear_EveryStepInThePastAndInOrder(int year, int month, int day)
    {
        var people = DemoStaff.People.ToDictionary(p => p.UserName, p => p.UserName);
        var units = DemoStaff.Units.Select((u, i) => (u.Name, Id: i + 1)).ToDictionary(u => u.Name, u => u.Id);
        var today = new DateOnly(year, month, day);
        var now = FixedClock.At(year, month, day, 10).GetUtcNow().UtcDateTime;

        var items = DemoItems.Build(SchoolYear.UsualFrameFor(today).Starts, today, now, Vietnam, people, units);

        Assert.InRange(items.Count, 50, 240);
        Assert.All(items, a =>
        {
            var times = a.Transitions.Select(t => t.AtUtc).Prepend(a.CreatedAtUtc).ToList();
            Assert.True(times.Zip(times.Skip(1)).All(pair => pair.First < pair.Second), a.Title);
            Assert.True(times[^1] < now, a.Title);
        });
    }
}
