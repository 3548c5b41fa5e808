using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// Corrections of a published item, revision comparison, live presence and the copy-ready export,
/// each checked on the screen of the people concerned.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class WorkflowExtrasJourneyTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task Correction_ApprovedAndRepublished_PortalListShowsTheOldVersionInBetween_RevisionsCompared_PresenceSeen()
    {
        // The editor of Tổ Toán – Tin học picks a published item of his department.
        var editor = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(editor, "btv.toan");
        await Journey.GotoLiveAsync(editor, "/published");
        var row = editor.Locator("[data-testid=published] .rz-data-row")
            .Filter(new() { HasText = "Đã đăng" }).Filter(new() { HasText = "Tổ Toán" })
            .Filter(new() { HasNotText = "Có đề nghị gỡ bỏ" }).First;
        var oldTitle = (await row.Locator("a.item-link").InnerTextAsync()).Trim();
        await row.Locator("a.item-link").ClickAsync();
        await editor.WaitForURLAsync(new Regex(@"/items/\d+$"));
        await Journey.WaitUntilLiveAsync(editor);
        var itemUrl = new Uri(editor.Url).AbsolutePath;

        // A teacher of another department reads it at the same time: each sees the other there.
        var reader = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(reader, "gv.van1");
        await Journey.GotoLiveAsync(reader, itemUrl);
        await Expect(reader.Locator("[data-testid=item-presence]")).ToContainTextAsync("Vũ Mạnh Cường (đang xem)");
        await Expect(editor.Locator("[data-testid=item-presence]")).ToContainTextAsync("Trịnh Văn Hải (đang xem)");

        // The editor opens a correction; the item stays on the portal.
        await Action(editor, "Sửa bản đã đăng").ClickAsync();
        await editor.Locator(".rz-dialog textarea[name=note]").FillAsync("Sửa số liệu cho đúng.");
        await editor.Locator(".rz-dialog .dialog-confirm").ClickAsync();
        await ExpectStateAsync(editor, "Đang sửa bản đã đăng");
        await Expect(editor.Locator(".correction-note")).ToContainTextAsync("Bản đang đăng trên Cổng giữ nguyên");

        // While he edits, the reader sees him editing, live.
        await Action(editor, "Sửa tin bài").ClickAsync();
        await Expect(reader.Locator("[data-testid=item-presence]")).ToContainTextAsync("Vũ Mạnh Cường (đang sửa)");
        await Shot(reader, "extras-presence-reader");
        var newTitle = $"{oldTitle} (đính chính)";
        await editor.Locator("input[name=title]").FillAsync(newTitle);
        await Journey.WaitForRichTextEditorAsync(editor);
        await editor.Locator(".rz-html-editor-content").FillAsync("Nội dung đã đính chính: số liệu cập nhật ngày 20/11.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(editor.Locator(".item-title")).ToHaveTextAsync(newTitle);
        await Expect(reader.Locator("[data-testid=item-presence]")).ToContainTextAsync("Vũ Mạnh Cường (đang xem)");
        await Expect(editor.Locator("[data-testid=published-version]")).ToContainTextAsync(oldTitle);
        await ActInDialogAsync(editor, "Trình duyệt");
        await ExpectStateAsync(editor, "Bản sửa chờ duyệt");

        // The two latest revisions compared: the title's words inserted, the old body's words deleted.
        await editor.Locator(".revision-compare").ClickAsync();
        var comparison = editor.Locator("[data-testid=revision-compare]");
        await Expect(comparison.Locator("ins.diff-ins").First).ToBeVisibleAsync();
        await Expect(comparison.Locator(".compare-after ins.diff-ins").Filter(new() { HasText = "đính chính" }).First).ToBeVisibleAsync();
        await Expect(comparison.Locator(".compare-before del.diff-del").First).ToBeVisibleAsync();
        await comparison.ScrollIntoViewIfNeededAsync();
        await Shot(editor, "extras-revisions-compare");

        // Meanwhile the portal's list and the item, for the teacher, are still the published version.
        await Journey.GotoLiveAsync(reader, "/published");
        var listed = reader.Locator("[data-testid=published] .rz-data-row").Filter(new() { HasText = oldTitle }).First;
        await Expect(listed).ToContainTextAsync("Bản sửa chờ duyệt");
        await Expect(reader.Locator("[data-testid=published] a.item-link").Filter(new() { HasText = "(đính chính)" })).ToHaveCountAsync(0);
        await Journey.GotoLiveAsync(reader, itemUrl);
        await Expect(reader.Locator(".item-title")).ToHaveTextAsync(oldTitle);
        await Expect(reader.Locator(".correction-note")).ToContainTextAsync("bạn đang xem bản đã đăng");
        await Shot(reader, "extras-reader-sees-published");

        // The head approves the correction.
        var head = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(head, "truongban");
        await Journey.GotoLiveAsync(head, itemUrl);
        await ActInDialogAsync(head, "Duyệt");
        await ExpectStateAsync(head, "Bản sửa đã duyệt");

        // The secretary finds it on /publishing, downloads the copy-ready file, checks and publishes it again.
        var secretary = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(secretary, "thuky");
        await Journey.GotoLiveAsync(secretary, "/publishing");
        var approved = secretary.Locator("[data-testid=publishing] .rz-data-row").Filter(new() { HasText = newTitle });
        await Expect(approved).ToContainTextAsync("Bản sửa đã duyệt");
        var download = await secretary.RunAndWaitForDownloadAsync(() => approved.Locator("a.export-link").ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains($"<h1>{newTitle}</h1>", exported);
        Assert.EndsWith(".html", download.SuggestedFilename);
        await approved.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra và đăng" }).ClickAsync();
        var dialog = secretary.Locator(".rz-dialog");
        await Expect(dialog.Locator("[data-testid=publish-checklist] li")).ToHaveCountAsync(5);
        await Expect(dialog.Locator("input[name=portalUrl]")).Not.ToHaveValueAsync("");
        await Shot(secretary, "extras-publish-dialog");
        if (await dialog.Locator("textarea[name=uncheckedReason]").CountAsync() > 0)
            await dialog.Locator("textarea[name=uncheckedReason]").FillAsync("Bản đính chính cần đăng ngay.");
        await dialog.Locator(".dialog-confirm").ClickAsync();
        await Journey.ExpectDialogClosedAsync(secretary);

        // Now the teacher reads the corrected item; the history shows both publications.
        await Journey.GotoLiveAsync(reader, itemUrl);
        await Expect(reader.Locator(".item-title")).ToHaveTextAsync(newTitle);
        await Expect(reader.Locator(".correction-note")).ToHaveCountAsync(0);
        await Expect(reader.Locator("[data-testid=history] .history-entry[data-action=Publish]")).ToHaveCountAsync(2);
        await Expect(reader.Locator("[data-testid=history] .history-entry[data-action=StartCorrection]")).ToContainTextAsync("Sửa số liệu cho đúng.");

        // On a phone: the comparison stacks and nothing scrolls sideways.
        var phone = await fixture.NewPageAsync(width: 390, height: 844);
        await Journey.SignInToHomeAsync(phone, "btv.toan");
        await Journey.GotoLiveAsync(phone, itemUrl);
        await phone.Locator(".revision-compare").ClickAsync();
        await Expect(phone.Locator("[data-testid=revision-compare] ins.diff-ins").First).ToBeVisibleAsync();
        await Journey.AssertNoSidewaysScrollAsync(phone);
        await Shot(phone, "extras-item-phone");
    }

    [Fact]
    public async Task Presence_LeavingTheItemOrLosingTheConnection_TheOtherNoLongerSeesYou()
    {
        var first = await fixture.NewPageAsync(width: 390, height: 844);
        await Journey.SignInToHomeAsync(first, "phoban");
        await Journey.GotoLiveAsync(first, "/published");
        // An item on the portal now, which every teacher may read (the list also holds taken-down
        // items, which she may not, and other journeys take items down).
        await first.Locator("[data-testid=published] .rz-data-row").Filter(new() { HasText = "Đã đăng" })
            .Locator("a.item-link").First.ClickAsync();
        await first.WaitForURLAsync(new Regex(@"/items/\d+$"));
        await Journey.WaitUntilLiveAsync(first);
        var itemUrl = new Uri(first.Url).AbsolutePath;

        // Someone no other journey signs in as, so no page left open elsewhere keeps her seat.
        var second = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(second, "tt.van");
        await Journey.GotoLiveAsync(second, itemUrl);

        // Her page first: if she sees him, her seat is taken and only his news of it can be missing.
        await Expect(second.Locator("[data-testid=item-presence]")).ToContainTextAsync("Lê Quang Minh (đang xem)");
        await Expect(first.Locator("[data-testid=item-presence]")).ToContainTextAsync("Lương Thị Bích Ngọc (đang xem)");
        await Journey.AssertNoSidewaysScrollAsync(first);
        await Shot(first, "extras-presence-phone");

        // Leaving by the app's own navigation ends the page, and with it the seat, at once.
        await second.Locator(".rz-sidebar a[href$='published']").First.ClickAsync();
        await second.WaitForURLAsync(url => url.EndsWith("/published"));
        // Others may still have the item open (earlier journeys' pages): only she is gone.
        var her = first.Locator(".presence-person").Filter(new() { HasText = "Lương Thị Bích Ngọc" });
        await Expect(her).ToHaveCountAsync(0);

        // She comes back, then her phone loses the network (a closed tab says goodbye itself; a lost
        // connection does not): gone once the server notices the silence (SignalR's 30 s), not when
        // it lets the tab's circuit go three minutes later.
        await Journey.GotoLiveAsync(second, itemUrl);
        await Expect(her).ToHaveCountAsync(1);
        await second.Context.SetOfflineAsync(true);
        await Expect(her).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await second.CloseAsync();
    }

    private static ILocator Action(IPage page, string name) =>
        page.Locator($".item-page button:has(.rz-button-text:text-is(\"{name}\"))");

    private static Task ActInDialogAsync(IPage page, string name) => Journey.ActInDialogAsync(page, Action(page, name));

    private static Task ExpectStateAsync(IPage page, string state) =>
        Expect(page.Locator(".item-status .state-badge")).ToHaveTextAsync(state);


    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath(name), FullPage = true });
}
