using EditorialHub.Core.Articles;
using EditorialHub.Core.Exports;
using EditorialHub.Tests.Exports;
using EditorialHub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>What the real app server answers for files: their own sandboxing policy, the table downloads' types and names.</summary>
[Collection(DemoAppCollection.Name)]
public sealed class FileResponsesTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task AttachmentAndExport_CarryOneSandboxingPolicy_APageKeepsThePagePolicy()
    {
        var (itemId, attachmentId) = PublishedItemWithAttachment();
        var secretary = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(secretary, "thuky");

        foreach (var address in new[] { $"/attachments/{attachmentId}", $"/items/{itemId}/export" })
        {
            var response = await secretary.APIRequest.GetAsync(address);
            Assert.Equal(200, response.Status);
            var policies = Policies(response.HeadersArray);
            var policy = Assert.Single(policies);
            Assert.Contains("sandbox", policy);
            Assert.Contains("default-src 'none'", policy);
            Assert.DoesNotContain("script-src 'self'", policy);
        }

        var page = await secretary.APIRequest.GetAsync("/");
        var pagePolicy = Assert.Single(Policies(page.HeadersArray));
        Assert.Contains("script-src 'self'", pagePolicy);
        Assert.DoesNotContain("sandbox", pagePolicy);
    }

    [Fact]
    public async Task XlsxDownloads_AnswerWithTheWorkbookType_AndTheirFileNames()
    {
        var head = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(head, "truongban");

        var quotas = await head.APIRequest.GetAsync("/quotas/export.xlsx");
        Assert.Equal(200, quotas.Status);
        Assert.Equal(Spreadsheet.XlsxContentType, quotas.Headers["content-type"]);
        Assert.Matches(@"^attachment; filename\*=UTF-8''chi-tieu-\d{4}-\d{4}\.xlsx$", quotas.Headers["content-disposition"]);
        var sheet = XlsxSheet.Read(await quotas.BodyAsync());
        Assert.Equal("Chỉ tiêu tin bài", sheet.Name);
        Assert.True(sheet["A1"].IsString && sheet["A1"].Bold);
        Assert.Equal("Tổ/đơn vị", sheet["A1"].Text);

        var month = DateTime.UtcNow.AddHours(7).AddMonths(-1);
        var report = await head.APIRequest.GetAsync($"/reports/preview.xlsx?kind=monthly&period={month:yyyy-MM}");
        Assert.Equal(200, report.Status);
        Assert.Equal(Spreadsheet.XlsxContentType, report.Headers["content-type"]);
        Assert.Equal($"attachment; filename*=UTF-8''bao-cao-{month:yyyy-MM}-xem-truoc.xlsx", report.Headers["content-disposition"]);
        Assert.Equal("Báo cáo", XlsxSheet.Read(await report.BodyAsync()).Name);

        // Whoever may not take the school's table as CSV may not take it as .xlsx either.
        var member = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(member, "gv.toan1");
        Assert.Equal(403, (await member.APIRequest.GetAsync("/quotas/export.xlsx")).Status);
    }

    [Theory]
    [InlineData(1280, 800, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task ReportsAndQuotas_ShowTheExcelLinkBesideTheCsvLink(int width, int height, string device)
    {
        var head = await fixture.NewPageAsync(width, height);
        await Journey.SignInToHomeAsync(head, "truongban");

        await Journey.GotoLiveAsync(head, "/quotas");
        await Assertions.Expect(head.Locator("a.quota-export-xlsx")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Tải bảng \\(Excel\\)"));
        Assert.StartsWith("/quotas/export.xlsx?year=", await head.Locator("a.quota-export-xlsx").GetAttributeAsync("href"));
        await head.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"quotas-xlsx-{device}") });

        await Journey.GotoLiveAsync(head, "/reports");
        await head.GetByTestId("report-preview").ClickAsync();
        var xlsx = head.GetByTestId("report-preview-xlsx");
        await Assertions.Expect(xlsx).ToContainTextAsync("Bảng số liệu (Excel)");
        Assert.StartsWith("/reports/preview.xlsx?kind=", await xlsx.GetAttributeAsync("href"));
        await xlsx.ScrollIntoViewIfNeededAsync();
        await head.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"reports-xlsx-{device}") });
        await Journey.AssertNoSidewaysScrollAsync(head);
    }

    [Fact]
    public async Task HostileTitleAndComment_ShownAsTheWordsTyped_NothingRuns()
    {
        const string title = "Điểm a<b và c>d <img src=x onerror=alert(1)>";
        const string comment = "<script>alert(2)</script>\"><svg onload=alert(3)>";
        var teacher = await fixture.NewPageAsync();
        var dialogs = new List<string>();
        teacher.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        await Journey.SignInToHomeAsync(teacher, "gv.toan1");
        await Journey.GotoLiveAsync(teacher, "/submissions/new");
        await teacher.Locator("input[name=title]").FillAsync(title);
        await teacher.Locator("textarea[name=summary]").FillAsync("Tóm tắt <b>đậm</b>");
        await Journey.WaitForRichTextEditorAsync(teacher);
        await teacher.Locator(".rz-html-editor-content").FillAsync("Nội dung.");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await teacher.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/items/\d+$"));
        await Journey.WaitUntilLiveAsync(teacher);
        await teacher.Locator("#comment-body").FillAsync(comment);
        await teacher.Locator(".comment-send").ClickAsync();

        await Assertions.Expect(teacher.Locator(".comment-body").Last).ToHaveTextAsync(comment);
        await Assertions.Expect(teacher.Locator("h1.item-title")).ToHaveTextAsync(title);
        Assert.Equal(0, await teacher.Locator("h1.item-title img, .comment-body svg, .comment-body script").CountAsync());
        Assert.StartsWith(title, await teacher.TitleAsync());
        Assert.Empty(dialogs);
    }

    private static List<string> Policies(IEnumerable<Header> headers) =>
        headers.Where(h => h.Name.Equals("content-security-policy", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();

    /// <summary>A published demo item that has an attachment (the demo school always has some).</summary>
    private (int Item, int Attachment) PublishedItemWithAttachment()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(fixture.App.DataDirectory, "editorialhub.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a."ArticleId", a."Id" FROM "Attachments" a JOIN "Articles" i ON i."Id" = a."ArticleId"
            WHERE i."State" = $state ORDER BY a."Id" LIMIT 1
            """;
        command.Parameters.AddWithValue("$state", (int)ArticleState.Published);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), "the demo school has a published item with an attachment");
        return (reader.GetInt32(0), reader.GetInt32(1));
    }
}
