using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// The bell rings without a reload when work reaches someone, and a comment that names a person
/// reaches that person (issue 4).
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class NotificationsJourneyTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task Submit_EditorsBellCountsUpLive_ThenACommentNamingTheDeputyReachesHim()
    {
        var title = $"Hội thi Olympic Toán học cấp trường {Guid.NewGuid().ToString("N")[..6]}";

        // The editor has the app open before anything happens.
        var editor = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(editor, "btv.toan");
        var before = await CountAsync(editor);

        // A teacher of his department sends an item, on her phone.
        var teacher = await fixture.NewPageAsync(width: 390, height: 844);
        await Journey.SignInToHomeAsync(teacher, "gv.toan1");
        var id = await CreateAndSubmitAsync(teacher, title);

        // His bell counts up where he is, without a reload; the notification leads to the item.
        await Expect(editor.Locator("[data-testid=bell-count]")).ToHaveTextAsync((before + 1).ToString(), new() { Timeout = 15_000 });
        Assert.EndsWith("/", editor.Url);
        await editor.Locator("[data-testid=bell]").ClickAsync();
        var told = editor.Locator("[data-testid=bell-panel] .notification").Filter(new() { HasText = title });
        await Expect(told).ToContainTextAsync("Tin bài mới chờ biên tập");
        await Expect(told).ToContainTextAsync("Hoàng Thị Lan Anh");
        await Expect(told.Locator("a")).ToHaveAttributeAsync("href", $"/items/{id}");
        await Shot(editor, "notifications-bell-panel");
        await told.Locator("a").ClickAsync();
        await editor.WaitForURLAsync(new Regex($@"/items/{id}$"));
        await Expect(editor.Locator(".item-title")).ToContainTextAsync(title);
        await Expect(editor.Locator("[data-testid=bell-count]")).ToHaveCountAsync(before == 0 ? 0 : 1);

        // The deputy has the app open on his phone too.
        var deputy = await fixture.NewPageAsync(width: 390, height: 844);
        await Journey.SignInToHomeAsync(deputy, "phoban");
        var deputyBefore = await CountAsync(deputy);

        // The editor leaves a board-only comment naming the deputy.
        const string note = "Ảnh thứ hai chưa rõ học sinh đã được phụ huynh đồng ý cho đăng; đề nghị anh xem trước khi duyệt.";
        var comments = editor.Locator("[data-testid=comments]");
        await comments.Locator("textarea[name=comment]").FillAsync(note);
        await Journey.ChooseAsync(editor, comments.Locator(".comment-mention-picker"), "Lê Quang Minh – Phó Hiệu trưởng", filter: "Minh");
        await comments.GetByRole(AriaRole.Button, new() { Name = "Gửi góp ý" }).ClickAsync();
        var comment = comments.Locator("[data-testid=comment]").Filter(new() { HasText = note });
        await Expect(comment).ToContainTextAsync("Nhắc đến: Lê Quang Minh");
        await Expect(comment).ToContainTextAsync("Chỉ Ban Biên tập");
        await Shot(editor, "notifications-item-comments");

        // It reaches the deputy live; he reads it in the list and opens the item from there.
        await Expect(deputy.Locator("[data-testid=bell-count]")).ToHaveTextAsync((deputyBefore + 1).ToString(), new() { Timeout = 15_000 });
        await deputy.Locator("[data-testid=bell]").ClickAsync();
        await Expect(deputy.Locator("[data-testid=bell-panel] .notification").Filter(new() { HasText = title }))
            .ToContainTextAsync("Bạn được nhắc đến trong một góp ý");
        await Journey.AssertNoSidewaysScrollAsync(deputy);
        await Shot(deputy, "notifications-bell-panel-phone");
        await deputy.Locator("[data-testid=bell-panel] .bell-see-all").ClickAsync();
        await deputy.WaitForURLAsync(url => url.EndsWith("/notifications"));
        var entry = deputy.Locator(".notifications-page .notification").Filter(new() { HasText = title });
        await Expect(entry).ToContainTextAsync(note);
        await Shot(deputy, "notifications-page-phone");
        await entry.Locator("a").ClickAsync();
        await deputy.WaitForURLAsync(new Regex($@"/items/{id}$"));
        await Expect(deputy.Locator("[data-testid=comments] [data-testid=comment]").Filter(new() { HasText = note })).ToBeVisibleAsync();
        await Journey.AssertNoSidewaysScrollAsync(deputy);
        // The layout's body scrolls, not the page: photograph the comments themselves.
        await deputy.Locator("[data-testid=comments]").ScreenshotAsync(new() { Path = Browser.ScreenshotPath("notifications-item-comments-phone") });

        // The teacher does not read the board's own note.
        await Journey.GotoLiveAsync(teacher, $"/items/{id}");
        await Expect(teacher.Locator("[data-testid=comments]")).ToContainTextAsync("Chưa có góp ý nào.");
    }

    private static async Task<int> CountAsync(IPage page)
    {
        var count = page.Locator("[data-testid=bell-count]");
        return await count.CountAsync() == 0 ? 0 : int.Parse(await count.InnerTextAsync());
    }

    private static async Task<int> CreateAndSubmitAsync(IPage page, string title)
    {
        await Journey.GotoLiveAsync(page, "/submissions/new");
        await page.Locator("input[name=title]").FillAsync(title);
        await page.Locator("textarea[name=summary]").FillAsync("Tổ Toán – Tin học tổ chức hội thi cho học sinh khối 10 và 11.");
        await Journey.WaitForRichTextEditorAsync(page);
        await page.Locator(".rz-html-editor-content").FillAsync("Sáng 19/11, 120 học sinh dự thi; 12 em đạt giải.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/items/\d+$"));
        await page.Locator(".item-page button:has(.rz-button-text:text-is(\"Gửi Ban Biên tập\"))").ClickAsync();
        await Expect(page.Locator(".item-status .state-badge")).ToHaveTextAsync("Đã gửi");
        return int.Parse(Regex.Match(page.Url, @"/items/(\d+)$").Groups[1].Value);
    }


    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath(name) });
}
