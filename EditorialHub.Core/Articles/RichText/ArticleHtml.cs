using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EditorialHub.Core.Articles.Attachments;

namespace EditorialHub.Core.Articles.RichText;

/// <summary>
/// The allow-list every item body passes before it is stored (issue 4: "sanitised on the server
/// against an allow-list"). The input is parsed the way a browser parses it (AngleSharp, HTML5) and
/// the output is written anew from the tree: only the elements and attributes named here ever leave,
/// text is re-encoded, so nothing the writer (or Word) sent can reach a reader's browser as script.
/// </summary>
/// <remarks>
/// The board answers for everything on the portal (Điều 13.4), and the body is shown to the editors,
/// approvers and the principal inside the app: a script in a body would run with their sessions.
/// </remarks>
public static partial class ArticleHtml
{
    /// <summary>The largest inline picture (data: URL, characters of base64) kept in a body: about 1.5 MB.</summary>
    public const int MaxInlineImageChars = 2 * 1024 * 1024;

    /// <summary>
    /// The largest body accepted, in characters of HTML with its pasted pictures: one inline picture
    /// at its largest and the text around it.
    /// </summary>
    public const int MaxBodyChars = 3_000_000;

    /// <summary>
    /// The largest body accepted without its pasted pictures' data (the markup the parser walks): a
    /// long article is a fraction of it. The parser's work grows faster than the markup
    /// on hostile input; this keeps every body's cleaning well under a second.
    /// </summary>
    public const int MaxMarkupChars = 100_000;

    /// <summary>Over <see cref="MaxBodyChars"/>, or over <see cref="MaxMarkupChars"/> without its inline pictures' data.</summary>
    public static bool IsTooLarge(string? html)
    {
        if (html is null || html.Length <= MaxMarkupChars)
            return false;
        if (html.Length > MaxBodyChars)
            return true;
        var markup = html.Length;
        foreach (Match picture in InlineImageData().Matches(html))
            markup -= picture.Groups[1].Length;
        return markup > MaxMarkupChars;
    }

    /// <summary>Where attachments are served; images in a body may point only there.</summary>
    public const string AttachmentPathPrefix = "/attachments/";

    private const int MaxUrlLength = 2000;
    private const int MaxAltLength = 500;
    // Bounds the parser's nesting, and with it this class's recursion: a hostile body of a hundred
    // thousand nested tags must not overflow the stack of the server.
    private const int MaxDepth = 256;

