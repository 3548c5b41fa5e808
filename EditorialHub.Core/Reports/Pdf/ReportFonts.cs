using PdfSharp.Fonts;

namespace EditorialHub.Core.Reports.Pdf;

/// <summary>
/// The report's typeface: Times New Roman where the machine has it (Nghị định 30), otherwise Liberation
/// Serif, which has the same metrics (Debian: fonts-liberation2). Found on disk, embedded in every PDF.
/// With neither, printing stops with a message naming what to install: never a PDF of empty boxes.
/// </summary>
public sealed class ReportFonts : IFontResolver
{
    /// <summary>The family name the renderer asks PDFsharp for.</summary>
    public const string Family = "EditorialHub Report Serif";

    private static readonly string[] Faces = ["Regular", "Bold", "Italic", "BoldItalic"];

    private static readonly (string Name, string[] Directories, string[] Files)[] Candidates =
    [
        ("Times New Roman",
            ["/usr/share/fonts/truetype/msttcorefonts", "/usr/share/fonts/TTF", "/usr/share/fonts/truetype/times",
             @"C:\Windows\Fonts", "/Library/Fonts", "/System/Library/Fonts/Supplemental"],
            ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"]),
        ("Times New Roman",
            ["/usr/share/fonts/truetype/msttcorefonts", "/Library/Fonts", "/System/Library/Fonts/Supplemental"],
            ["Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"]),
        ("Times New Roman",
            ["/Library/Fonts", "/System/Library/Fonts/Supplemental"],
            ["Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf", "Times New Roman Bold Italic.ttf"]),
        ("Liberation Serif",
            ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
             "/usr/share/fonts/liberation-serif", "/usr/share/fonts/liberation", "/usr/share/fonts/TTF"],
            ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"]),
    ];

    public const string Missing =
        "Không tìm thấy phông chữ Times New Roman hoặc Liberation Serif để in báo cáo. "
        + "Trên Debian/Ubuntu cài gói fonts-liberation2 (sudo apt-get install fonts-liberation2); "
        + "trên Windows cần phông Times New Roman.";

    private static readonly Lock Gate = new();
    private static ReportFonts? _installed;
    private readonly Dictionary<string, byte[]> _faces;

    private ReportFonts(string name, Dictionary<string, byte[]> faces)
    {
        Name = name;
        _faces = faces;
    }

    /// <summary>"Times New Roman" or "Liberation Serif".</summary>
    public string Name { get; }

    /// <summary>
    /// Sets PDFsharp's licence (AGPL-3.0, the project's licence: LICENSE) and its font resolver, once
    /// per process. Throws <see cref="ReportException"/> when no suitable font is installed.
    /// </summary>
    public static ReportFonts Install()
    {
        lock (Gate)
        {
            if (_installed is not null)
                return _installed;
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            var fonts = Find() ?? throw new ReportException(Missing);
            GlobalFontSettings.FontResolver = fonts;
            return _installed = fonts;
        }
    }

    private static ReportFonts? Find()
    {
        foreach (var (name, directories, files) in Candidates)
            foreach (var directory in directories)
            {
                var paths = files.Select(file => Path.Combine(directory, file)).ToArray();
                if (paths.All(File.Exists))
                    return new ReportFonts(name, Faces.Zip(paths).ToDictionary(pair => pair.First, pair => File.ReadAllBytes(pair.Second)));
            }
        return null;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName == Family
            ? new FontResolverInfo(bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular")
            : null;

    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);
}
