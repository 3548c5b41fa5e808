using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EditorialHub.Tests.Reports;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.Web;

/// <summary>
/// Every `dotnet run --project EditorialHub.Web …` line of the README, run exactly as written, from the
/// repository's root as a reader would (through dotnet run, so in launchSettings.json's Development
/// environment), on a data folder of the test's own.
/// </summary>
public sealed class ReadmeCommandsTests
{
    private static readonly Regex CommandLine = new(@"^dotnet run --project EditorialHub\.Web -- .+$", RegexOptions.Multiline);

    [Fact]
    public async Task ReadmeCommands_RunAsWritten_TheDemoStartsAndEveryReportIsPrintedWhereItWasTyped()
    {
        var readme = await File.ReadAllTextAsync(Repository.PathOf("README.md"));
        var commands = CommandLine.Matches(readme).Select(m => m.Value.Trim()).ToList();
        var demo = Assert.Single(commands, c => c.EndsWith("-- --demo", StringComparison.Ordinal));
        var reports = commands.Where(c => c.Contains(" -- report ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, reports.Count); // monthly, semester, annual

        var data = Path.Combine(Path.GetTempPath(), "editorialhub-readme", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var outputs = reports.Select(c => Regex.Match(c, @"--out (\S+)").Groups[1].Value).ToList();
        var proposalsFile = Repository.PathOf("de-xuat.txt");
        var ownProposals = !File.Exists(proposalsFile);
        try
        {
            if (ownProposals)
                await File.WriteAllTextAsync(proposalsFile, "Đề nghị các tổ gửi ảnh hoạt động kèm chú thích.");

            await StartDemoAsWrittenAsync(demo, data);

            foreach (var (command, output) in reports.Zip(outputs))
            {
                var (exit, text) = await RunAsync(command, data, TimeSpan.FromMinutes(3));
                Assert.True(exit == 0, $"`{command}` ended with {exit}:\n{text}");
                Assert.DoesNotContain("   at ", text); // no stack trace
                var pdf = Repository.PathOf(output);
                Assert.True(File.Exists(pdf), $"`{command}` wrote no {output} in the folder it was typed in:\n{text}");
                var printed = ReportPdfTests.Flat(Pdf.Text(pdf));
                Assert.Matches(@"Số: \d\d/BC-BBT", printed);
                if (command.Contains("--proposals", StringComparison.Ordinal))
                    Assert.Contains(ReportPdfTests.Flat(await File.ReadAllTextAsync(proposalsFile)).Trim().TrimEnd('.'), printed);
            }
        }
        finally
        {
            foreach (var output in outputs)
                File.Delete(Repository.PathOf(output));
            if (ownProposals)
                File.Delete(proposalsFile);
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The demo's line: it fills the empty data folder, says where to open it, and answers there.</summary>
    private static async Task StartDemoAsWrittenAsync(string command, string data)
    {
        var (process, output) = Start(command, data);
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(4);
            Match address;
            while (!(address = Regex.Match(Read(output), @"Mở trình duyệt tại: (http://\S+)")).Success)
            {
                Assert.False(process.HasExited, $"`{command}` stopped:\n{Read(output)}");
                Assert.True(DateTime.UtcNow < deadline, $"`{command}` did not say where to open it:\n{Read(output)}");
                await Task.Delay(500);
            }
            using var http = new HttpClient();
            var health = await http.GetAsync(new Uri(new Uri(address.Groups[1].Value), "/health"));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var signIn = await http.GetStringAsync(new Uri(new Uri(address.Groups[1].Value), "/Account/Login"));
            Assert.Contains("Đăng nhập", WebUtility.HtmlDecode(signIn));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(string command, string data, TimeSpan limit)
    {
        var (process, output) = Start(command, data);
        using (process)
        {
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`{command}` did not end within {limit}:\n{Read(output)}");
            }
            process.WaitForExit(); // the output's last lines
            return (process.ExitCode, Read(output));
        }
    }

    /// <summary>The line through bash in the repository's root, as typed; only the data folder is the test's (an environment variable).</summary>
    private static (Process Process, StringBuilder Output) Start(string command, string data)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.Environment["Storage__DataDirectory"] = data;
        start.Environment.Remove("PWD"); // bash sets it to the folder it starts in
        return AppServer.StartCapturing(start);
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
            return output.ToString();
    }
}
