using System.Text;
using EditorialHub.Core.Articles.RichText;

namespace EditorialHub.Core.Articles.Attachments;

/// <summary>The uploader's file name made harmless to keep and to offer back on download.</summary>
public static class AttachmentNames
{
    /// <summary>
    /// The last segment of whatever path came with it ("../../etc/passwd.pdf" and "C:\x\a.pdf" keep
    /// only "passwd.pdf" and "a.pdf"), without control or direction-override characters (a NUL or a
    /// right-to-left override must not hide the real extension), without characters Windows forbids,
    /// without leading or trailing dots and spaces, and at most <see cref="Attachment.FileNameMaxLength"/>
    /// characters with its extension kept. Empty when nothing usable is left.
    /// </summary>
    public static string Clean(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
            return "";
        var name = fileName;
        var slash = name.LastIndexOfAny(['/', '\\']);
        if (slash >= 0)
            name = name[(slash + 1)..];
        if (!name.IsNormalized(NormalizationForm.FormC))
            name = name.Normalize(NormalizationForm.FormC);

        var clean = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            if (ch is '\r' or '\n' or '\t')
                clean.Append(' ');
            else if (ArticleHtml.IsInvisibleControl(ch))
                continue;
            else if (ch is '<' or '>' or ':' or '"' or '|' or '?' or '*')
                clean.Append('_');
            else
                clean.Append(ch);
        }
        var result = string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (result.Length <= Attachment.FileNameMaxLength)
            return result;

        var extension = Path.GetExtension(result);
        if (extension.Length > 16)
            extension = "";
        var stem = result[..(Attachment.FileNameMaxLength - extension.Length)];
        // Never cut a surrogate pair in half.
        if (char.IsHighSurrogate(stem[^1]))
            stem = stem[..^1];
        return stem.TrimEnd('.', ' ') + extension;
    }

    /// <summary>The extension in lower case without the dot ("" when there is none).</summary>
    public static string ExtensionOf(string cleanName) =>
        Path.GetExtension(cleanName).TrimStart('.').ToLowerInvariant();
}
