using System.Diagnostics;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Benchmarks;

/// <summary>
/// A school far larger than any real one: <see cref="UnitCount"/> units, ten school years, three
/// items per unit and month, each walked through the real workflow verbs (so history, revisions and
/// dates are what the app would write). Two in three items count for the quota; a few units miss a
/// month; some items are taken down; the current month has items on their way.
/// </summary>
internal sealed class QuotaSchool(IDbContextFactory<EditorialDbContext> contexts, TimeProvider clock)
{
    public const int UnitCount = 60;
    public const int Years = 10;
    public const int ItemsPerMonth = 3;

    public string HeadId { get; private set; } = "";
    public int CurrentYearId { get; private set; }
    public int FirstUnitId { get; private set; }
    public int ItemCount { get; private set; }

    public async Task BuildAsync(TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var zone = clock.LocalTimeZone;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var current = SchoolYear.UsualFrameFor(today);
        var nowUtc = clock.GetUtcNow().UtcDateTime;

        await using var db = await contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var years = Enumerable.Range(0, Years)
            .Select(back => SchoolYear.UsualFrameFor(current.Starts.AddYears(back - (Years - 1))))
            .ToList();
        // The initializer made the current year already.
        var existing = await db.SchoolYears.ToListAsync();
        db.SchoolYears.AddRange(years.Where(y => existing.All(e => e.Name != y.Name)));
        await db.SaveChangesAsync();
        var currentYear = await db.SchoolYears.SingleAsync(y => y.Name == current.Name);
        CurrentYearId = currentYear.Id;

        var units = Enumerable.Range(1, UnitCount)
            .Select(i => new Unit($"Đơn vị {i:00}", i <= UnitCount * 3 / 4 ? UnitKind.SubjectDepartment : UnitKind.Office + (i % 4), i))
            .ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync();
        FirstUnitId = units[0].Id;

        Person NewPerson(string userName, int? unitId) => new() { UserName = userName, FullName = userName, UnitId = unitId };
        var authors = units.Select(u => NewPerson($"gv.{u.Id}", u.Id)).ToList();
        var editor = NewPerson("btv", units[0].Id);
        var head = NewPerson("truongban", null);
        var secretary = NewPerson("thuky", units[1].Id);
        db.Users.AddRange([.. authors, editor, head, secretary]);
        foreach (var year in await db.SchoolYears.ToListAsync())
        {
            db.RoleAssignments.Add(new RoleAssignment(editor.Id, year.Id, Role.Editor));
            db.RoleAssignments.Add(new RoleAssignment(head.Id, year.Id, Role.BoardHead));
            db.RoleAssignments.Add(new RoleAssignment(secretary.Id, year.Id, Role.BoardSecretary));
        }
        await db.SaveChangesAsync();
        HeadId = head.Id;

        var heads = new HashSet<string> { head.Id };
        var options = new WorkflowOptions();
        WorkflowContext As(Person person, DateTime utc, params Role[] roles)
        {
            var held = roles.ToHashSet();
            if (person.UnitId is not null)
                held.Add(Role.DepartmentMember);
            return new WorkflowContext(new WorkflowActor(person.Id, held, person.UnitId), options, heads, utc);
        }

        var random = new Random(20261122);
        var first = new DateOnly(years[0].Starts.Year, years[0].Starts.Month, 1);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var batch = new List<Article>();
        for (var month = first; month <= thisMonth; month = month.AddMonths(1))
        {
            var days = month == thisMonth ? Math.Max(1, today.Day - 1) : DateTime.DaysInMonth(month.Year, month.Month);
            for (var u = 0; u < units.Count; u++)
            {
                var author = authors[u];
                for (var n = 0; n < ItemsPerMonth; n++)
                {
                    var kind = n == 2 ? ArticleKind.Other : random.Next(4) == 0 ? ArticleKind.ProfessionalTopic : ArticleKind.ActivityReport;
                    var local = month.ToDateTime(new TimeOnly(7, 30)).AddDays(random.Next(days)).AddMinutes(random.Next(600));
                    var at = TimeZoneInfo.ConvertTimeToUtc(local, zone);
                    if (at > nowUtc.AddHours(-2))
                        at = nowUtc.AddHours(-2);
                    var article = Article.CreateDraft(author.UnitId!.Value,
                        new ArticleContent($"Tin bài {n + 1} tháng {month:MM/yyyy} của {units[u].Name}", "Tóm tắt.", "<p>Nội dung.</p>",
                            kind == ArticleKind.ProfessionalTopic ? ArticleCategory.ProfessionalTopics : ArticleCategory.News, kind),
                        As(author, at.AddMinutes(-50)));
                    article.Submit(As(author, at.AddMinutes(-40)));
                    // Some units miss a month now and then: their items stay on the way (this month) or are refused.
                    var missing = (u * 7 + month.Month) % 11 == 0;
                    if (missing && month == thisMonth)
                    {
                        batch.Add(article);
                        continue;
                    }
                    article.Take(As(editor, at.AddMinutes(-30), Role.Editor));
                    if (missing)
                        article.Refuse(As(editor, at.AddMinutes(-20), Role.Editor), RefusalGround.InsufficientQuality, "Chưa đạt.");
                    else
                    {
                        article.SendForApproval(As(editor, at.AddMinutes(-20), Role.Editor));
                        article.Approve(As(head, at.AddMinutes(-10), Role.BoardHead));
                        article.Publish(As(secretary, at, Role.BoardSecretary), "https://truong.edu.vn/tin/" + Guid.NewGuid().ToString("N"),
                            uncheckedReason: "Dữ liệu đo.");
                        if (random.Next(40) == 0)
                            article.TakeDown(As(head, at.AddHours(1), Role.BoardHead), TakeDownGround.NoLongerTimely, "Tin đã cũ.");
                    }
                    batch.Add(article);
                }
            }
            if (batch.Count >= 3000 || month == thisMonth)
            {
                db.Articles.AddRange(batch);
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                ItemCount += batch.Count;
                batch.Clear();
                db.ChangeTracker.Clear();
            }
        }
        await log.WriteLineAsync($"Built {UnitCount} units × {Years} school years × {ItemsPerMonth} items a month: " +
            $"{ItemCount} items in {watch.Elapsed.TotalSeconds:F0} s.");
    }
}
