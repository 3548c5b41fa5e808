using EditorialHub.Core;
using EditorialHub.Core.Data;
using EditorialHub.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Web.Hosting;

/// <summary>
/// `dotnet run --project EditorialHub.Web -- report monthly 2026-11 --out bao-cao-11-2026.pdf`: scheduled
/// printing from the server. The report is numbered and archived like one printed on /reports, named
/// as printed by the command line; when the period already has an archived report, that one is written
/// again byte for byte (a schedule that runs twice uses no number), unless --new asks for a new report
/// (a correction, new number). Exit 0 on success, 1 when the report cannot be made, 2 on wrong words.
/// </summary>
public static class ReportCommand
{
    public static async Task<int> RunAsync(ReportCommandLine command, string[] hostArgs)
    {
        ReportRequest request;
        try
        {
            request = ReportRequest.Parse(command.Words);
            if (string.IsNullOrWhiteSpace(command.Out))
                throw new ReportException(ReportMessages.CommandUsage);
        }
        catch (ReportException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(hostArgs);
        builder.Configuration.UseRootAppSettings();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddEditorialCoreAlone(builder.Configuration, builder.Environment.ContentRootPath);
        await using var app = builder.Build();
        try
        {
            var proposals = command.ProposalsFile is { } file ? await File.ReadAllTextAsync(FromCallersFolder(file)) : null;
            await using (var db = await app.Services.GetRequiredService<IDbContextFactory<EditorialDbContext>>().CreateDbContextAsync())
                await db.Database.MigrateAsync();
            var reports = app.Services.GetRequiredService<ReportService>();
            var (report, reprinted) = await reports.PrintFromCommandLineAsync(request, proposals, command.New,
                command.Deputy ? ReportSignatory.Deputy : ReportSignatory.Head);
            var output = FromCallersFolder(command.Out!);
            await File.WriteAllBytesAsync(output, await reports.ArchivedBytesAsync(report.Id));
            Console.WriteLine(reprinted
                ? $"Kỳ này đã có báo cáo số {report.Number}; đã ghi lại đúng bản đã in vào {output} (SHA-256 {report.Sha256}). Dùng --new để in báo cáo mới với số mới."
                : $"Đã in báo cáo số {report.Number} ({report.Title}) vào {output} (SHA-256 {report.Sha256}).");
            return 0;
        }
        catch (Exception e) when (e is ReportException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"Không in được báo cáo: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// A file named on the command line, in the folder the person typed the command in. `dotnet run
    /// --project EditorialHub.Web` starts the app in the project's folder, so the process's own folder is
    /// not theirs; the shell's PWD, which the app inherits, still is (a scheduler that starts the built
    /// app from its folder sets both alike).
    /// </summary>
    private static string FromCallersFolder(string path)
    {
        var shellFolder = Environment.GetEnvironmentVariable("PWD");
        var folder = !string.IsNullOrEmpty(shellFolder) && Path.IsPathFullyQualified(shellFolder) && Directory.Exists(shellFolder)
            ? shellFolder
            : Environment.CurrentDirectory;
        return Path.GetFullPath(path, folder);
    }
}
