using System.Text;
using AngleSharp.Dom;

namespace EditorialHub.Core.Articles.RichText;

/// <summary>An image in a body: where it points and what a reader who cannot see it is told.</summary>
public sealed record BodyImage(string Source, string AltText);

// Reading a stored (already sanitised) body: its pictures for the publishing checklist and the
// export, its paragraphs of visible text for comparing revisions.
public static partial class ArticleHtml
{
    /// <summary>The images of a body in reading order, with their alternative text ("" when missing).</summary>
    public static IReadOnlyList<BodyImage> ImagesOf(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return [];
        var images = new List<BodyImage>();
        foreach (var node in Parse(html))
            if (node is IElement element)
            {
                if (element.LocalName == "img")
                    images.Add(Image(element));
                images.AddRange(element.QuerySelectorAll("img").Select(Image));
            }
        return images;

        static BodyImage Image(IElement img) => new(img.GetAttribute("src") ?? "", PlainText(img.GetAttribute("alt")));
    }

    /// <summary>
    /// The visible text of a body, one string per block a reader sees as a line of its own (paragraph,
    /// heading, list item, table row, caption); an image reads as "[ảnh: its alternative text]" so
    /// that adding or removing one shows in a comparison.
    /// </summary>
    public static IReadOnlyList<string> ParagraphsOf(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return [];
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(Parse(html), current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static readonly HashSet<string> LineBlocks =
        ["p", "h2", "h3", "h4", "li", "blockquote", "tr", "figcaption", "figure", "table", "ul", "ol", "br"];

    private static void Walk(IEnumerable<INode> nodes, StringBuilder current, List<string> paragraphs)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element:
                    var block = LineBlocks.Contains(element.LocalName);
                    if (block)
                        Flush(current, paragraphs);
                    if (element.LocalName == "img")
                    {
                        var alt = PlainText(element.GetAttribute("alt"));
                        current.Append(alt.Length > 0 ? $" [ảnh: {alt}] " : " [ảnh] ");
                    }
                    else if (element.LocalName is "td" or "th")
                        current.Append(' ');
                    Walk(element.ChildNodes, current, paragraphs);
                    if (block)
                        Flush(current, paragraphs);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var line = PlainText(current.ToString());
        if (line.Length > 0)
            paragraphs.Add(line);
        current.Clear();
    }
}
