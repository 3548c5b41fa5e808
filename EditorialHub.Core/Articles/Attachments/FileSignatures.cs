using System.Text;

namespace EditorialHub.Core.Articles.Attachments;

/// <summary>What the first bytes of a file say it is (its "magic" numbers), whatever its name claims.</summary>
public enum DetectedFormat
{
    Unknown = 0,
    Pdf,
    /// <summary>An OLE2 compound file: Word 97–2003 (.doc), Excel (.xls), PowerPoint (.ppt) — and also .msi installers.</summary>
    Ole2,
    Zip,
    Png,
    Jpeg,
    Gif,
    WebP,
    Mp4,
    WebM,
    WindowsExecutable,
    LinuxExecutable,
    MacExecutable,
    ShellScript,
    Html,
    Svg,
    Script,
    Text,
}

/// <summary>
/// Reads a file's signature from its first bytes. The type of an attachment is decided here, by
/// content, never by the name alone (000 Điều 7.4: executables refused "whatever their extension claims").
/// </summary>
public static class FileSignatures
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadLength = 4096;

    public static DetectedFormat Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
            return DetectedFormat.Pdf;
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
            return DetectedFormat.Ole2;
        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
            return DetectedFormat.Zip;
        if (IsPng(head))
            return DetectedFormat.Png;
        if (IsJpeg(head))
            return DetectedFormat.Jpeg;
        if (IsGif(head))
            return DetectedFormat.Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
            return DetectedFormat.WebP;
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
            return DetectedFormat.Mp4;
        if (head.StartsWith(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }))
            // Matroska and WebM share the EBML header; only WebM's doc type is a web video.
            return head[..Math.Min(head.Length, 64)].IndexOf("webm"u8) >= 0 ? DetectedFormat.WebM : DetectedFormat.Unknown;
        if (head.StartsWith("MZ"u8))
            return DetectedFormat.WindowsExecutable;
        if (head.StartsWith(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }))
            return DetectedFormat.LinuxExecutable;
        if (head.StartsWith(new byte[] { 0xFE, 0xED, 0xFA, 0xCE }) || head.StartsWith(new byte[] { 0xFE, 0xED, 0xFA, 0xCF })
            || head.StartsWith(new byte[] { 0xCE, 0xFA, 0xED, 0xFE }) || head.StartsWith(new byte[] { 0xCF, 0xFA, 0xED, 0xFE })
            || head.StartsWith(new byte[] { 0xCA, 0xFE, 0xBA, 0xBE }))
            return DetectedFormat.MacExecutable;
        return DetectText(head);
    }

    public static bool IsPng(ReadOnlySpan<byte> head) => head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

    public static bool IsJpeg(ReadOnlySpan<byte> head) => head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF });

    public static bool IsGif(ReadOnlySpan<byte> head) => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8);

    /// <summary>Text files: what a browser or Windows would run them as (HTML, SVG, a script), or plain text.</summary>
    private static DetectedFormat DetectText(ReadOnlySpan<byte> head)
    {
        var utf16 = head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF });
        if (head.IsEmpty || (head.IndexOf((byte)0) >= 0 && !utf16))
            return DetectedFormat.Unknown;
        var text = DecodeText(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("#!", StringComparison.Ordinal))
            return DetectedFormat.ShellScript;
        var lower = text.ToLowerInvariant();
        if (lower.Contains("<svg", StringComparison.Ordinal))
            return DetectedFormat.Svg;
        string[] html = ["<!doctype html", "<html", "<script", "<head", "<body", "<iframe", "<meta", "<a ", "<img", "<div", "<p>", "<?xml"];
        if (html.Any(marker => lower.Contains(marker, StringComparison.Ordinal)))
            return DetectedFormat.Html;
        string[] script =
        [
            // JavaScript / JScript, VBScript, PowerShell, batch files — what Windows runs on a double click.
            "function ", "function(", "var ", "let ", "const ", "eval(", "=>", "document.", "window.", "activexobject",
            "wscript", "createobject", "dim ", "sub ", "end sub", "on error resume",
            "invoke-", "$env:", "param(", "set-executionpolicy", "iex ", "new-object", "start-process",
            "@echo", "echo off", "%~dp0", "cmd /c", "cmd.exe", "powershell", "goto ", "set /a", "reg add",
        ];
        if (script.Any(marker => lower.Contains(marker, StringComparison.Ordinal)))
            return DetectedFormat.Script;
        return DetectedFormat.Text;
    }

    private static string DecodeText(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(new byte[] { 0xFF, 0xFE }))
            return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith(new byte[] { 0xFE, 0xFF }))
            return Encoding.BigEndianUnicode.GetString(head[2..]);
        return Encoding.UTF8.GetString(head);
    }
}
