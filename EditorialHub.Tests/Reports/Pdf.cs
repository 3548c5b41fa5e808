using System.Diagnostics;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.Reports;

/// <summary>Reads a PDF the way a person would, with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm).</summary>
internal static class Pdf
{
    /// <summary>Where the tests leave the PDFs they made, to be looked at (TestResults/reports).</summary>
    public static string Keep(byte[] pdf, string name)
    {
        var directory = Path.Combine(Repository.Root, "TestResults", "reports");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>The text of the pages (all, or one), in reading order as laid out.</summary>
    public static string Text(string path, int? page = null) =>
        Run("pdftotext", page is { } p ? $"-layout -f {p} -l {p} \"{path}\" -" : $"-layout \"{path}\" -");

    public static int Pages(string path)
    {
        var line = Run("pdfinfo", $"\"{path}\"").Split('\n').Single(l => l.StartsWith("Pages:"));
        return int.Parse(line["Pages:".Length..].Trim());
    }

    /// <summary>The rows of pdffonts after its two header lines.</summary>
    public static IReadOnlyList<string> Fonts(string path) =>
        Run("pdffonts", $"\"{path}\"").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

    public static void Png(string path, string prefix) =>
        Run("pdftoppm", $"-png -r 60 \"{path}\" \"{prefix}\"");

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"{tool} did not start (Debian: apt-get install poppler-utils).");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {arguments}: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
