using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Quotas;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Quotas;

/// <summary>A clock the test moves, in Vietnam's time zone (UTC+7).</summary>
internal sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => Vietnam;

    public static DateTimeOffset Local(int year, int month, int day, int hour = 9, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(7));
}

/// <summary>
/// A small school on real SQLite with the real migrations: four subject departments, the office,
/// the board, the school year 2026-2027 (usual frame), and items built by the item's own verbs at
/// chosen local times. Its clock stands at <see cref="Now"/> unless a test moves it.
/// </summary>
public sealed class QuotaWorld : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = MovableClock.Local(2027, 1, 20, 10);

    internal MovableClock Clock { get; } = new(Now);
    internal TestDatabase Database { get; private set; } = null!;
    public QuotaService Quotas => Database.Services.GetRequiredService<QuotaService>();
    public QuotaSettingsService Settings => Database.Services.GetRequiredService<QuotaSettingsService>();

    public int YearId { get; private set; }
    public Dictionary<string, int> Units { get; } = [];
    public Dictionary<string, string> People { get; } = [];
    private readonly Dictionary<string, WorkflowActor> _actors = [];

    public async Task InitializeAsync()
    {
        Database = TestDatabase.Create(Clock);
        await Database.InitializeAsync(demo: false);
        await using var db = await Database.Contexts.CreateDbContextAsync();
        var year = await db.SchoolYears.SingleAsync();
        YearId = year.Id;
        var order = 0;
        foreach (var (name, kind) in new[]
                 {
                     ("Toán", UnitKind.SubjectDepartment), ("Văn", UnitKind.SubjectDepartment),
                     ("Lý", UnitKind.SubjectDepartment), ("Hóa", UnitKind.SubjectDepartment), ("Văn phòng", UnitKind.Office),
                 })
        {
            var unit = new Unit(name, kind, ++order);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            Units[name] = unit.Id;
        }
        (string UserName, string? Unit, Role[] Roles)[] people =
        [
            ("gv.toan", "Toán", []), ("gv.van", "Văn", []), ("gv.ly", "Lý", []), ("gv.hoa", "Hóa", []), ("vp", "Văn phòng", []),
            ("tt.toan", "Toán", [Role.DepartmentHead]),
            ("btv", "Văn", [Role.Editor]), ("truongban", null, [Role.BoardHead]), ("thuky", "Lý", [Role.BoardSecretary]),
            ("hieutruong", null, [Role.Principal]),
        ];
        foreach (var (userName, unit, roles) in people)
        {
            var person = new Person { UserName = userName, FullName = $"Người {userName}", UnitId = unit is null ? null : Units[unit] };
            db.Users.Add(person);
            foreach (var role in roles)
                db.RoleAssignments.Add(new RoleAssignment(person.Id, YearId, role));
            People[userName] = person.Id;
            var all = roles.ToHashSet();
            if (unit is not null)
                all.Add(Role.DepartmentMember);
            _actors[userName] = new WorkflowActor(person.Id, all, unit is null ? null : Units[unit]);
        }
        await db.SaveChangesAsync();
        await BuildStoryAsync();
    }

    public string Id(string userName) => People[userName];

    /// <summary>
    /// The year so far (now: 20 January 2027, semester II from the 18th).
    /// Toán:  Sep nothing · Oct one at 23:59 on the 31st · Nov one at 00:00:30 on the 1st · Dec only an item
    ///        of a kind that does not count · Jan one awaiting approval.
    /// Văn:   Sep one, taken down on 2 Oct · Oct a new one (re-published) · Nov one refused and one sent on
    ///        25 Nov but published on 3 Dec · Dec that one · Jan a draft only.
    /// Lý:    target 2 from December, 0 from February · Nov one · Dec one · Jan two.
    /// Hóa:   nothing published; one approved now.
    /// Văn phòng (no target): one activity report in October.
    /// </summary>
    private async Task BuildStoryAsync()
    {
        await PublishAsync("Toán", "gv.toan", Local(2026, 10, 31, 23, 59), title: "Toán tháng 10, phút cuối");
        await PublishAsync("Toán", "gv.toan", Local(2026, 11, 1, 0, 0, 30), title: "Toán tháng 11, phút đầu");
        await PublishAsync("Toán", "gv.toan", Local(2026, 12, 10), kind: ArticleKind.Other, title: "Toán: thông báo lịch thi");
        await InWorkflowAsync("Toán", "gv.toan", ArticleState.AwaitingApproval, Local(2027, 1, 15), "Toán tháng 1, chờ duyệt");

        await PublishAsync("Văn", "gv.van", Local(2026, 9, 15), takenDown: Local(2026, 10, 2), title: "Văn tháng 9, đã gỡ");
        await PublishAsync("Văn", "gv.van", Local(2026, 10, 20), title: "Văn tháng 10, đăng lại");
        await InWorkflowAsync("Văn", "gv.van", ArticleState.Refused, Local(2026, 11, 10), "Văn tháng 11, bị từ chối");
        await PublishAsync("Văn", "gv.van", Local(2026, 12, 3), submitted: Local(2026, 11, 25), title: "Văn gửi tháng 11, đăng tháng 12");
        await InWorkflowAsync("Văn", "gv.van", ArticleState.Draft, Local(2027, 1, 12), "Văn tháng 1, bản nháp");

        await PublishAsync("Lý", "gv.ly", Local(2026, 11, 5), title: "Lý tháng 11");
        await PublishAsync("Lý", "gv.ly", Local(2026, 12, 5), title: "Lý tháng 12");
        await PublishAsync("Lý", "gv.ly", Local(2027, 1, 5), title: "Lý tháng 1 (a)", kind: ArticleKind.ProfessionalTopic);
        await PublishAsync("Lý", "gv.ly", Local(2027, 1, 6), title: "Lý tháng 1 (b)");
        await using (var db = await Database.Contexts.CreateDbContextAsync())
        {
            // Set back then, when December and February were still ahead.
            db.QuotaTargets.Add(new QuotaTarget(Units["Lý"], new DateOnly(2026, 12, 1), 2, Id("thuky"), Utc(Local(2026, 11, 20))));
            db.QuotaTargets.Add(new QuotaTarget(Units["Lý"], new DateOnly(2027, 2, 1), 0, Id("thuky"), Utc(Local(2027, 1, 10))));
            await db.SaveChangesAsync();
        }

        await InWorkflowAsync("Hóa", "gv.hoa", ArticleState.Approved, Local(2027, 1, 19), "Hóa tháng 1, đã duyệt");
        await PublishAsync("Văn phòng", "vp", Local(2026, 10, 8), title: "Văn phòng: hoạt động tháng 10");
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour = 9, int minute = 0, int second = 0) =>
        MovableClock.Local(year, month, day, hour, minute, second);

    private static DateTime Utc(DateTimeOffset local) => local.UtcDateTime;

    private WorkflowContext As(string userName, DateTimeOffset at) =>
        new(_actors[userName], new WorkflowOptions(), new HashSet<string> { Id("truongban") }, Utc(at));

    private static ArticleContent Content(string title, ArticleKind kind) =>
        new(title, "Tóm tắt.", "<p>Nội dung.</p>",
            kind == ArticleKind.ProfessionalTopic ? ArticleCategory.ProfessionalTopics : ArticleCategory.News, kind);

    /// <summary>
    /// An item of <paramref name="unit"/> walked from draft to published at <paramref name="published"/>
    /// (local), submitted at <paramref name="submitted"/> (default: an hour earlier), taken down at <paramref name="takenDown"/>.
    /// </summary>
    public async Task<int> PublishAsync(
        string unit, string author, DateTimeOffset published, string title, ArticleKind kind = ArticleKind.ActivityReport,
        DateTimeOffset? submitted = null, DateTimeOffset? takenDown = null)
    {
        var start = submitted ?? published.AddHours(-1);
        var article = Article.CreateDraft(Units[unit], Content(title, kind), As(author, start.AddMinutes(-5)));
        article.Submit(As(author, start));
        article.Take(As("btv", start.AddMinutes(1)));
        article.SendForApproval(As("btv", start.AddMinutes(2)));
        article.Approve(As("truongban", start.AddMinutes(3)));
        article.Publish(As("thuky", published), "https://truong.edu.vn/tin/" + Guid.NewGuid().ToString("N"),
            uncheckedReason: "Dữ liệu dựng tay cho chỉ tiêu: bảng kiểm không phải điều được thử ở đây.");
        if (takenDown is { } down)
            article.TakeDown(As("truongban", down), TakeDownGround.NoLongerTimely, "Tin đã cũ.");
        return await SaveAsync(article);
    }

    /// <summary>An item left in <paramref name="state"/> (draft to approved, or refused by the editor) at <paramref name="at"/>.</summary>
    public async Task<int> InWorkflowAsync(string unit, string author, ArticleState state, DateTimeOffset at, string title)
    {
        var article = Article.CreateDraft(Units[unit], Content(title, ArticleKind.ActivityReport), As(author, at.AddMinutes(-10)));
        if (state != ArticleState.Draft)
        {
            article.Submit(As(author, at.AddMinutes(-5)));
            if (state != ArticleState.Submitted)
                article.Take(As("btv", at.AddMinutes(-4)));
            if (state == ArticleState.Refused)
                article.Refuse(As("btv", at), RefusalGround.InsufficientQuality, "Bài chưa đạt.");
            else if (state is ArticleState.AwaitingApproval or ArticleState.Approved)
                article.SendForApproval(As("btv", at.AddMinutes(-3)));
            if (state == ArticleState.Approved)
                article.Approve(As("truongban", at));
        }
        Assert.Equal(state, article.State);
        return await SaveAsync(article);
    }

    private async Task<int> SaveAsync(Article article)
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    async Task IAsyncLifetime.DisposeAsync() => await Database.DisposeAsync();
}
