using System.Security.Cryptography;
using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EditorialHub.Core.Data;

/// <summary>What start-up found and did to the database.</summary>
public enum StartupSeed
{
    /// <summary>The database already held people; nothing was added.</summary>
    None,
    /// <summary>An empty database got the secretary's administrator account.</summary>
    Administrator,
    /// <summary>An empty database got the demo school.</summary>
    DemoSchool,
}

/// <summary>
/// Brings the database to the latest migration at start-up and gives an empty database its first
/// people: the demo school when asked for, otherwise one administrator (the secretary).
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<EditorialDbContext> contexts,
    UserManager<Person> users,
    AttachmentStore attachmentStore,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public const string AdministratorUserName = "quantri";

    public async Task<StartupSeed> InitializeAsync(bool demo, TextWriter console, CancellationToken ct = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
            // WAL lets the board read while someone saves; the mode is stored in the file once set.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            if (await db.Users.AnyAsync(ct))
            {
                if (demo)
                    logger.LogWarning("The database already holds data, so the demo school was not loaded.");
                return StartupSeed.None;
            }
        }

        var today = clock.Today();
        if (demo)
        {
            await new DemoSchool(contexts, users, attachmentStore, clock).LoadAsync(today, ct);
            logger.LogInformation("Loaded the demo school.");
            return StartupSeed.DemoSchool;
        }

        var password = await CreateAdministratorAsync(today, ct);
        // Printed once, to the console only, never logged: the secretary must change it at first sign-in.
        await console.WriteLineAsync($"""

            ================================================================
            Tài khoản quản trị (thư ký Ban Biên tập) đã được tạo.
              Tên đăng nhập : {AdministratorUserName}
              Mật khẩu dùng một lần: {password}
            Hãy đăng nhập và đổi mật khẩu ngay. Mật khẩu này không được hiển thị lại.
            ================================================================

            """);
        return StartupSeed.Administrator;
    }

    private async Task<string> CreateAdministratorAsync(DateOnly today, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var year = SchoolYear.UsualFrameFor(today);
        db.SchoolYears.Add(year);
        await db.SaveChangesAsync(ct);

        var password = OneTimePassword.Generate();
        var administrator = new Person
        {
            UserName = AdministratorUserName,
            FullName = "Quản trị hệ thống",
            JobTitle = "Thư ký Ban Biên tập",
            MustChangePassword = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(administrator, password);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));

        db.RoleAssignments.Add(new RoleAssignment(administrator.Id, year.Id, Role.BoardSecretary));
        await db.SaveChangesAsync(ct);
        return password;
    }
}

/// <summary>One-time passwords handed out by the secretary: long, random, easy to read aloud.</summary>
public static class OneTimePassword
{
    // No 0/O, 1/l/I: the password is read from a screen and typed on a phone.
    private const string Lower = "abcdefghjkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "@#$%&*?";

    public static string Generate()
    {
        // Three groups of four, then one of each class the default password rules ask for.
        var all = Lower + Upper + Digits;
        var chars = new List<char>();
        for (var i = 0; i < 12; i++)
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        chars.Add(Lower[RandomNumberGenerator.GetInt32(Lower.Length)]);
        chars.Add(Upper[RandomNumberGenerator.GetInt32(Upper.Length)]);
        chars.Add(Digits[RandomNumberGenerator.GetInt32(Digits.Length)]);
        chars.Add(Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)]);
        return new string(chars.ToArray());
    }
}
