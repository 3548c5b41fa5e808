using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace EditorialHub.Core.Articles.Attachments;

/// <summary>What an accepted file is: its kind and the content type it proved to be.</summary>
public sealed record InspectedFile(AttachmentKind Kind, string ContentType, string Extension);

/// <summary>
/// Decides whether a file may be attached, by its content (000 Điều 7.4: documents, images and video;
/// executables and scripts refused "whatever their extension claims"). The name only says which
/// type the content must prove to be; a file whose content disagrees with its name is refused.
/// </summary>
public static class AttachmentInspector
{
    // Zip bombs: an office file is a zip, and whatever opens it later (a preview, the reader's
    // Office) unpacks it. Real school documents stay far below these bounds.
    internal const int MaxZipEntries = 5000;
    internal const long MaxZipUncompressedBytes = 200L * 1024 * 1024;
    internal const int MaxCompressionRatio = 100;
    private const long RatioCheckedAbove = 1024 * 1024;

    private sealed record FileType(
        string Extension, DetectedFormat Format, AttachmentKind Kind, string ContentType, string Label, string? Marker = null);

    private static readonly FrozenDictionary<string, FileType> Types = new FileType[]
    {
        new("pdf", DetectedFormat.Pdf, AttachmentKind.Document, "application/pdf", "PDF"),
        new("doc", DetectedFormat.Ole2, AttachmentKind.Document, "application/msword", "tài liệu Word (.doc)", "WordDocument"),
        new("xls", DetectedFormat.Ole2, AttachmentKind.Document, "application/vnd.ms-excel", "bảng tính Excel (.xls)", "Workbook"),
        new("ppt", DetectedFormat.Ole2, AttachmentKind.Document, "application/vnd.ms-powerpoint", "bài trình chiếu PowerPoint (.ppt)", "PowerPoint Document"),
        new("docx", DetectedFormat.Zip, AttachmentKind.Document,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "tài liệu Word (.docx)",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        new("xlsx", DetectedFormat.Zip, AttachmentKind.Document,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bảng tính Excel (.xlsx)",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
        new("pptx", DetectedFormat.Zip, AttachmentKind.Document,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "bài trình chiếu PowerPoint (.pptx)",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
        new("odt", DetectedFormat.Zip, AttachmentKind.Document, "application/vnd.oasis.opendocument.text", "văn bản OpenDocument (.odt)"),
        new("ods", DetectedFormat.Zip, AttachmentKind.Document, "application/vnd.oasis.opendocument.spreadsheet", "bảng tính OpenDocument (.ods)"),
        new("odp", DetectedFormat.Zip, AttachmentKind.Document, "application/vnd.oasis.opendocument.presentation", "bài trình chiếu OpenDocument (.odp)"),
        new("png", DetectedFormat.Png, AttachmentKind.Image, "image/png", "ảnh PNG"),
        new("jpg", DetectedFormat.Jpeg, AttachmentKind.Image, "image/jpeg", "ảnh JPEG"),
        new("jpeg", DetectedFormat.Jpeg, AttachmentKind.Image, "image/jpeg", "ảnh JPEG"),
        new("gif", DetectedFormat.Gif, AttachmentKind.Image, "image/gif", "ảnh GIF"),
        new("webp", DetectedFormat.WebP, AttachmentKind.Image, "image/webp", "ảnh WebP"),
        new("mp4", DetectedFormat.Mp4, AttachmentKind.Video, "video/mp4", "video MP4"),
        new("webm", DetectedFormat.WebM, AttachmentKind.Video, "video/webm", "video WebM"),
    }.ToFrozenDictionary(type => type.Extension, StringComparer.Ordinal);

    /// <summary>Named in DOMAIN.md (and their relatives): refused by name before a byte is read.</summary>
    private static readonly FrozenSet<string> Executable = new[]
    {
        "exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "cpl", "dll", "sys", "lnk", "reg", "hta", "inf",
        "js", "jse", "mjs", "vbs", "vbe", "wsf", "wsh", "ws", "ps1", "psm1", "psd1", "jar", "class", "sh", "bash",
        "zsh", "py", "pl", "rb", "php", "apk", "app", "dmg", "deb", "rpm", "run", "bin", "elf",
        "html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "swf",
        "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppsm",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Refuses a name that can never be accepted (an executable's or an unknown extension), before the upload is read.</summary>
    public static void CheckName(string cleanName)
    {
        if (cleanName.Length == 0)
            throw Refused(AttachmentMessages.NameRequired);
        var extension = AttachmentNames.ExtensionOf(cleanName);
        if (Executable.Contains(extension))
            throw Refused(AttachmentMessages.ExecutableExtension(cleanName, extension));
        if (!Types.ContainsKey(extension))
            throw Refused(AttachmentMessages.UnsupportedExtension(cleanName, extension));
    }

    /// <summary>Accepts the content under <paramref name="cleanName"/> or throws a <see cref="WorkflowException"/> saying why not.</summary>
    /// <param name="content">Seekable; read from its start.</param>
    public static InspectedFile Inspect(string cleanName, Stream content)
    {
        CheckName(cleanName);
        var type = Types[AttachmentNames.ExtensionOf(cleanName)];
        if (content.Length == 0)
            throw Refused(AttachmentMessages.Empty(cleanName));

        content.Position = 0;
        var head = new byte[FileSignatures.HeadLength];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var detected = FileSignatures.Detect(head.AsSpan(0, read));

        if (IsRunnable(detected, out var program))
            throw Refused(AttachmentMessages.DisguisedExecutable(cleanName, type.Label, Describe(detected), program));
        if (detected != type.Format)
            throw Refused(AttachmentMessages.Mismatch(cleanName, type.Label, Describe(detected)));

        content.Position = 0;
        if (type.Format == DetectedFormat.Zip)
            CheckZip(cleanName, type, content);
        else if (type.Format == DetectedFormat.Ole2)
            CheckCompoundFile(cleanName, type, content);
        content.Position = 0;
        return new InspectedFile(type.Kind, type.ContentType, type.Extension);
    }

    private static bool IsRunnable(DetectedFormat format, out bool program)
    {
        program = format is DetectedFormat.WindowsExecutable or DetectedFormat.LinuxExecutable or DetectedFormat.MacExecutable;
        return program || format is DetectedFormat.ShellScript or DetectedFormat.Script or DetectedFormat.Html or DetectedFormat.Svg;
    }

    private static string Describe(DetectedFormat format) => format switch
    {
        DetectedFormat.Pdf => "PDF",
        DetectedFormat.Ole2 => "tệp Office dạng cũ (doc, xls, ppt) hoặc gói cài đặt",
        DetectedFormat.Zip => "tệp nén ZIP",
        DetectedFormat.Png => "ảnh PNG",
        DetectedFormat.Jpeg => "ảnh JPEG",
        DetectedFormat.Gif => "ảnh GIF",
        DetectedFormat.WebP => "ảnh WebP",
        DetectedFormat.Mp4 => "video MP4",
        DetectedFormat.WebM => "video WebM",
        DetectedFormat.WindowsExecutable => "chương trình chạy được (.exe)",
        DetectedFormat.LinuxExecutable => "chương trình chạy được (ELF, Linux)",
        DetectedFormat.MacExecutable => "chương trình chạy được (macOS)",
        DetectedFormat.ShellScript => "tập lệnh (shell script)",
        DetectedFormat.Script => "tập lệnh (JavaScript, VBScript, PowerShell hoặc batch)",
        DetectedFormat.Html => "trang web HTML (có thể chạy mã trong trình duyệt)",
        DetectedFormat.Svg => "ảnh SVG (có thể chạy mã trong trình duyệt)",
        DetectedFormat.Text => "văn bản thuần",
        _ => "dữ liệu không rõ loại",
    };

    private static void CheckZip(string name, FileType type, Stream content)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception error) when (error is InvalidDataException or NotSupportedException)
        {
            throw Refused(AttachmentMessages.NotGenuine(name, type.Label, "tệp nén bị hỏng"));
        }
        using (archive)
        {
            try
            {
                var entries = archive.Entries;
                if (entries.Count > MaxZipEntries)
                    throw Refused(AttachmentMessages.ZipBomb(name));
                if (entries.Any(entry => entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
                    throw Refused(AttachmentMessages.Macro(name));
                if (entries.Any(entry => entry.FullName.Equals("META-INF/MANIFEST.MF", StringComparison.OrdinalIgnoreCase))
                    && entries.Any(entry => entry.FullName.EndsWith(".class", StringComparison.OrdinalIgnoreCase)))
                    throw Refused(AttachmentMessages.DisguisedExecutable(name, type.Label, "chương trình Java (.jar)", program: true));
                CheckUnpackedSize(name, entries);

                if (type.Marker is { } mainPart)
                    CheckOfficeOpenXml(name, type, archive, mainPart);
                else
                    CheckOpenDocument(name, type, archive);
            }
            catch (Exception error) when (error is InvalidDataException or NotSupportedException)
            {
                throw Refused(AttachmentMessages.NotGenuine(name, type.Label, "tệp nén bị hỏng"));
            }
        }
    }

    /// <summary>
    /// Unpacks every entry counting bytes, without keeping them: the sizes written in the zip can
    /// lie, the bytes cannot. Stops at the first bound passed.
    /// </summary>
    private static void CheckUnpackedSize(string name, IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in entries)
        {
            if (entry.Length > MaxZipUncompressedBytes)
                throw Refused(AttachmentMessages.ZipBomb(name));
            using var stream = entry.Open();
            long unpacked = 0;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                unpacked += read;
                total += read;
                if (total > MaxZipUncompressedBytes
                    || (unpacked > RatioCheckedAbove && unpacked > Math.Max(entry.CompressedLength, 1) * MaxCompressionRatio))
                    throw Refused(AttachmentMessages.ZipBomb(name));
            }
        }
    }

    private static void CheckOfficeOpenXml(string name, FileType type, ZipArchive archive, string mainContentType)
    {
        var types = archive.GetEntry("[Content_Types].xml")
            ?? throw Refused(AttachmentMessages.NotGenuine(name, type.Label, "tệp nén không có [Content_Types].xml của Office"));
        var declared = ReadSmallText(types, 1024 * 1024);
        if (declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            throw Refused(AttachmentMessages.Macro(name));
        if (!declared.Contains(mainContentType, StringComparison.OrdinalIgnoreCase))
            throw Refused(AttachmentMessages.NotGenuine(name, type.Label,
                "tệp Office bên trong là loại khác (ví dụ tài liệu Word mang tên bảng tính)"));
    }

    private static void CheckOpenDocument(string name, FileType type, ZipArchive archive)
    {
        // ODF: the first entry is "mimetype", stored, holding exactly the document's type.
        var first = archive.Entries.FirstOrDefault();
        if (first is null || first.FullName != "mimetype")
            throw Refused(AttachmentMessages.NotGenuine(name, type.Label, "tệp nén không có mục mimetype của OpenDocument"));
        var mimetype = ReadSmallText(first, 256).Trim();
        if (mimetype != type.ContentType)
            throw Refused(AttachmentMessages.NotGenuine(name, type.Label, $"tệp OpenDocument bên trong là «{mimetype}»"));
    }

    private static string ReadSmallText(ZipArchiveEntry entry, int max)
    {
        using var stream = entry.Open();
        var buffer = new byte[max];
        var read = stream.ReadAtLeast(buffer, max, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    /// <summary>
    /// doc, xls, ppt and msi share one container (OLE2). The directory names its streams in UTF-16:
    /// a Word file has "WordDocument", an installer has none of the three; macros live in "Macros"
    /// or "_VBA_PROJECT".
    /// </summary>
    private static void CheckCompoundFile(string name, FileType type, Stream content)
    {
        var bytes = new byte[content.Length];
        content.ReadExactly(bytes);
        var markers = type.Extension == "xls" ? new[] { "Workbook", "Book" } : [type.Marker!];
        if (!markers.Any(marker => bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(marker)) >= 0))
            throw Refused(AttachmentMessages.NotGenuine(name, type.Label,
                "tệp Office dạng cũ bên trong là loại khác hoặc là gói cài đặt"));
        if (bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("_VBA_PROJECT")) >= 0
            || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes("Macros\0")) >= 0)
            throw Refused(AttachmentMessages.Macro(name));
    }

    private static WorkflowException Refused(string message) => new(WorkflowError.AttachmentRefused, message);
}
