using System.Diagnostics;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.RichText;
using Xunit.Abstractions;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// Bodies built to make the cleaner work hard, each up to the largest body accepted: every one is
/// cleaned in well under a second, and safe. The times are written to the test output.
/// </summary>
public sealed class HostileBodyTests(ITestOutputHelper output)
{
    private const int Limit = ArticleHtml.MaxMarkupChars;

    /// <summary>
    /// <c>&lt;iframe srcdoc="…"&gt;</c> inside the srcdoc of another, entity-encoded at each level so
    /// that no tag-depth count sees it: the parser's own frame element parsed each level twice.
    /// </summary>
    public static string NestedSrcdoc(int levels, string inner = "<p>Xin chào</p>")
    {
        var html = inner;
        for (var i = 0; i < levels; i++)
            html = $"<iframe srcdoc=\"{html.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;")}\"></iframe>";
        return html;
    }

    private static string Fill(string unit, string before = "", string after = "")
    {
        var count = (Limit - before.Length - after.Length) / unit.Length;
        return before + string.Concat(Enumerable.Repeat(unit, count)) + after;
    }

    private static string EncodedDataUrl(int levels)
    {
        var html = "<script>alert(1)</script>";
        for (var i = 0; i < levels; i++)
            html = $"<a href=\"data:text/html,{Uri.EscapeDataString(html)}\">mở</a>";
        return html;
    }

    public static TheoryData<string> Names => new(Bodies.Keys);

    private static readonly Dictionary<string, Func<string>> Bodies = new()
    {
        ["srcdoc 12 levels"] = () => NestedSrcdoc(12),
        ["srcdoc 17 levels"] = () => NestedSrcdoc(17),
        ["srcdoc 20 levels"] = () => NestedSrcdoc(20),
        ["srcdoc 30 levels"] = () => NestedSrcdoc(30),
        ["srcdoc 15 levels, side by side to the limit"] = () => Fill(NestedSrcdoc(15)),
        ["frame srcdoc 20 levels in a frameset"] = () => "<frameset>" + NestedSrcdoc(20).Replace("iframe", "frame") + "</frameset>",
        ["nested divs to the limit"] = () => Fill("<div>", after: "Nội dung"),
        ["nested tags just under the depth guard, repeated"] = () =>
            Fill(string.Concat(Enumerable.Repeat("<b>", 120)) + "chữ" + string.Concat(Enumerable.Repeat("</b>", 120))),
        ["nested tables to the limit"] = () => Fill("<table><tr><td>"),
        ["nested lists to the limit"] = () => Fill("<ul><li>"),
        ["very many attributes on one tag"] = () => Fill(" a=x", before: "<p", after: ">chữ</p>"),
        ["very many distinct attributes on one tag"] = () =>
            "<p " + string.Concat(Enumerable.Range(0, Limit / 12).Select(i => $" a{i}=x")) + ">chữ</p>",
        ["one attribute value to the limit"] = () => Fill("a", before: "<img src=\"/attachments/1\" alt=\"", after: "\">"),
        ["huge run of &amp;"] = () => Fill("&amp;"),
        ["huge run of numeric references"] = () => Fill("&#x1F600;&#128512;"),
        ["one unterminated entity name"] = () => Fill("a", before: "<p>&", after: "</p>"),
        ["ampersand encoded over and over"] = () => Fill("amp;", before: "<p>&", after: "lt;script&gt;</p>"),
        ["deeply nested encoded data: URLs"] = () => EncodedDataUrl(12),
        ["nested template"] = () => Fill("<template>"),
        ["nested noscript"] = () => Fill("<noscript>"),
        ["svg and math foreign content nesting"] = () => Fill("<svg><math><mtext><table><mglyph><style>"),
        ["template, noscript, svg, math just under the guard, repeated"] = () =>
            Fill(string.Concat(Enumerable.Repeat("<template><noscript><svg><math>", 30)) + "x" +
                 string.Concat(Enumerable.Repeat("</math></svg></noscript></template>", 30))),
        ["many comments"] = () => Fill("<!--x-->"),
        ["unclosed comment"] = () => Fill("-", before: "<p>a<!--", after: "</p>"),
        ["many open quotes"] = () => Fill("<p title=\""),
        ["hostile markup beside the largest pasted picture"] = () =>
            Fill("<div><b>", after: new string(' ', 50))[..^50]
            + "<img src=\"data:image/png;base64," + new string('A', ArticleHtml.MaxInlineImageChars - 40) + "\">",
        ["Word list paragraphs to the limit"] = () =>
            Fill("<p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span>Khối 10</p>"),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Sanitize_HostileBodyUpToTheLimit_WellUnderASecond_AndSafe(string name)
    {
        var body = Bodies[name]();
        Assert.False(ArticleHtml.IsTooLarge(body), $"{name}: {body.Length} characters");
        ArticleHtml.Sanitize("<p>warm</p>");

        // The best of up to three runs: the machine is shared (several builds at once), and the
        // question is how much work the cleaner does, not how busy the neighbours are.
        var fastest = TimeSpan.MaxValue;
        var cleaned = "";
        for (var run = 0; run < 3 && fastest >= TimeSpan.FromSeconds(1); run++)
        {
            var clock = Stopwatch.StartNew();
            cleaned = ArticleHtml.Sanitize(body);
            fastest = TimeSpan.FromTicks(Math.Min(fastest.Ticks, clock.Elapsed.Ticks));
        }

        output.WriteLine($"{name}: {body.Length:N0} characters cleaned in {fastest.TotalMilliseconds:0} ms");
        Assert.True(fastest < TimeSpan.FromSeconds(1), $"{name}: {fastest.TotalMilliseconds:0} ms");
        ArticleHtmlTests.AssertSafe(cleaned, name);
    }

    [Fact]
    public void Sanitize_Srcdoc16Levels_BelowTheEncodingGuard_WellUnderASecond()
    {
        // Sixteen levels: the innermost ampersand is encoded fifteen times, under the guard's sixteen,
        // so the parser sees it; frames are built inert and it costs nothing (it took seconds).
        var body = NestedSrcdoc(16);
        ArticleHtml.Sanitize("<p>warm</p>");
        var clock = Stopwatch.StartNew();

        var cleaned = ArticleHtml.Sanitize(body);

        output.WriteLine($"srcdoc 16 levels: {body.Length:N0} characters cleaned in {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal("", cleaned);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void Sanitize_SrcdocIsDroppedUnread_TheWordsAroundStay(int levels) =>
        Assert.Equal("<p>Trước</p><p>Sau</p>", ArticleHtml.Sanitize("<p>Trước</p>" + NestedSrcdoc(levels) + "<p>Sau</p>"));

    [Fact]
    public void Sanitize_EncodedOverAndOver_OnlyTheWordsAround()
    {
        var cleaned = ArticleHtml.Sanitize("<p>Trước</p>" + NestedSrcdoc(20) + "<p>Sau</p>");

        Assert.Contains("Trước", cleaned);
        Assert.Contains("Sau", cleaned);
        Assert.DoesNotContain("srcdoc", cleaned);
        Assert.DoesNotContain("iframe", cleaned);
    }

    [Fact]
    public void CreateDraft_BodyOverTheLimit_RefusedInWords()
    {
        var content = Scenario.News() with { Body = "<p>" + new string('a', Limit) + "</p>" };
        var picture = "<p><img src=\"data:image/png;base64," + new string('A', ArticleHtml.MaxInlineImageChars - 40) + "\"></p>";

        var refused = Assert.Throws<WorkflowException>(() => Article.CreateDraft(Scenario.AuthorUnit, content, Scenario.As(Scenario.Author)));

        Assert.Equal(ArticleMessages.BodyTooLarge, refused.Message);
        // A large pasted picture is not markup: with a page of text beside it, the body is accepted.
        Assert.False(ArticleHtml.IsTooLarge(picture + "<p>" + new string('a', 50_000) + "</p>"));
        Assert.True(ArticleHtml.IsTooLarge(picture + picture));
    }

    [Fact]
    public void SaveEdit_BodyOverTheLimit_Refused_TheSavedBodyStays()
    {
        var article = Article.CreateDraft(Scenario.AuthorUnit, Scenario.News(), Scenario.As(Scenario.Author));
        var saved = article.Body;

        Assert.Throws<WorkflowException>(() =>
            article.SaveEdit(Scenario.News() with { Body = new string('x', Limit + 1) }, Scenario.As(Scenario.Author)));

        Assert.Equal(saved, article.Body);
        Assert.Single(article.Revisions);
    }
}
