using System.Diagnostics;
using EditorialHub.Core;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Benchmarks;

/// <summary>
/// How long the list pages take with 20,000 items (issue 4, "paging that stays fast with ten years of
/// items"). Fills a real SQLite database, migrated by the real migrations and holding the demo school,
/// with 20,000 items built by the item's own verbs over ten years, then times
/// <see cref="ArticleService.ListAsync"/> with each list page's filter, as the person who opens it:
/// median of 15 runs after 3 warm-up runs. Usage: dotnet run -c Release --project EditorialHub.Benchmarks -- list-pages [items]
/// </summary>
public static class ListPagesBenchmark
{
    private const int WarmUp = 3;
    private const int Runs = 15;

    // Documents need their particulars (number, issuer…) to be sent on; the rest are enough for lists.
    private static readonly ArticleCategory[] Categories =
        [ArticleCategory.News, ArticleCategory.News, ArticleCategory.News, ArticleCategory.ProfessionalTopics, ArticleCategory.Plans,
         ArticleCategory.Introduction, ArticleCategory.Direction, ArticleCategory.PublicServices];

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 20_000;
        var directory = BenchmarkHost.NewDirectory();
        await using var provider = CoreHost.Build(directory);
        try
        {
            await CoreHost.InitializeAsync(provider, demo: true);
            var contexts = provider.GetRequiredService<IDbContextFactory<EditorialDbContext>>();
            var people = await PeopleAsync(contexts);
            var fill = Stopwatch.StartNew();
            await FillAsync(contexts, provider.GetRequiredService<BoardDirectory>(), people, count);
            Console.WriteLine($"Filled {count:N0} items in {fill.Elapsed.TotalSeconds:F1} s ({directory}).");
            await using (var db = await contexts.CreateDbContextAsync())
                Console.WriteLine($"Items in the database: {await db.Articles.CountAsync():N0}; history rows: {await db.ArticleTransitions.CountAsync():N0}.");

            var articles = provider.GetRequiredService<ArticleService>();
            var maths = await UnitOfAsync(contexts, people["gv.toan1"]);
            var lists = new (string Page, string Who, ArticleFilter Filter, PageRequest Page0)[]
            {
                ("/submissions (own unit)", "gv.toan1", new ArticleFilter(UnitId: maths), new PageRequest()),
                ("/editing: waiting", "btv.toan", new ArticleFilter(States: [ArticleState.Submitted]), new PageRequest()),
                ("/editing: mine", "btv.toan", new ArticleFilter(States: [ArticleState.Editing, ArticleState.CorrectionEditing], HeldByMe: true), new PageRequest()),
                ("/approvals (my level)", "phoban", new ArticleFilter(States: [ArticleState.AwaitingApproval, ArticleState.CorrectionAwaitingApproval], AtMyApprovalLevel: true), new PageRequest()),
                ("/publishing", "thuky", new ArticleFilter(States: [ArticleState.Approved, ArticleState.CorrectionApproved]), new PageRequest()),
                ("/published: requests", "truongban", new ArticleFilter(States: [ArticleState.Published], PendingTakeDownRequest: true), new PageRequest()),
                ("/published: all (teacher)", "gv.van1", new ArticleFilter(States: [.. ArticleStates.OnPortal, ArticleState.TakenDown]), new PageRequest()),
                ("/published: page 400", "gv.van1", new ArticleFilter(States: [.. ArticleStates.OnPortal, ArticleState.TakenDown]), new PageRequest(400, 20)),
                ("/published: search \"hội giảng\" (two words)", "gv.van1", new ArticleFilter(States: [.. ArticleStates.OnPortal, ArticleState.TakenDown], Search: "hội giảng"), new PageRequest()),
                ("/published: search \"trường\" (common word)", "gv.van1", new ArticleFilter(States: [.. ArticleStates.OnPortal, ArticleState.TakenDown], Search: "trường"), new PageRequest()),
                ("/published: search \"mường\" (rare word)", "gv.van1", new ArticleFilter(States: [.. ArticleStates.OnPortal, ArticleState.TakenDown], Search: "mường"), new PageRequest()),
                ("/published: search \"hoi giang\" (no diacritics)", "gv.van1", new ArticleFilter(States: [.. ArticleStates.OnPortal, ArticleState.TakenDown], Search: "hoi giang"), new PageRequest()),
                ("/published: search \"HỌC SINH GIỎI\" (capitals)", "gv.van1", new ArticleFilter(States: [.. ArticleStates.OnPortal, ArticleState.TakenDown], Search: "HỌC SINH GIỎI"), new PageRequest()),
                ("/published: search \"chi tiết\" (body only)", "gv.van1", new ArticleFilter(States: [.. ArticleStates.OnPortal, ArticleState.TakenDown], Search: "chi tiết"), new PageRequest()),
                ("/submissions: search \"hoi giang\"", "gv.toan1", new ArticleFilter(UnitId: maths, Search: "hoi giang"), new PageRequest()),
                ("/approvals: search \"ke hoach\"", "phoban", new ArticleFilter(States: [ArticleState.AwaitingApproval, ArticleState.CorrectionAwaitingApproval], AtMyApprovalLevel: true, Search: "ke hoach"), new PageRequest()),
                ("/published: category News", "gv.van1", new ArticleFilter(States: [.. ArticleStates.OnPortal, ArticleState.TakenDown], Category: ArticleCategory.News), new PageRequest()),
                ("any list: only overdue (head)", "truongban", new ArticleFilter(OnlyOverdue: true), new PageRequest()),
            };
            Console.WriteLine();
            Console.WriteLine($"| list (filter) | as | rows matching | median of {Runs} (ms) | slowest (ms) |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (page, who, filter, request) in lists)
            {
                var times = new List<double>();
                var total = 0;
                for (var run = 0; run < WarmUp + Runs; run++)
                {
                    var watch = Stopwatch.StartNew();
                    var result = await articles.ListAsync(people[who], filter, request);
                    watch.Stop();
                    total = result.TotalCount;
                    if (run >= WarmUp)
                        times.Add(watch.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                Console.WriteLine($"| {page} | {who} | {total:N0} | {times[times.Count / 2]:F1} | {times[^1]:F1} |");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<Dictionary<string, string>> PeopleAsync(IDbContextFactory<EditorialDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.ToDictionaryAsync(p => p.UserName!, p => p.Id);
    }

    private static async Task<int> UnitOfAsync(IDbContextFactory<EditorialDbContext> contexts, string personId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Users.Where(p => p.Id == personId).Select(p => p.UnitId!.Value).SingleAsync();
    }

    /// <summary>
    /// Ten years of items by the real verbs: most published, some taken down or refused, and a few
    /// hundred at every stage of the workflow, spread over the units and their teachers.
    /// </summary>
    private static async Task FillAsync(
        IDbContextFactory<EditorialDbContext> contexts, BoardDirectory board, Dictionary<string, string> people, int count)
    {
        var random = new Random(20261122);
        List<(string Id, int Unit)> writers;
        await using (var db = await contexts.CreateDbContextAsync())
            writers = (await db.Users.Where(p => p.UnitId != null).Select(p => new { p.Id, p.UnitId }).ToListAsync())
                .Select(p => (p.Id, p.UnitId!.Value)).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var heads = await board.HoldersOnAsync(Role.BoardHead, today);
        var options = new WorkflowOptions();
        WorkflowActor Actor(string userName, params Role[] roles) => new(people[userName], roles.ToHashSet(), null);
        var editor = Actor("btv.toan", Role.Editor);
        var head = Actor("truongban", Role.BoardHead);
        var secretary = Actor("thuky", Role.BoardSecretary);
        string[] topics = ["Hội giảng chào mừng ngày Nhà giáo Việt Nam", "Ngoại khóa Văn học dân gian", "Kết quả thi học sinh giỏi cấp trường",
            "Kế hoạch ôn tập thi tốt nghiệp", "Chuyên đề đổi mới phương pháp dạy học", "Hoạt động trải nghiệm hướng nghiệp", "Giải bóng đá học sinh"];
        var start = DateTime.UtcNow.AddYears(-10);
        var batch = new List<Article>();
        for (var i = 0; i < count; i++)
        {
            var (writerId, unit) = writers[random.Next(writers.Count)];
            var writer = new WorkflowActor(writerId, new HashSet<Role> { Role.DepartmentMember }, unit);
            var at = start.AddMinutes(random.Next(0, 10 * 365 * 24 * 60));
            WorkflowContext As(WorkflowActor actor) { at = at.AddMinutes(random.Next(5, 600)); return new(actor, options, heads, at); }
            var topic = topics[random.Next(topics.Length)];
            // One item in a thousand tells of a rare place, for the rare-word search.
            var rare = i % 1000 == 7 ? " Giao lưu với bản Mường." : "";
            var content = new ArticleContent($"{topic} – tin số {i + 1}", $"Tóm tắt: {topic.ToLowerInvariant()}.{rare}",
                $"<p>{topic} của trường, năm học {at.Year}–{at.Year + 1}. Nội dung chi tiết số {i + 1}.</p>",
                Categories[random.Next(Categories.Length)],
                ArticleKind.ActivityReport, ArticleFlags.None, DateOnly.FromDateTime(at));
            var article = Article.CreateDraft(unit, content, As(writer));
            // The last few hundred are still on their way; everything older reached an end.
            var stage = i >= count - 600 ? random.Next(6) : 6 + random.Next(20);
            if (stage > 0)
                article.Submit(As(writer));
            if (stage > 1)
                article.Take(As(editor));
            if (stage > 2)
                article.SendForApproval(As(editor));
            if (stage > 3 && stage != 6)
                article.Approve(As(head));
            if (stage == 6)
                article.Refuse(As(head), RefusalGround.InsufficientQuality, "Chưa đạt chất lượng.");
            if (stage > 6)
                article.Publish(As(secretary), $"https://thpt-lequydon.edu.vn/tin/{i + 1}");
            if (stage == 7)
                article.TakeDown(As(head), TakeDownGround.NoLongerTimely, "Tin đã cũ.");
            if (stage == 8)
                article.RequestTakeDown(As(writer), TakeDownGround.ProviderAsked, "Tổ đề nghị gỡ.");
            batch.Add(article);
            if (batch.Count == 1000 || i == count - 1)
            {
                await using var db = await contexts.CreateDbContextAsync();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                db.Articles.AddRange(batch);
                await db.SaveChangesAsync();
                batch.Clear();
            }
        }
    }
}
