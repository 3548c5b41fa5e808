using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Benchmarks;

/// <summary>
/// A big school for timing: <c>units</c> subject departments, each publishing
/// <c>itemsPerMonth</c> items every month of <c>years</c> school years up to
/// today, every item built by its own verbs (so it has its full history), plus a few items waiting.
/// </summary>
internal static class BigSchool
{
    public static async Task<(string HeadId, int Items)> BuildAsync(
        IDbContextFactory<EditorialDbContext> contexts, DateTimeOffset now, TimeZoneInfo zone, int units, int years, int itemsPerMonth)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var current = await db.SchoolYears.SingleAsync();
        for (var back = 1; back < years; back++)
            db.SchoolYears.Add(new SchoolYear(current.Starts.AddYears(-back), current.SemesterOneEnds.AddYears(-back), current.Ends.AddYears(-back)));

        var unitIds = new List<int>();
        var unitRows = Enumerable.Range(1, units).Select(n => new Unit($"Tổ {n:00}", UnitKind.SubjectDepartment, n)).ToList();
        db.Units.AddRange(unitRows);
        await db.SaveChangesAsync();
        unitIds.AddRange(unitRows.Select(u => u.Id));

        Person NewPerson(string userName, int? unitId) => new()
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), FullName = userName,
            UnitId = unitId, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        var head = NewPerson("truongban", null);
        var editor = NewPerson("btv", unitIds[0]);
        var secretary = NewPerson("thuky", unitIds[0]);
        var authors = unitIds.Select(id => NewPerson($"gv.{id}", id)).ToList();
        db.Users.AddRange([head, editor, secretary, .. authors]);
        // Roles for today's year: the one the dashboard asks about.
        db.RoleAssignments.Add(new RoleAssignment(head.Id, current.Id, Role.BoardHead));
        db.RoleAssignments.Add(new RoleAssignment(editor.Id, current.Id, Role.Editor));
        db.RoleAssignments.Add(new RoleAssignment(secretary.Id, current.Id, Role.BoardSecretary));
        await db.SaveChangesAsync();

        var options = new WorkflowOptions();
        var heads = new HashSet<string> { head.Id };
        WorkflowContext As(Person person, Role role, DateTime utc) =>
            new(new WorkflowActor(person.Id, new HashSet<Role> { role, Role.DepartmentMember }, person.UnitId), options, heads, utc);

        var random = new Random(20261122);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var firstMonth = new DateOnly(current.Starts.Year - (years - 1), current.Starts.Month, 1);
        var count = 0;
        var batch = new List<Article>();
        for (var month = firstMonth; month <= today; month = month.AddMonths(1))
        {
            var days = month.Year == today.Year && month.Month == today.Month ? today.Day : DateTime.DaysInMonth(month.Year, month.Month);
            foreach (var author in authors)
                for (var i = 0; i < itemsPerMonth; i++)
                {
                    var published = TimeZoneInfo.ConvertTimeToUtc(
                        month.AddDays(random.Next(days)).ToDateTime(new TimeOnly(7 + random.Next(10), random.Next(60))), zone);
                    if (published > now.UtcDateTime)
                        published = now.UtcDateTime.AddHours(-1);
                    var content = new ArticleContent($"Tin {count}", "Tóm tắt.", "<p>Nội dung.</p>",
                        ArticleCategory.News, ArticleKind.ActivityReport, ArticleFlags.None, null);
                    var article = Article.CreateDraft(author.UnitId!.Value, content, As(author, Role.DepartmentMember, published.AddDays(-4)));
                    article.Submit(As(author, Role.DepartmentMember, published.AddDays(-3)));
                    article.Take(As(editor, Role.Editor, published.AddDays(-3).AddHours(2)));
                    article.SendForApproval(As(editor, Role.Editor, published.AddDays(-2)));
                    article.Approve(As(head, Role.BoardHead, published.AddDays(-1)));
                    // The latest few wait for the secretary; everything else is published.
                    if (published < now.UtcDateTime.AddDays(-2) || i > 0)
                        article.Publish(As(secretary, Role.BoardSecretary, published), "https://portal.example/tin/" + count,
                            uncheckedReason: "Dữ liệu đo.");
                    batch.Add(article);
                    count++;
                }
            if (batch.Count >= 3000)
                await SaveAsync(contexts, batch);
        }
        await SaveAsync(contexts, batch);
        return (head.Id, count);
    }

    private static async Task SaveAsync(IDbContextFactory<EditorialDbContext> contexts, List<Article> batch)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Articles.AddRange(batch);
        await db.SaveChangesAsync();
        batch.Clear();
    }
}
