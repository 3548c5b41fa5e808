using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EditorialHub.Core.Reports.Pdf;

/// <summary>
/// PDFsharp puts two kinds of random values in a file: a six-letter tag before each embedded font
/// subset ("QBMLYZ+Liberation Serif") and the XMP metadata's document and instance UUIDs. Both are
/// replaced, in place and at the same length, by values drawn from the report itself, so that printing
/// an archived report again gives the same bytes. A tag only has to be six capital letters unique in the
/// file (ISO 32000-1, 9.6.4); the UUIDs only have to name this document.
/// </summary>
internal static partial class StableBytes
{
    public static byte[] Make(byte[] pdf, string documentKey)
    {
        // Latin-1 maps every byte to one char and back, so offsets (and the xref table) stay valid.
        var latin1 = Encoding.Latin1;
        var text = latin1.GetString(pdf);
        var tags = new Dictionary<string, string>();
        foreach (Match match in TagPattern().Matches(text))
        {
            var tag = match.Groups["tag"].Value;
            if (!tags.ContainsKey(tag))
                tags[tag] = Letters(Hash($"{tags.Count}:{match.Groups["font"].Value}"));
        }
        text = TagPattern().Replace(text, match =>
            match.Value.Replace(match.Groups["tag"].Value + "+", tags[match.Groups["tag"].Value] + "+"));
        text = UuidPattern().Replace(text, match =>
            $"<xmpMM:{match.Groups["name"].Value}>uuid:{new Guid(Hash($"{documentKey}:{match.Groups["name"].Value}").AsSpan(0, 16))}");
        return latin1.GetBytes(text);
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static string Letters(byte[] hash) => new(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());

    [GeneratedRegex(@"/(?:FontName|BaseFont)\s*/(?<tag>[A-Z]{6})\+(?<font>[^/\s<>\[\]()]+)")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"<xmpMM:(?<name>DocumentID|InstanceID)>uuid:[0-9a-fA-F-]{36}")]
    private static partial Regex UuidPattern();
}
