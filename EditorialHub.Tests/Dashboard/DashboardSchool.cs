using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Tests.Dashboard;

/// <summary>
/// A small school on real SQLite (real migrations) whose items are built by hand, by the item's own
/// verbs at chosen local times, so every figure of the dashboard can be worked out on paper.
/// Today is Saturday 21 November 2026, 09:00 in Hà Nội.
/// </summary>
internal sealed class DashboardSchool : IAsyncDisposable
{
    public static readonly FixedClock Clock = FixedClock.At(2026, 11, 21);
    private static readonly TimeZoneInfo Zone = Clock.LocalTimeZone;
    private readonly Dictionary<string, WorkflowActor> _actors = [];
    private readonly HashSet<string> _heads = [];
    private int _n;

    private DashboardSchool(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public Dictionary<string, int> Units { get; } = [];

    public string Id(string userName) => _actors[userName].PersonId;

    public static async Task<DashboardSchool> CreateAsync()
    {
        var database = TestDatabase.Create(Clock);
        await database.InitializeAsync(demo: false);
        var school = new DashboardSchool(database);
        await school.AddPeopleAsync();
        return school;
    }

    private async Task AddPeopleAsync()
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        var year = await db.SchoolYears.SingleAsync();
        foreach (var (name, kind, order) in new[]
                 {
                     ("Tổ Toán – Tin học", UnitKind.SubjectDepartment, 1), ("Tổ Ngữ văn", UnitKind.SubjectDepartment, 2),
                     ("Văn phòng", UnitKind.Office, 3),
                 })
        {
            var unit = new Unit(name, kind, order);
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            Units[name] = unit.Id;
        }
        var people = new (string UserName, string FullName, string? Unit, Role[] Roles)[]
        {
            ("gv.toan", "Nguyễn Thị Lan", "Tổ Toán – Tin học", []),
            ("gv.van", "Trần Văn Bình", "Tổ Ngữ văn", []),
            ("btv", "Lê Minh Châu", "Văn phòng", [Role.Editor]),
            ("thuky", "Phạm Thu Hà", "Văn phòng", [Role.BoardSecretary]),
            ("truongban", "Đỗ Quang Minh", null, [Role.BoardHead]),
            ("phoban", "Vũ Thị Hoa", null, [Role.BoardDeputy]),
            ("hieutruong", "Hoàng Văn Đức", null, [Role.Principal]),
        };
        foreach (var (userName, fullName, unitName, roles) in people)
        {
            var person = new Person
            {
                UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), FullName = fullName,
                UnitId = unitName is null ? null : Units[unitName], SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(person);
            foreach (var role in roles)
                db.RoleAssignments.Add(new RoleAssignment(person.Id, year.Id, role));
            var held = roles.ToHashSet();
            if (unitName is not null)
                held.Add(Role.DepartmentMember);
            _actors[userName] = new WorkflowActor(person.Id, held, person.UnitId);
            if (held.Contains(Role.BoardHead))
                _heads.Add(person.Id);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Local time in Hà Nội, as a step's moment.</summary>
    public static DateTime At(int year, int month, int day, int hour = 9, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Zone);

    private WorkflowContext As(string userName, DateTime utc) => new(_actors[userName], new WorkflowOptions(), _heads, utc);

    private ArticleContent Content(ArticleCategory category, ArticleFlags flags, DateOnly? eventEnd) =>
        new($"Tin bài số {++_n}", "Tóm tắt.", "<p>Nội dung.</p>", category, ArticleKind.ActivityReport, flags, eventEnd);

    /// <summary>Drafted and submitted at <paramref name="submitted"/> by <paramref name="author"/>.</summary>
    public Article Submitted(string author, DateTime submitted, DateOnly? eventEnd = null,
        ArticleCategory category = ArticleCategory.News, ArticleFlags flags = ArticleFlags.None)
    {
        var unit = _actors[author].UnitId!.Value;
        var article = Article.CreateDraft(unit, Content(category, flags, eventEnd), As(author, submitted.AddHours(-1)));
        article.Submit(As(author, submitted));
        return article;
    }

    public Article Editing(string author, DateTime taken, DateOnly? eventEnd = null, ArticleCategory category = ArticleCategory.News,
        ArticleFlags flags = ArticleFlags.None)
    {
        var article = Submitted(author, taken.AddHours(-2), eventEnd, category, flags);
        article.Take(As("btv", taken));
        return article;
    }

    public Article Awaiting(string author, DateTime sent, ArticleCategory category = ArticleCategory.News, ArticleFlags flags = ArticleFlags.None)
    {
        var article = Editing(author, sent.AddHours(-2), null, category, flags);
        article.SendForApproval(As("btv", sent));
        return article;
    }

    public Article Approved(string author, DateTime approved)
    {
        var article = Awaiting(author, approved.AddHours(-2));
        article.Approve(As("truongban", approved));
        return article;
    }

    public Article Published(string author, DateTime published)
    {
        var article = Approved(author, published.AddHours(-2));
        article.Publish(As("thuky", published), "https://thpt.edu.vn/tin/" + _n,
            uncheckedReason: "Dữ liệu dựng tay cho tổng quan: bảng kiểm không phải điều được thử ở đây.");
        return article;
    }

    public Article TakenDown(string author, DateTime published, DateTime takenDown, TakeDownGround ground)
    {
        var article = Published(author, published);
        article.TakeDown(As("truongban", takenDown), ground, "Gỡ theo quyết định của Trưởng ban.");
        return article;
    }

    public Article Refused(string author, DateTime refused, RefusalGround ground)
    {
        var article = Editing(author, refused.AddHours(-2));
        article.Refuse(As("btv", refused), ground, "Không đăng được.");
        return article;
    }

    /// <summary>Steps taken later on an item (a return, an edit), at <paramref name="utc"/>.</summary>
    public void Then(Article article, string userName, DateTime utc, Action<Article, WorkflowContext> step) =>
        step(article, As(userName, utc));

    public async Task SaveAsync(params Article[] articles)
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
