using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace EditorialHub.Core.Articles.RichText;

/// <summary>
/// The parser's element factory with frames made inert: an <c>iframe</c> or <c>frame</c> is built as
/// a plain element of the same name, so its <c>srcdoc</c> is never read.
/// </summary>
/// <remarks>
/// AngleSharp's own frame element parses its srcdoc as a nested document the moment the attribute is
/// set, and again when the element is set up: a body of nested <c>&lt;iframe srcdoc="…"&gt;</c>,
/// entity-encoded at each level (so no tag-depth guard sees it), cost twice as much with each level —
/// 3.7 KB at 17 levels held a core for seconds, a few more levels for minutes. Frames are not in the
/// allow-list anyway; the cleaner drops them whole, unread.
/// </remarks>
internal sealed class FramelessElements(IElementFactory<Document, HtmlElement> standard) : IElementFactory<Document, HtmlElement>
{
    public static IConfiguration Configuration { get; } = AngleSharp.Configuration.Default
        .WithOnly<IElementFactory<Document, HtmlElement>>(new FramelessElements(
            BrowsingContext.New(AngleSharp.Configuration.Default).GetFactory<IElementFactory<Document, HtmlElement>>()));

    public HtmlElement Create(Document document, string localName, string? prefix = null, NodeFlags flags = NodeFlags.None) =>
        localName is "iframe" or "frame"
            // Special and raw text, as the standard frame elements: the tree is built exactly as a browser builds it.
            ? new HtmlElement(document, localName, prefix, flags | NodeFlags.Special | NodeFlags.LiteralText)
            : standard.Create(document, localName, prefix, flags);
}