    /// <summary>Removed together with everything inside them.</summary>
    private static readonly FrozenSet<string> Dropped = new[]
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param", "form", "input",
        "button", "select", "option", "optgroup", "textarea", "datalist", "output", "svg", "math", "template",
        "noscript", "noembed", "noframes", "xmp", "plaintext", "title", "head", "meta", "link", "base", "audio",
        "video", "source", "track", "canvas", "map", "area", "portal", "dialog", "xml", "caption", "colgroup", "col",
        "hr", "wbr", "slot", "search", "selectedcontent", "fencedframe",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Kept as they are, without attributes (or renamed: h1 → h2, b → strong …).</summary>
    private static readonly FrozenDictionary<string, string> Renamed = new Dictionary<string, string>
    {
        ["p"] = "p", ["h1"] = "h2", ["h2"] = "h2", ["h3"] = "h3", ["h4"] = "h4", ["h5"] = "h4", ["h6"] = "h4",
        ["strong"] = "strong", ["b"] = "strong", ["em"] = "em", ["i"] = "em", ["u"] = "u", ["ins"] = "u",
        ["s"] = "s", ["strike"] = "s", ["del"] = "s", ["sub"] = "sub", ["sup"] = "sup",
        ["ul"] = "ul", ["ol"] = "ol", ["li"] = "li", ["blockquote"] = "blockquote",
        ["figure"] = "figure", ["figcaption"] = "figcaption",
        ["table"] = "table", ["thead"] = "thead", ["tbody"] = "tbody", ["tfoot"] = "tbody", ["tr"] = "tr",
        ["th"] = "th", ["td"] = "td",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Containers that become a paragraph when they hold only inline content, and vanish otherwise.</summary>
    private static readonly FrozenSet<string> Containers = new[]
    {
        "div", "section", "article", "header", "footer", "main", "aside", "nav", "center", "address",
        "dl", "dt", "dd", "pre", "details", "summary", "fieldset", "legend", "hgroup",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "blockquote", "figure",
        "div", "section", "article", "header", "footer", "main", "aside", "nav", "center", "address", "dl", "dt", "dd",
        "pre", "details", "summary", "fieldset", "legend", "hgroup", "tr", "td", "th", "figcaption", "br",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Inside these only their structural children count; text here would be moved out of the table
    // by the next browser that parses it.
    private static readonly FrozenSet<string> TableStructure =
        new[] { "table", "thead", "tbody", "tfoot", "tr" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The body made safe: only the allowed elements and attributes, text re-encoded.</summary>
    /// <exception cref="ArgumentException">The body <see cref="IsTooLarge"/> (the item refuses it first, in words).</exception>
    public static string Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return "";
        if (IsTooLarge(html))
            throw new ArgumentException("The body is over the cleaner's bounds.", nameof(html));
        if (NestsTooDeep(html))
        {
            // The parser slows down quadratically with nesting (20,000 nested divs: seconds of a
            // core). No editor nests that deep; such a body keeps its words as one paragraph.
            var text = new StringBuilder();
            WriteText(PlainText(StripTags(html)), text);
            return text.Length == 0 ? "" : $"<p>{text}</p>";
        }
        var output = new StringBuilder(html.Length);
        WriteChildren(Parse(html), output, inTable: false);
        return output.ToString().Trim();
    }

    /// <summary>
    /// The readable text of a body (for word counts, search and previews): the words a reader sees,
    /// blocks separated by one space, nothing of scripts or styles.
    /// </summary>
    public static string PlainTextOf(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return "";
        if (NestsTooDeep(html))
            return PlainText(StripTags(html));
        var text = new StringBuilder(html.Length);
        AppendText(Parse(html), text);
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    public static int WordCount(string? html) =>
        PlainTextOf(html).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// A title, summary, comment or other field shown as plain text, kept as the person typed it:
    /// control and direction-override characters removed, Unicode composed (NFC, as Vietnamese typed
    /// on a Mac arrives decomposed), spaces collapsed, trimmed. Nothing that looks like a tag is
    /// removed ("Điểm a&lt;b và c&gt;d, x &lt; 5" stays whole): plain text is never read as HTML, every
    /// place that shows it encodes it (Razor, the export, the e-mail), so stripping protected nothing
    /// and lost words. A title is one line; a summary may keep its line breaks.
    /// </summary>
    public static string PlainText(string? text, bool multiline = false)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var lined = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (!lined.IsNormalized(NormalizationForm.FormC))
            lined = lined.Normalize(NormalizationForm.FormC);

        var clean = new StringBuilder(lined.Length);
        foreach (var ch in lined)
        {
            if (ch == '\n')
                clean.Append(multiline ? '\n' : ' ');
            else if (ch is '\t' or '\v' or '\f' or '\u00A0' or '\u2028' or '\u2029')
                clean.Append(' ');
            else if (!IsInvisibleControl(ch))
                clean.Append(ch);
        }
        var lines = clean.ToString().Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return multiline
            ? ManyBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim()
            : string.Join(' ', lines).Trim();
    }

    /// <summary>
    /// The words of markup that is not parsed (a body nested too deep for the parser): tags, comments,
    /// scripts and styles removed. Never for a plain-text field, which is not markup.
    /// </summary>
    private static string StripTags(string html)
    {
        var stripped = ScriptOrStyleBlock().Replace(html, " ");
        stripped = Comment().Replace(stripped, " ");
        return Tag().Replace(stripped, " ");
    }

    /// <summary>Control characters and the invisible direction/format marks used to disguise text (e.g. "gpj.exe" shown as "exe.jpg").</summary>
    internal static bool IsInvisibleControl(char ch) =>
        char.IsControl(ch)
        || ch is '\u200B' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || ch is >= '\u202A' and <= '\u202E'
        || ch is >= '\u2066' and <= '\u2069';

    /// <summary>
    /// A quick upper estimate of the nesting, counting tags that must be closed; elements a browser
    /// closes by itself (p, li, td …) and void ones (br, img …) do not count.
    /// </summary>
    private static bool NestsTooDeep(string html)
    {
        // Markup entity-encoded inside markup over and over ("&amp;amp;amp;…lt;iframe"): no editor
        // writes it, and it is how documents are hidden inside attributes from the count below.
        if (EncodedTooDeep().IsMatch(html))
            return true;
        var depth = 0;
        foreach (Match tag in TagToken().Matches(html))
        {
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (tag.Groups[3].Length > 0 || ClosedByThemselves.Contains(name))
                continue;
            if (tag.Groups[1].Length > 0)
                depth = Math.Max(depth - 1, 0);
            else if (++depth > MaxDepth / 2)
                return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> ClosedByThemselves = new[]
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp",
        "caption", "colgroup", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "html", "head", "body",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static INodeList Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { MaximumDepth = MaxDepth }, BrowsingContext.New(FramelessElements.Configuration));
        // A fragment in the body of a standards-mode document: parsed exactly as a browser would
        // parse the body when the page shows it (no quirks-mode differences).
        var document = parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        return parser.ParseFragment(html, document.Body!);
    }

    private static void WriteChildren(IEnumerable<INode> nodes, StringBuilder output, bool inTable)
    {
        var children = nodes as IList<INode> ?? nodes.ToList();
        for (var i = 0; i < children.Count; i++)
        {
            var node = children[i];
            if (inTable && node is not IElement)
                continue;
            if (node is IElement element && WordListLevel(element) is not null)
            {
                i = WriteWordList(children, i, output) - 1;
                continue;
            }
            WriteNode(node, output);
        }
    }

    private static void WriteNode(INode node, StringBuilder output)
    {
        switch (node)
        {
            case IText text:
                WriteText(text.Data, output);
                break;
            case IElement element:
                WriteElement(element, output);
                break;
            default:
                // Comments (Word's conditional comments among them), processing instructions, doctypes: dropped.
                break;
        }
    }

    private static void WriteElement(IElement element, StringBuilder output)
    {
        var name = element.LocalName;
        // svg and math carry their own parsing rules (the classic route of mutation XSS): gone whole.
        if (element.NamespaceUri != "http://www.w3.org/1999/xhtml" || Dropped.Contains(name)
            || name.StartsWith("v:", StringComparison.Ordinal) || IsWordListMarker(element))
            return;

        switch (name)
        {
            case "br":
                output.Append("<br>");
                return;
            case "a":
                WriteLink(element, output);
                return;
            case "img":
                WriteImage(element, output);
                return;
            case "td" or "th":
                output.Append('<').Append(name);
                WriteSpan(element, "colspan", 1000, output);
                WriteSpan(element, "rowspan", 1000, output);
                output.Append('>');
                WriteChildren(element.ChildNodes, output, inTable: false);
                output.Append("</").Append(name).Append('>');
                return;
        }

        if (Renamed.TryGetValue(name, out var allowed))
        {
            output.Append('<').Append(allowed).Append('>');
            WriteChildren(element.ChildNodes, output, inTable: TableStructure.Contains(name));
            output.Append("</").Append(allowed).Append('>');
        }
        else if (Containers.Contains(name) && !element.Descendants<IElement>().Any(inner => Blocks.Contains(inner.LocalName)))
        {
            // Word and other editors wrap paragraphs in divs; a div holding only text is a paragraph.
            output.Append("<p>");
            WriteChildren(element.ChildNodes, output, inTable: false);
            output.Append("</p>");
        }
        else
        {
            // Everything else (span, font, o:p, label, …): the element goes, its text stays.
            WriteChildren(element.ChildNodes, output, inTable: false);
        }
    }

    private static void WriteLink(IElement element, StringBuilder output)
    {
        var href = SafeHref(element.GetAttribute("href"));
        if (href is null)
        {
            // A link to somewhere not allowed keeps its words and loses the link.
            WriteChildren(element.ChildNodes, output, inTable: false);
            return;
        }
        output.Append("<a href=\"");
        WriteAttributeValue(href, output);
        output.Append("\" rel=\"noopener noreferrer\">");
        WriteChildren(element.ChildNodes, output, inTable: false);
        output.Append("</a>");
    }

    private static void WriteImage(IElement element, StringBuilder output)
    {
        var source = SafeImageSource(element.GetAttribute("src"));
        if (source is null)
            return;
        output.Append("<img src=\"");
        WriteAttributeValue(source, output);
        output.Append('"');
        var alt = PlainText(element.GetAttribute("alt"));
        if (alt.Length > 0)
        {
            output.Append(" alt=\"");
            WriteAttributeValue(alt.Length > MaxAltLength ? alt[..MaxAltLength] : alt, output);
            output.Append('"');
        }
        output.Append('>');
    }

    private static void WriteSpan(IElement cell, string attribute, int max, StringBuilder output)
    {
        if (int.TryParse(cell.GetAttribute(attribute)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span)
            && span > 1 && span <= max)
            output.Append(' ').Append(attribute).Append("=\"").Append(span.ToString(CultureInfo.InvariantCulture)).Append('"');
    }

    /// <summary>An address a link may keep: http, https, mailto, a path on this site, or a bookmark on the page.</summary>
    internal static string? SafeHref(string? raw)
    {
        var url = CleanUrl(raw);
        if (url is null)
            return null;
        // Word's table of contents links to its own bookmarks (#_Toc…).
        if (url.StartsWith('#'))
            return url;
        if (url.StartsWith('/'))
            // "//host" and "/\host" leave the site (browsers read a backslash as a slash).
            return url.Length > 1 && url[1] is '/' or '\\' ? null : url;
        var colon = url.IndexOf(':');
        var firstDelimiter = url.IndexOfAny(['/', '?', '#']);
        if (colon <= 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
            return null;
        var scheme = url[..colon].ToLowerInvariant();
        return scheme switch
        {
            "http" or "https" => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? url : null,
            "mailto" => url,
            // javascript:, vbscript:, data:, file:, and every scheme nobody named.
            _ => null,
        };
    }

    /// <summary>An image source a body may keep: an attachment of this site, or a small inline PNG, JPEG or GIF.</summary>
    internal static string? SafeImageSource(string? raw)
    {
        var url = CleanUrl(raw);
        if (url is null)
            return null;
        if (AttachmentPath().IsMatch(url) && !url.Contains("..", StringComparison.Ordinal))
            return url;
        var data = InlineImage().Match(url);
        if (!data.Success || url.Length > MaxInlineImageChars)
            return null;
        var type = data.Groups[1].Value.ToLowerInvariant();
        var base64 = data.Groups[2].Value;
        var bytes = new byte[base64.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(base64, bytes, out var length))
            return null;
        // The bytes must be what the URL says: no HTML or SVG under an image's name.
        var head = bytes.AsSpan(0, length);
        var genuine = type switch
        {
            "png" => FileSignatures.IsPng(head),
            "jpeg" or "jpg" => FileSignatures.IsJpeg(head),
            "gif" => FileSignatures.IsGif(head),
            _ => false,
        };
        return genuine ? $"data:image/{(type == "jpg" ? "jpeg" : type)};base64,{base64}" : null;
    }

    /// <summary>
    /// The address as a browser will read it: the URL standard removes tabs and line breaks anywhere
    /// and control characters and spaces at both ends, so "java&amp;#9;script:" is "javascript:".
    /// </summary>
    private static string? CleanUrl(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
            return null;
        var url = raw.Replace("\t", "").Replace("\n", "").Replace("\r", "").Trim(ControlsAndSpace);
        if (url.Length == 0 || url.Length > MaxInlineImageChars)
            return null;
        if (url.Any(ch => char.IsControl(ch) || IsInvisibleControl(ch)))
            return null;
        return url.Length > MaxUrlLength && !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? null : url;
    }

    private static readonly char[] ControlsAndSpace =
        Enumerable.Range(0, 0x21).Select(code => (char)code).ToArray();

    private static void WriteText(string text, StringBuilder output)
    {
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '\u00A0': output.Append("&nbsp;"); break;
                case '\n' or '\t' or '\r': output.Append(ch); break;
                default:
                    if (!IsInvisibleControl(ch))
                        output.Append(ch);
                    break;
            }
        }
    }

    private static void WriteAttributeValue(string value, StringBuilder output)
    {
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '&': output.Append("&amp;"); break;
                case '"': output.Append("&quot;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                default: output.Append(ch); break;
            }
        }
    }

