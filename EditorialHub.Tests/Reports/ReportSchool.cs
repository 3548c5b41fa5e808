using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Reports;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Reports;

/// <summary>A clock the test moves (numbering runs across 31 December).</summary>
internal sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    public DateTimeOffset Now { get; set; } = now;

    public static DateTimeOffset Local(int year, int month, int day, int hour = 9, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => Vietnam;
}

/// <summary>
/// A small school built by hand on real SQLite with the real migrations: school year 2026-2027, four
/// units (one with a long name), a board, and items walked through the real verbs at chosen local times.
/// </summary>
internal sealed class ReportSchool : IAsyncDisposable
{
    public const string Maths = "Tổ Toán – Tin học";
    public const string Literature = "Tổ Ngữ văn";
    public const string LongUnit = "Tổ Lịch sử – Địa lí – Giáo dục kinh tế và pháp luật – Giáo dục quốc phòng và an ninh";
    public const string Office = "Văn phòng";
    public const string HeadName = "Nguyễn Thị Thu Hiền";

    private readonly Dictionary<string, int> _units = [];
    private readonly Dictionary<string, WorkflowActor> _actors = [];
    private int _item;

    private ReportSchool(TestDatabase database, MovableClock clock)
    {
        Database = database;
        Clock = clock;
    }

    public TestDatabase Database { get; }
    public MovableClock Clock { get; }
    public ReportService Reports => Database.Services.GetRequiredService<ReportService>();
    public ReportBuilder Builder => Database.Services.GetRequiredService<ReportBuilder>();

    public static async Task<ReportSchool> CreateAsync(DateTimeOffset? now = null)
    {
        var clock = new MovableClock(now ?? MovableClock.Local(2026, 12, 2));
        var school = new ReportSchool(TestDatabase.Create(clock, Settings), clock);
        await school.SeedAsync();
        return school;
    }

    /// <summary>The school's settings as appsettings.json gives them (section "School").</summary>
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["School:Name"] = "Trường THPT Tiên Lữ",
        ["School:SuperiorBody"] = "Sở GD&ĐT Hưng Yên",
        ["School:Place"] = "Tiên Lữ",
        ["School:BoardName"] = "Ban Biên tập Cổng thông tin điện tử",
    };

    public string Id(string userName) => _actors[userName].PersonId;

    private async Task SeedAsync()
    {
        await using var db = await Database.Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        var year = new SchoolYear(new DateOnly(2026, 9, 5), new DateOnly(2027, 1, 17), new DateOnly(2027, 5, 31));
        db.SchoolYears.Add(year);
        var units = new[]
        {
            new Unit(Maths, UnitKind.SubjectDepartment, 1), new Unit(Literature, UnitKind.SubjectDepartment, 2),
            new Unit(LongUnit, UnitKind.SubjectDepartment, 3), new Unit(Office, UnitKind.Office, 4),
        };
        db.Units.AddRange(units);
        await db.SaveChangesAsync();
        foreach (var unit in units)
            _units[unit.Name] = unit.Id;

        var people = new (string User, string Name, string? Unit, Role[] Roles)[]
        {
            ("head", HeadName, null, [Role.BoardHead]),
            ("deputy", "Lê Văn Đức", null, [Role.BoardDeputy]),
            ("secretary", "Đào Thanh Thủy", Maths, [Role.BoardSecretary]),
            ("editor", "Đỗ Thị Kim Thoa", Literature, [Role.Editor]),
            ("principal", "Vũ Thanh Bình", null, [Role.Principal]),
            ("toan1", "Phạm Thị Ngọc Ánh", Maths, []),
            ("toan2", "Hoàng Văn Dũng", Maths, []),
            ("van1", "Bùi Thị Thu Hà", Literature, []),
            ("su1", "Trịnh Thị Phương Thảo", LongUnit, []),
            ("vp1", "Ngô Văn Quý", Office, []),
        };
        foreach (var (user, name, unit, roles) in people)
        {
            var person = new Person
            {
                UserName = user, NormalizedUserName = user.ToUpperInvariant(), FullName = name,
                UnitId = unit is null ? null : _units[unit], SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(person);
            await db.SaveChangesAsync();
            foreach (var role in roles)
                db.RoleAssignments.Add(new RoleAssignment(person.Id, year.Id, role));
            var all = roles.ToHashSet();
            if (unit is not null)
                all.Add(Role.DepartmentMember);
            _actors[user] = new WorkflowActor(person.Id, all, person.UnitId);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>What happens to an item; times are the school's local times.</summary>
    public sealed record Plan(
        string Unit, string Author, DateTime Submitted,
        DateTime? Approved = null, DateTime? Published = null, DateTime? Refused = null, RefusalGround? RefusalGround = null,
        DateTime? TakenDown = null, TakeDownGround? TakeDownGround = null, DateOnly? EventEnd = null,
        ArticleCategory Category = ArticleCategory.News, string? Title = null);

    public async Task<int> AddAsync(Plan plan)
    {
        var number = ++_item;
        var content = new ArticleContent(
            plan.Title ?? $"Tin bài số {number} của {plan.Unit}", "Tóm tắt.", "<p>Nội dung.</p>",
            plan.Category, ArticleKind.ActivityReport, ArticleFlags.None, plan.EventEnd,
            Document: plan.Category == ArticleCategory.Documents
                ? new DocumentDetails("12/KH-THPT", new DateOnly(2026, 11, 2), "Trường THPT", "Kế hoạch.") : null);
        var article = Article.CreateDraft(_units[plan.Unit], content, At(plan.Author, plan.Submitted));
        article.Submit(At(plan.Author, plan.Submitted));
        var taken = plan.Submitted.AddHours(1);
        article.Take(At("editor", taken));
        if (plan.Refused is { } refused)
            article.Refuse(At("editor", refused), plan.RefusalGround ?? RefusalGround.InsufficientQuality, "Ghi chú của biên tập viên.");
        else if (plan.Approved is { } approved)
        {
            article.SendForApproval(At("editor", taken.AddMinutes(30)));
            article.Approve(At("head", approved));
            if (plan.Published is { } published)
                article.Publish(At("secretary", published), $"https://thpt.example.edu.vn/tin/{number}",
                    uncheckedReason: "Dữ liệu dựng tay cho báo cáo: bảng kiểm không phải điều được thử ở đây.");
            if (plan.TakenDown is { } down)
                article.TakeDown(At("head", down), plan.TakeDownGround ?? TakeDownGround.NoLongerTimely, "Tin đã cũ.");
        }
        await using var db = await Database.Contexts.CreateDbContextAsync();
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    private WorkflowContext At(string user, DateTime local) =>
        new(_actors[user], new WorkflowOptions(), new HashSet<string> { _actors["head"].PersonId },
            TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Clock.LocalTimeZone));

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
