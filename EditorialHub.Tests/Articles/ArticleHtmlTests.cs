using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.RichText;

namespace EditorialHub.Tests.Articles;

public sealed class ArticleHtmlTests
{
    /// <summary>
    /// Known XSS payloads (OWASP's filter evasion cheat sheet, PortSwigger's list, DOMPurify's past
    /// bypasses), each with a name for the test runner.
    /// </summary>
    public static TheoryData<string, string> XssPayloads => new()
    {
        { "script tag", "<script>alert(1)</script>" },
        { "script src upper case", "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>" },
        { "img onerror", "<img src=x onerror=alert(1)>" },
        { "allowed img with onerror", "<img src=\"/attachments/12\" onerror=\"alert(1)\">" },
        { "svg onload", "<svg onload=alert(1)>" },
        { "script inside svg", "<svg><script>alert(1)</script></svg>" },
        { "style inside svg", "<svg><style><img src=x onerror=alert(1)></style></svg>" },
        { "javascript href", "<a href=\"javascript:alert(1)\">x</a>" },
        { "javascript href mixed case", "<a href=\"JaVaScRiPt:alert(1)\">x</a>" },
        { "javascript href leading space", "<a href=\"  javascript:alert(1)\">x</a>" },
        { "javascript href tab entity", "<a href=\"java&#x09;script:alert(1)\">x</a>" },
        { "javascript href newline entity", "<a href=\"java&#10;script:alert(1)\">x</a>" },
        { "javascript href carriage return", "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>" },
        { "javascript href decimal entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>" },
        { "javascript href &colon;", "<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>" },
        { "javascript href &#58;", "<a href=\"javascript&#58;alert(1)\">x</a>" },
        { "javascript href control char", "<a href=\"\u0001javascript:alert(1)\">x</a>" },
        { "javascript href unquoted", "<a href=javascript:alert(1)>x</a>" },
        { "vbscript href", "<a href=\"vbscript:msgbox(1)\">x</a>" },
        { "data text/html href", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>" },
        { "data text/html img", "<img src=\"data:text/html,<script>alert(1)</script>\">" },
        { "data svg img", "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">" },
        { "data png that is html", "<img src=\"data:image/png;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">" },
        { "javascript img src", "<img src=\"javascript:alert(1)\">" },
        { "iframe", "<iframe src=\"https://evil.example\"></iframe>" },
        { "iframe srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>" },
        { "object", "<object data=\"evil.swf\" type=\"application/x-shockwave-flash\"></object>" },
        { "embed", "<embed src=\"javascript:alert(1)\">" },
        { "style background url", "<div style=\"background:url(javascript:alert(1))\">x</div>" },
        { "style expression", "<p style=\"width: expression(alert(1))\">x</p>" },
        { "style element import", "<style>@import 'javascript:alert(1)';</style><p>x</p>" },
        { "link stylesheet", "<link rel=stylesheet href=\"javascript:alert(1)\">" },
        { "meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">" },
        { "base href", "<base href=\"javascript:alert(1)//\"><a href=\"/x\">x</a>" },
        { "form action", "<form action=\"javascript:alert(1)\"><input type=submit value=Gửi></form>" },
        { "button formaction", "<button formaction=\"javascript:alert(1)\">x</button>" },
        { "isindex", "<isindex action=javascript:alert(1) type=image>" },
        { "body onload", "<body onload=alert(1)>" },
        { "details ontoggle", "<details open ontoggle=alert(1)><summary>x</summary></details>" },
        { "video source onerror", "<video><source onerror=alert(1)></video>" },
        { "p onmouseover", "<p onmouseover=\"alert(1)\">x</p>" },
        { "word class with onclick", "<div id=\"x\" class=\"MsoNormal\" onclick=alert(1)>x</div>" },
        { "link with onclick", "<a href=\"https://ok.example\" onclick=\"alert(1)\" target=_blank>x</a>" },
        { "table background and td handler", "<table background=\"javascript:alert(1)\"><tr><td onmouseover=alert(1)>x</td></tr></table>" },
        { "nested script split", "<scr<script>ipt>alert(1)</scr</script>ipt>" },
        { "double open bracket", "<<script>script>alert(1)<</script>/script>" },
        { "broken attribute quotes", "<img \"\"\"><script>alert(1)</script>\">" },
        { "unclosed img", "<img src=x onerror=alert(1)//" },
        { "entity-encoded script text", "&lt;script&gt;alert(1)&lt;/script&gt;" },
        { "noscript mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>" },
        { "math mglyph mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>" },
        { "comment hiding img", "<!--<img src=x onerror=alert(1)>-->" },
        { "comment breakout", "<!--><img src=x onerror=alert(1)>-->" },
        { "cdata", "<![CDATA[<script>alert(1)</script>]]>" },
        { "template", "<template><script>alert(1)</script></template>" },
        { "xmp", "<xmp><script>alert(1)</script></xmp>" },
        { "textarea", "<textarea><script>alert(1)</script></textarea>" },
        { "title breakout", "<title><img src=x onerror=alert(1)></title>" },
        { "attribute quote breakout", "<a href=\"https://ok.example/&quot; onmouseover=&quot;alert(1)\">x</a>" },
        { "protocol-relative href", "<a href=\"//evil.example/x\">x</a>" },
        { "backslash href", "<a href=\"/\\evil.example/x\">x</a>" },
        { "word conditional comment", "<!--[if gte mso 9]><script>alert(1)</script><![endif]--><p>x</p>" },
        { "vml image", "<v:imagedata src=\"javascript:alert(1)\" o:title=\"\"/>" },
        { "null byte in tag", "<scri\0pt>alert(1)</scri\0pt>" },
        { "deeply nested", string.Concat(Enumerable.Repeat("<div><b>", 10_000)) + "<script>alert(1)</script>" },
        { "iframe srcdoc script", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>" },
        { "iframe srcdoc nested", HostileBodyTests.NestedSrcdoc(6, "<img src=x onerror=alert(1)>") },
        { "frameset srcdoc", "<frameset><frame srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></frameset>" },
    };

    private static readonly HashSet<string> AllowedElements =
    [
        "p", "br", "h2", "h3", "h4", "strong", "em", "u", "s", "sub", "sup", "ul", "ol", "li", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "a", "img", "figure", "figcaption",
    ];

    [Theory]
    [MemberData(nameof(XssPayloads))]
    public void Sanitize_KnownXssPayload_NothingScriptCapableLeft(string name, string payload)
    {
        var output = ArticleHtml.Sanitize(payload);

        AssertSafe(output, name);
        Assert.Equal(output, ArticleHtml.Sanitize(output));
    }

    [Fact]
    public void Sanitize_PayloadList_AtLeastThirty() => Assert.True(XssPayloads.Count >= 30);

    [Theory]
    [InlineData("<p>Sáng 18/11, tổ tổ chức <b>6 tiết</b> dạy mẫu.</p>", "<p>Sáng 18/11, tổ tổ chức <strong>6 tiết</strong> dạy mẫu.</p>")]
    [InlineData("<h1>Tiêu đề</h1><h3>Mục</h3><h6>Nhỏ</h6>", "<h2>Tiêu đề</h2><h3>Mục</h3><h4>Nhỏ</h4>")]
    [InlineData("<a href=\"https://moet.gov.vn/van-ban\">Bộ GD&amp;ĐT</a>", "<a href=\"https://moet.gov.vn/van-ban\" rel=\"noopener noreferrer\">Bộ GD&amp;ĐT</a>")]
    [InlineData("<a href=\"mailto:bbt@thpt.edu.vn\" target=\"_blank\">thư</a>", "<a href=\"mailto:bbt@thpt.edu.vn\" rel=\"noopener noreferrer\">thư</a>")]
    [InlineData("<a href=\"/tin-tuc/1\">tin</a>", "<a href=\"/tin-tuc/1\" rel=\"noopener noreferrer\">tin</a>")]
    [InlineData("<a href=\"file:///C:/x.doc\">tệp</a>", "tệp")]
    [InlineData("<img src=\"/attachments/42\" alt=\"Lễ khai giảng\" width=\"300\">", "<img src=\"/attachments/42\" alt=\"Lễ khai giảng\">")]
    [InlineData("<img src=\"/attachments/../../etc/passwd\">", "")]
    [InlineData("<img src=\"https://tracker.example/pixel.gif\">", "")]
    [InlineData("<table><tr><td colspan=\"2\" rowspan=\"x\" style=\"color:red\">a</td></tr></table>", "<table><tbody><tr><td colspan=\"2\">a</td></tr></tbody></table>")]
    [InlineData("<ul><li>một</li><li><i>hai</i></li></ul>", "<ul><li>một</li><li><em>hai</em></li></ul>")]
    [InlineData("<blockquote><u>gạch</u> <s>xoá</s> H<sub>2</sub>O x<sup>2</sup></blockquote>", "<blockquote><u>gạch</u> <s>xoá</s> H<sub>2</sub>O x<sup>2</sup></blockquote>")]
    [InlineData("<figure><img src=\"/attachments/7\" alt=\"Ảnh\"><figcaption>Chú thích</figcaption></figure>", "<figure><img src=\"/attachments/7\" alt=\"Ảnh\"><figcaption>Chú thích</figcaption></figure>")]
    [InlineData("<div>Một dòng</div>", "<p>Một dòng</p>")]
    [InlineData("<font face=\"Arial\" color=red>chữ</font>", "chữ")]
    [InlineData("1 &lt; 2 &amp;&amp; 3 &gt; 2", "1 &lt; 2 &amp;&amp; 3 &gt; 2")]
    [InlineData("", "")]
    public void Sanitize_AllowedAndDisallowed_Expected(string input, string expected) =>
        Assert.Equal(expected, ArticleHtml.Sanitize(input));

    [Theory]
    [InlineData("<div>")]
    [InlineData("<b>")]
    [InlineData("<div><b>")]
    [InlineData("<span><i>")]
    public void Sanitize_TenThousandNestedTags_QuickAndOnlyTheWords(string open)
    {
        var html = string.Concat(Enumerable.Repeat(open, 10_000)) + "Nội dung<script>alert(1)</script>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var output = ArticleHtml.Sanitize(html);

        // The parser alone takes seconds on such input; the guard answers before parsing.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal("<p>Nội dung</p>", output);
    }

    [Fact]
    public void Sanitize_DivAroundInlineAroundBlock_NoParagraphInParagraph()
    {
        var output = ArticleHtml.Sanitize("<div><b><div>x</div></b></div>");

        Assert.Equal("<strong><p>x</p></strong>", output);
        Assert.Equal(output, ArticleHtml.Sanitize(output));
    }

    [Fact]
    public void Sanitize_SmallInlinePng_Kept()
    {
        var png = Convert.ToBase64String(AttachmentFiles.Png());
        var output = ArticleHtml.Sanitize($"<img src=\"data:image/png;base64,{png}\" alt=\"sơ đồ\">");

        Assert.Equal($"<img src=\"data:image/png;base64,{png}\" alt=\"sơ đồ\">", output);
    }

    [Fact]
    public void Sanitize_InlineImageOverTheBound_Dropped()
    {
        var huge = Convert.ToBase64String([.. AttachmentFiles.Png(), .. new byte[ArticleHtml.MaxInlineImageChars]]);

        Assert.Equal("", ArticleHtml.Sanitize($"<img src=\"data:image/png;base64,{huge}\">"));
    }

    /// <summary>What Word 2016 puts on the clipboard, trimmed: classes, mso styles, o:p, conditional comments, list paragraphs.</summary>
    private const string WordPaste = """
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
        xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
        <!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
        <style>p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:13.0pt; font-family:"Times New Roman",serif;}</style>
        </head>
        <body lang=VI style='tab-interval:36.0pt'>
        <!--StartFragment-->
        <h1 style='mso-line-height-alt:150%'><span lang=VI style='font-family:"Times New Roman",serif'>Kế hoạch hội giảng<o:p></o:p></span></h1>
        <p class=MsoNormal style='text-align:justify'><b style='mso-bidi-font-weight:normal'><span lang=VI>Thời gian:</span></b><span lang=VI> tuần 11, <i style='mso-bidi-font-style:normal'>năm học 2026–2027</i>.<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Tổ Toán – Tin học<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Tổ Ngữ văn<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>Đăng ký tiết dạy<o:p></o:p></p>
        <p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>Dự giờ, góp ý<o:p></o:p></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
         <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
          <td width=200 valign=top style='width:150.0pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Lớp<o:p></o:p></b></p></td>
          <td width=200 valign=top style='width:150.0pt'><p class=MsoNormal><b>Giáo viên<o:p></o:p></b></p></td>
         </tr>
         <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
          <td width=200 valign=top><p class=MsoNormal>10A1<o:p></o:p></p></td>
          <td width=200 valign=top><p class=MsoNormal>Nguyễn Thị Lan Anh<o:p></o:p></p></td>
         </tr>
        </table>
        <p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_1" type="#_x0000_t75" style='width:200pt;height:100pt'><v:imagedata src="file:///C:/Users/GV/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=267 height=133 src="file:///C:/Users/GV/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="Picture_1"><![endif]><img src="/attachments/2026/11/hoi-giang.png" alt="Tiết dạy mẫu" class=MsoImage style='mso-position-horizontal:center'><o:p></o:p></p>
        <p class=MsoNormal><font face="Times New Roman" size=3><span style='mso-spacerun:yes'>&nbsp;</span>Trân trọng.</font></p>
        <!--EndFragment-->
        </body></html>
        """;

    [Fact]
    public void Sanitize_WordPaste_KeepsHeadingsListsEmphasisTableAndImage()
    {
        var output = ArticleHtml.Sanitize(WordPaste);
        var document = Reparse(output);

        AssertSafe(output, "Word paste");
        Assert.Equal("Kế hoạch hội giảng", document.QuerySelector("h2")?.TextContent);
        Assert.Equal("Thời gian:", document.QuerySelector("p strong")?.TextContent);
        Assert.Equal("năm học 2026–2027", document.QuerySelector("p em")?.TextContent);
        Assert.Equal(["Tổ Toán – Tin học", "Tổ Ngữ văn"], document.QuerySelectorAll("ul > li").Select(li => li.TextContent));
        Assert.Equal(["Đăng ký tiết dạy", "Dự giờ, góp ý"], document.QuerySelectorAll("ol > li").Select(li => li.TextContent));
        Assert.Equal(["Lớp", "Giáo viên", "10A1", "Nguyễn Thị Lan Anh"], document.QuerySelectorAll("table td").Select(td => td.TextContent.Trim()));
        var image = Assert.Single(document.QuerySelectorAll("img"));
        Assert.Equal("/attachments/2026/11/hoi-giang.png", image.GetAttribute("src"));
        Assert.Equal("Tiết dạy mẫu", image.GetAttribute("alt"));
        Assert.Contains("Trân trọng.", output);
        // Word's debris is gone: no classes, no styles, no o:p, no bullets typed out, no file: paths.
        Assert.DoesNotContain("Mso", output);
        Assert.DoesNotContain("mso-", output);
        Assert.DoesNotContain("o:p", output);
        Assert.DoesNotContain("·", output);
        Assert.DoesNotContain("file:", output);
        Assert.Equal(output, ArticleHtml.Sanitize(output));
    }

    [Fact]
    public void Sanitize_WordNestedList_NestsByLevel()
    {
        const string paste = """
            <p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span>Khối 10</p>
            <p style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o</span>10A1</p>
            <p style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o</span>10A2</p>
            <p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span>Khối 11</p>
            """;

        Assert.Equal("<ul><li>Khối 10<ul><li>10A1</li><li>10A2</li></ul></li><li>Khối 11</li></ul>", ArticleHtml.Sanitize(paste));
    }

    [Theory]
    // Plain text is not markup: what looks like a tag is words the person typed, and stays (the pages encode it).
    [InlineData("<script>alert(1)</script>Hội giảng", "<script>alert(1)</script>Hội giảng")]
    [InlineData("<b>Hội</b> <i>giảng</i>", "<b>Hội</b> <i>giảng</i>")]
    [InlineData("  Tin\u0000 bài\u202Egpj.exe\r\n mới\t ", "Tin bàigpj.exe mới")]
    [InlineData("Lớp 10A<10B và 3 < 5", "Lớp 10A<10B và 3 < 5")]
    [InlineData("Điểm a<b và c>d, x < 5", "Điểm a<b và c>d, x < 5")]
    [InlineData("Tom &amp; Jerry", "Tom &amp; Jerry")]
    [InlineData("<!-- x --><style>p{}</style>Khai giảng", "<!-- x --><style>p{}</style>Khai giảng")]
    public void PlainText_Title_EveryCharacterKept_ControlsRemoved(string input, string expected) =>
        Assert.Equal(expected, ArticleHtml.PlainText(input));

    [Fact]
    public void PlainText_DecomposedVietnamese_Composed()
    {
        var decomposed = "Hội giảng".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("Hội giảng", ArticleHtml.PlainText(decomposed));
    }

    [Fact]
    public void PlainText_Summary_KeepsLineBreaks() =>
        Assert.Equal("Dòng một\nDòng hai\n\nĐoạn sau", ArticleHtml.PlainText("Dòng một \r\nDòng hai\n\n\n\n Đoạn sau ", multiline: true));

    [Fact]
    public void PlainTextOf_Body_WordsOnlyBlocksSeparated()
    {
        var text = ArticleHtml.PlainTextOf("<h2>Tin</h2><p>Sáu <b>tiết</b> dạy.<script>alert(1)</script></p><ul><li>một</li><li>hai</li></ul>");

        Assert.Equal("Tin Sáu tiết dạy. một hai", text);
        Assert.Equal(6, ArticleHtml.WordCount("<h2>Tin</h2><p>Sáu <b>tiết</b> dạy.</p><ul><li>một</li><li>hai</li></ul>"));
    }

    [Fact]
    public void CreateDraft_HostileTitleKeptAsTyped_HostileBodyStoredClean()
    {
        var content = Scenario.News() with
        {
            Title = "<img src=x onerror=alert(1)>Hội giảng <b>20/11</b>",
            Summary = "<script>alert(1)</script>Tóm tắt",
            Body = "<p onclick=\"alert(1)\">Nội dung</p><script>alert(2)</script>",
        };

        var article = Article.CreateDraft(Scenario.AuthorUnit, content, Scenario.As(Scenario.Author));

        // Plain text is kept as typed (and encoded wherever it is shown); only the rich body is cleaned.
        Assert.Equal("<img src=x onerror=alert(1)>Hội giảng <b>20/11</b>", article.Title);
        Assert.Equal("<script>alert(1)</script>Tóm tắt", article.Summary);
        Assert.Equal("<p>Nội dung</p>", article.Body);
        Assert.Equal("<p>Nội dung</p>", Assert.Single(article.Revisions).Body);
    }

    [Fact]
    public void CreateDraft_TitleOfInvisibleCharactersOnly_RefusedAsMissing()
    {
        var refusal = Assert.Throws<WorkflowException>(() =>
            Article.CreateDraft(Scenario.AuthorUnit, Scenario.News() with { Title = " \u200B\u202E\t\r\n " }, Scenario.As(Scenario.Author)));

        Assert.Equal(ArticleMessages.TitleRequired, refusal.Message);
    }

    [Fact]
    public void SaveEdit_SameHostileBodyAgain_NoChange()
    {
        var article = Article.CreateDraft(Scenario.AuthorUnit, Scenario.News() with { Body = "<p style=x>a</p><script>b</script>" }, Scenario.As(Scenario.Author));

        Assert.False(article.SaveEdit(article.Content with { Body = "<p style=y>a</p><iframe></iframe>" }, Scenario.As(Scenario.Author)));
    }

    private static IDocument Reparse(string html) => new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);

    /// <summary>Parses the output as a browser would and checks every element, attribute and address against the allow-list.</summary>
    internal static void AssertSafe(string output, string name)
    {
        var document = Reparse(output);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.True(AllowedElements.Contains(element.LocalName), $"{name}: <{element.LocalName}> left in {output}");
            foreach (var attribute in element.Attributes)
            {
                var allowed = (element.LocalName, attribute.Name) switch
                {
                    ("a", "href" or "rel") or ("img", "src" or "alt") or ("td" or "th", "colspan" or "rowspan") => true,
                    _ => false,
                };
                Assert.True(allowed, $"{name}: attribute {attribute.Name} on <{element.LocalName}> left in {output}");
            }
            if (element.GetAttribute("href") is { } href)
                Assert.Matches("^(https?://|mailto:|/[^/\\\\]|#)", href);
            if (element.GetAttribute("src") is { } src)
                Assert.Matches("^(/attachments/|data:image/(png|jpeg|gif);base64,)", src);
        }
        Assert.DoesNotContain(document.Body.Descendants(), node => node is IComment);
        var lower = output.ToLowerInvariant();
        Assert.DoesNotContain("<script", lower);
        Assert.DoesNotContain("javascript:", lower);
        Assert.DoesNotContain("vbscript:", lower);
        Assert.DoesNotContain("<iframe", lower);
        Assert.DoesNotContain("<svg", lower);
    }
}