    // ----- Word's lists -----
    // Word does not paste <ul>/<ol>: each item is a <p style="mso-list:l0 level1 lfo1"> whose bullet or
    // number is typed out between <![if !supportLists]> and <![endif]>. They become real lists again.

    private static int? WordListLevel(IElement element) => WordListItem(element)?.Level;

    /// <summary>The Word list (l0, l1 …) a paragraph belongs to and its level, or null for an ordinary paragraph.</summary>
    private static (string List, int Level)? WordListItem(IElement element)
    {
        if (element.LocalName is not ("p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
            return null;
        var style = element.GetAttribute("style");
        if (style is null || !style.Contains("mso-list:", StringComparison.OrdinalIgnoreCase))
            return null;
        var list = WordListStyle().Match(style);
        if (!list.Success || list.Groups[1].Value.Equals("ignore", StringComparison.OrdinalIgnoreCase)
            || list.Groups[1].Value.Equals("none", StringComparison.OrdinalIgnoreCase))
            return null;
        var level = list.Groups[2].Success ? Math.Clamp(int.Parse(list.Groups[2].Value, CultureInfo.InvariantCulture), 1, 9) : 1;
        return (list.Groups[1].Value.ToLowerInvariant(), level);
    }

    private static bool IsWordListMarker(IElement element) =>
        element.GetAttribute("style") is { } style && WordListIgnore().IsMatch(style);

    /// <summary>Writes the run of Word list paragraphs starting at <paramref name="start"/>; returns the index after it.</summary>
    private static int WriteWordList(IList<INode> siblings, int start, StringBuilder output)
    {
        var items = new List<(int Level, bool Ordered, IElement Paragraph)>();
        // One Word list (l0, l1 …) is one list: a bulleted list followed by a numbered one stays two.
        var listId = WordListItem((IElement)siblings[start])!.Value.List;
        var i = start;
        while (i < siblings.Count)
        {
            if (siblings[i] is IElement paragraph && WordListItem(paragraph) is { } item && item.List == listId)
            {
                items.Add((item.Level, IsOrderedWordItem(paragraph), paragraph));
                i++;
            }
            else if (siblings[i] is IText { Data: var text } && string.IsNullOrWhiteSpace(text)
                && i + 1 < siblings.Count && siblings[i + 1] is IElement next && WordListItem(next)?.List == listId)
                i++;
            else
                break;
        }
        var index = 0;
        while (index < items.Count)
            index = WriteListLevel(items, index, items[index].Level, output);
        return i;
    }

    private static int WriteListLevel(List<(int Level, bool Ordered, IElement Paragraph)> items, int index, int level, StringBuilder output)
    {
        var tag = items[index].Ordered ? "ol" : "ul";
        output.Append('<').Append(tag).Append('>');
        while (index < items.Count && items[index].Level >= level)
        {
            output.Append("<li>");
            WriteWordListItem(items[index].Paragraph, output);
            index++;
            while (index < items.Count && items[index].Level > level)
                index = WriteListLevel(items, index, items[index].Level, output);
            output.Append("</li>");
        }
        output.Append("</").Append(tag).Append('>');
        return index;
    }

    private static void WriteWordListItem(IElement paragraph, StringBuilder output)
    {
        var inMarker = false;
        foreach (var node in paragraph.ChildNodes)
        {
            if (node is IComment comment)
            {
                var data = comment.Data.Trim();
                if (data.StartsWith("[if !supportLists]", StringComparison.OrdinalIgnoreCase))
                    inMarker = true;
                else if (data.StartsWith("[endif]", StringComparison.OrdinalIgnoreCase))
                    inMarker = false;
                continue;
            }
            if (!inMarker)
                WriteNode(node, output);
        }
    }

    private static bool IsOrderedWordItem(IElement paragraph)
    {
        var marker = new StringBuilder();
        var inMarker = false;
        foreach (var node in paragraph.ChildNodes)
        {
            if (node is IComment comment)
            {
                var data = comment.Data.Trim();
                inMarker = data.StartsWith("[if !supportLists]", StringComparison.OrdinalIgnoreCase)
                    || (!data.StartsWith("[endif]", StringComparison.OrdinalIgnoreCase) && inMarker);
                continue;
            }
            if (inMarker || (node is IElement element && IsWordListMarker(element)))
                marker.Append(node.TextContent);
        }
        return OrderedMarker().IsMatch(marker.ToString().Replace('\u00A0', ' ').Trim());
    }

    private static void AppendText(IEnumerable<INode> nodes, StringBuilder text)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case IText t:
                    foreach (var ch in t.Data)
                        text.Append(IsInvisibleControl(ch) ? ' ' : ch);
                    break;
                case IElement element when element.NamespaceUri == "http://www.w3.org/1999/xhtml"
                    && !Dropped.Contains(element.LocalName) && !element.LocalName.StartsWith("v:", StringComparison.Ordinal)
                    && !IsWordListMarker(element):
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                        text.Append(' ');
                    if (element.LocalName == "img")
                        text.Append(PlainText(element.GetAttribute("alt")));
                    AppendText(element.ChildNodes, text);
                    if (block)
                        text.Append(' ');
                    break;
            }
        }
    }

    [GeneratedRegex(@"^/attachments/[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")]
    private static partial Regex AttachmentPath();

    [GeneratedRegex(@"^data:image/(png|jpeg|jpg|gif);base64,([A-Za-z0-9+/]+={0,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineImage();

    [GeneratedRegex(@"data:image/[A-Za-z]{1,10};base64,([A-Za-z0-9+/=]+)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineImageData();

    [GeneratedRegex(@"mso-list\s*:\s*([A-Za-z0-9]+)(?:\s+level(\d+))?", RegexOptions.IgnoreCase)]
    private static partial Regex WordListStyle();

    [GeneratedRegex(@"mso-list\s*:\s*ignore", RegexOptions.IgnoreCase)]
    private static partial Regex WordListIgnore();

    [GeneratedRegex(@"^(\d{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)]$")]
    private static partial Regex OrderedMarker();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyleBlock();

    [GeneratedRegex(@"<!--.*?(-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>|<![^<>]*>|<\?[^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")]
    private static partial Regex TagToken();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // An ampersand encoded sixteen times over.
    [GeneratedRegex(@"&(?:amp;){16}", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedTooDeep();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ManyBlankLines();
}
