using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Board;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Data.Demo;

/// <summary>
/// A believable school for a newcomer to look around in: the board, eight subject departments,
/// the office and the two unions, about sixty staff, a school year of their items up to today and the
/// year before, over (<see cref="DemoItems"/>). Loaded only into an empty database (--demo).
/// </summary>
public sealed class DemoSchool(
    IDbContextFactory<EditorialDbContext> contexts,
    UserManager<Person> users,
    AttachmentStore attachmentStore,
    TimeProvider clock)
{
    /// <summary>The one password of every demo account; they skip the change at first sign-in.</summary>
    public const string Password = "Demo@2026";

    public async Task LoadAsync(DateOnly today, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var year = SchoolYear.UsualFrameFor(today);
        // The year before, over: the dashboard compares with it and its reports can be printed.
        var yearBefore = SchoolYear.UsualFrameFor(year.Starts.AddYears(-1));
        db.SchoolYears.AddRange(yearBefore, year);

        var units = DemoStaff.Units
            .Select((unit, index) => new Unit(unit.Name, unit.Kind, index + 1))
            .ToDictionary(unit => unit.Name);
        db.Units.AddRange(units.Values);
        await db.SaveChangesAsync(ct);

        // One hash for every demo account: hashing sixty passwords would add seconds to every start.
        var passwordHash = users.PasswordHasher.HashPassword(new Person(), Password);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        // The accounts were issued before the work that the demo items show.
        var yearOpens = TimeZoneInfo.ConvertTimeToUtc(yearBefore.Starts.AddDays(-1).ToDateTime(new TimeOnly(8, 0)), clock.LocalTimeZone);
        var createdAt = yearOpens < nowUtc ? yearOpens : nowUtc;
        var ids = new Dictionary<string, string>();
        foreach (var member in DemoStaff.People)
        {
            var person = new Person
            {
                UserName = member.UserName,
                NormalizedUserName = users.NormalizeName(member.UserName),
                Email = $"{member.UserName}@thpt-lequydon.edu.vn",
                NormalizedEmail = users.NormalizeEmail($"{member.UserName}@thpt-lequydon.edu.vn"),
                EmailConfirmed = true,
                FullName = member.FullName,
                JobTitle = member.JobTitle,
                UnitId = member.Unit is null ? null : units[member.Unit].Id,
                IsDemo = true,
                PasswordHash = passwordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
                CreatedAtUtc = createdAt,
            };
            db.Users.Add(person);
            ids[member.UserName] = person.Id;
            // The same board both years: the school kept its people.
            foreach (var role in member.Roles)
            {
                db.RoleAssignments.Add(new RoleAssignment(person.Id, yearBefore.Id, role));
                db.RoleAssignments.Add(new RoleAssignment(person.Id, year.Id, role));
            }
        }
        await db.SaveChangesAsync(ct);

        // A school year of items up to today, in every state (DemoItems).
        var unitIds = units.ToDictionary(pair => pair.Key, pair => pair.Value.Id);
        var articles = DemoItems.Build(year.Starts, today, nowUtc, clock.LocalTimeZone, ids, unitIds);
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync(ct);
        // Last year's after this year's, so that this year's items keep the numbers they always had.
        db.Articles.AddRange(DemoItems.BuildYearOver(yearBefore, clock.LocalTimeZone, ids, unitIds));
        await db.SaveChangesAsync(ct);

        // The board's comments on some of them (DemoComments).
        db.ArticleComments.AddRange(DemoComments.For(articles, ids["phoban"]));
        await db.SaveChangesAsync(ct);

        // Photos and plans as the departments sent them (DemoAttachments).
        var unitNames = units.Values.ToDictionary(unit => unit.Id, unit => unit.Name);
        db.Attachments.AddRange(await new DemoAttachments(attachmentStore).ForAsync(articles, unitNames, ct));
        await db.SaveChangesAsync(ct);
    }
}
