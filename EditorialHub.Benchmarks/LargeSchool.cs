using System.Text.RegularExpressions;
using EditorialHub.Core;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Benchmarks;

/// <summary>A school of the size asked for, on SQLite with the real migrations, its items walked through the real verbs.</summary>
internal sealed partial class LargeSchool
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
    private static readonly ArticleCategory[] Categories =
        [ArticleCategory.News, ArticleCategory.News, ArticleCategory.Plans, ArticleCategory.ProfessionalTopics, ArticleCategory.Direction];
    private readonly IServiceProvider _services;
    private readonly string _secretaryId;

    private LargeSchool(IServiceProvider services, string secretaryId)
    {
        _services = services;
        _secretaryId = secretaryId;
    }

    public int Units { get; private init; }
    public int People { get; private init; }
    public int Items { get; private init; }
    public int Transitions { get; private init; }

    public static async Task<LargeSchool> CreateAsync(string directory, int units, int items)
    {
        var services = CoreHost.Build(directory, new VietnamClock(new DateTimeOffset(2027, 6, 5, 9, 0, 0, TimeSpan.FromHours(7))),
            new Dictionary<string, string?>
            {
                ["School:Name"] = "Trường THPT Chuyên Hưng Yên",
                ["School:SuperiorBody"] = "Sở GD&ĐT Hưng Yên",
                ["School:Place"] = "Hưng Yên",
            });
        var contexts = services.GetRequiredService<IDbContextFactory<EditorialDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();

        var year = new SchoolYear(new DateOnly(2026, 9, 5), new DateOnly(2027, 1, 17), new DateOnly(2027, 5, 31));
        db.SchoolYears.Add(year);
        var unitRows = Enumerable.Range(1, units).Select(i => i <= 12
            ? new Unit($"Tổ chuyên môn số {i} – Ngữ văn, Lịch sử, Địa lí và Giáo dục kinh tế và pháp luật", UnitKind.SubjectDepartment, i)
            : new Unit($"Tập thể lớp {10 + i % 3}A{i}", UnitKind.Class, i)).ToList();
        db.Units.AddRange(unitRows);
        await db.SaveChangesAsync();

        Person NewPerson(string user, string name, int? unit) => new()
        {
            UserName = user, NormalizedUserName = user.ToUpperInvariant(), FullName = name, UnitId = unit,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        var head = NewPerson("truongban", "Nguyễn Thị Thu Hiền", null);
        var secretary = NewPerson("thuky", "Đào Thanh Thủy", unitRows[0].Id);
        var editor = NewPerson("btv", "Đỗ Thị Kim Thoa", unitRows[1].Id);
        var authors = unitRows.SelectMany(u => Enumerable.Range(1, 3).Select(k => NewPerson($"gv{u.Id}-{k}", $"Giáo viên Nguyễn Văn Ánh {u.Id}.{k}", u.Id))).ToList();
        db.Users.AddRange([head, secretary, editor, .. authors]);
        await db.SaveChangesAsync();
        db.RoleAssignments.AddRange(
            new RoleAssignment(head.Id, year.Id, Role.BoardHead),
            new RoleAssignment(secretary.Id, year.Id, Role.BoardSecretary),
            new RoleAssignment(editor.Id, year.Id, Role.Editor));
        await db.SaveChangesAsync();

        var heads = new HashSet<string> { head.Id };
        var options = new WorkflowOptions();
        WorkflowActor Actor(Person p, params Role[] roles) =>
            new(p.Id, (p.UnitId is null ? roles : [.. roles, Role.DepartmentMember]).ToHashSet(), p.UnitId);
        var headActor = Actor(head, Role.BoardHead);
        var secretaryActor = Actor(secretary, Role.BoardSecretary);
        var editorActor = Actor(editor, Role.Editor);
        WorkflowContext At(WorkflowActor actor, DateTime local) =>
            new(actor, options, heads, TimeZoneInfo.ConvertTimeToUtc(local, Vietnam));

        var random = new Random(2026);
        var start = new DateTime(2026, 9, 7, 8, 0, 0);
        var span = (new DateTime(2027, 5, 25) - start).TotalHours;
        var batch = new List<Article>();
        for (var i = 0; i < items; i++)
        {
            var author = authors[random.Next(authors.Count)];
            var actor = Actor(author);
            var submitted = start.AddHours(random.NextDouble() * span);
            var content = new ArticleContent(
                $"Tin bài số {i + 1}: hoạt động giáo dục trải nghiệm của học sinh khối 10, 11, 12 tháng {submitted.Month}",
                "Tóm tắt.", "<p>Nội dung.</p>", Categories[random.Next(Categories.Length)],
                ArticleKind.ActivityReport, ArticleFlags.None, random.Next(3) == 0 ? DateOnly.FromDateTime(submitted.AddDays(-2)) : null);
            var article = Article.CreateDraft(author.UnitId!.Value, content, At(actor, submitted));
            article.Submit(At(actor, submitted));
            article.Take(At(editorActor, submitted.AddHours(2)));
            if (random.Next(20) == 0)
                article.Refuse(At(editorActor, submitted.AddHours(5)), (RefusalGround)(1 + random.Next(5)), "Chưa đạt.");
            else
            {
                article.SendForApproval(At(editorActor, submitted.AddHours(4)));
                article.Approve(At(headActor, submitted.AddHours(20)));
                article.Publish(At(secretaryActor, submitted.AddHours(30 + random.Next(80))), $"https://example.edu.vn/tin/{i}",
                    uncheckedReason: "Dữ liệu đo.");
                if (random.Next(40) == 0)
                    article.TakeDown(At(headActor, submitted.AddDays(10)), (TakeDownGround)(1 + random.Next(3)), "Gỡ bỏ.");
            }
            batch.Add(article);
        }
        db.Articles.AddRange(batch);
        await db.SaveChangesAsync();
        return new LargeSchool(services, secretary.Id)
        {
            Units = units,
            People = authors.Count + 3,
            Items = items,
            Transitions = await db.ArticleTransitions.CountAsync(),
        };
    }

    public async Task<(ArchivedReportInfo Report, byte[] Pdf)> PrintAnnualAsync()
    {
        var reports = _services.GetRequiredService<ReportService>();
        var report = await reports.PrintAsync(ReportRequest.Annual("2026-2027"), _secretaryId, "Đề xuất của Ban Biên tập.");
        return (report, (await reports.OpenPdfAsync(report.Id, _secretaryId)).Content);
    }

    public async Task FiguresOnlyAsync()
    {
        var reports = _services.GetRequiredService<ReportService>();
        var builder = _services.GetRequiredService<ReportBuilder>();
        await builder.BuildAsync(await reports.ResolveAsync(ReportRequest.Annual("2026-2027")));
    }

    /// <summary>Pages counted in the file itself: one "/Type/Page" object per page.</summary>
    public static int PageCount(byte[] pdf) =>
        PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();

}
