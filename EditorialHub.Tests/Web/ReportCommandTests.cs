using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using EditorialHub.Tests.Reports;
using EditorialHub.Tests.Support;
using EditorialHub.Web.Hosting;

namespace EditorialHub.Tests.Web;

/// <summary>
/// Scheduled printing from the server's command line, run for real: the app's own build output as a
/// second process beside the running demo site, on the site's data folder, as a school's cron would.
/// </summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void Parse_DeputyAndNew_AreTheCommandsWords_SettingsGoToTheHost()
    {
        var command = StartupCommand.Parse(["report", "monthly", "2026-11", "--out", "bc.pdf", "--deputy", "--Storage:DataDirectory=/srv/eh"]);

        Assert.Equal(["monthly", "2026-11"], command.Report!.Words);
        Assert.Equal(("bc.pdf", true, false), (command.Report.Out, command.Report.Deputy, command.Report.New));
        Assert.Equal(["--Storage:DataDirectory=/srv/eh"], command.HostArgs);
    }

    [Fact]
    public async Task Report_PrintsArchivesAndExits0_ARerunWritesTheSameFile_BadWordsAndUnknownYearsSayWhy()
    {
        await using var site = await AppServer.StartAsync(demo: true);
        var month = SchoolTime.Now.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var output = Path.Combine(site.DataDirectory, "bao-cao.pdf");

        var wrong = await RunAsync(site, "report", "monthly", "tháng-11", "--out", output);
        Assert.Equal(2, wrong.Exit);
        Assert.Contains("Cách dùng: report monthly YYYY-MM", wrong.Error);

        var printed = await RunAsync(site, "report", "monthly", month, "--out", output, "--deputy");
        Assert.True(printed.Exit == 0, printed.Error);
        var number = Regex.Match(printed.Output, @"Đã in báo cáo số (\d+/BC-BBT)").Groups[1].Value;
        Assert.NotEmpty(number);
        var text = Pdf.Text(output);
        Assert.Contains($"Số: {number}", text);
        Assert.Contains("KT. TRƯỞNG BAN", text);
        Assert.Contains("Lê Quang Minh", text); // the demo's Phó trưởng ban
        var first = await File.ReadAllBytesAsync(output);

        // A schedule that runs twice uses no second number: the same file again.
        File.Delete(output);
        var again = await RunAsync(site, "report", "monthly", month, "--out", output);
        Assert.Equal(0, again.Exit);
        Assert.Contains($"Kỳ này đã có báo cáo số {number}", again.Output);
        Assert.Equal(first, await File.ReadAllBytesAsync(output));

        var unknown = await RunAsync(site, "report", "annual", "2040-2041", "--out", Path.Combine(site.DataDirectory, "x.pdf"));
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("Không in được báo cáo: Chưa có năm học 2040-2041", unknown.Error);
        Assert.False(File.Exists(Path.Combine(site.DataDirectory, "x.pdf")));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(AppServer site, params string[] words)
    {
        using var process = Process.Start(AppServer.StartInfo(site.DataDirectory, words))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
