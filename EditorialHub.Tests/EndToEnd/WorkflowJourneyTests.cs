using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// An item's way through the board (Điều 12), each step checked on the screen of the next person:
/// their list shows the item with the right state words before they act on it.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class WorkflowJourneyTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task Journey_FromDraftToTakeDown_EachStepShowsOnTheNextPersonsList()
    {
        var title = $"Hội giảng môn Toán cấp trường {Marker()}";

        // A teacher of Tổ Toán – Tin học writes and sends it, on a phone.
        var teacher = await fixture.NewPageAsync(width: 390, height: 844);
        await Journey.SignInToHomeAsync(teacher, "gv.toan1");
        var id = await CreateAndSubmitAsync(teacher, title, "Tổ Toán – Tin học tổ chức hội giảng chào mừng ngày 20/11.");
        await Journey.GotoLiveAsync(teacher, "/submissions");
        await Expect(Row(teacher, "submissions", title)).ToContainTextAsync("Đã gửi");
        await Journey.AssertNoSidewaysScrollAsync(teacher);
        await Shot(teacher, "workflow-submissions-phone");

        // The editor finds it waiting, takes it, edits and categorises it, and sends it for approval.
        var editor = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(editor, "btv.toan");
        await Journey.GotoLiveAsync(editor, "/editing");
        await Expect(Row(editor, "editing-waiting", title)).ToContainTextAsync("Đã gửi");
        await Shot(editor, "workflow-editing");
        await OpenAsync(editor, "editing-waiting", title);
        await ActAsync(editor, "Nhận biên tập");
        await ExpectStateAsync(editor, "Đang biên tập");
        await EditAsync(editor, body: "Sáng 18/11, tổ đã tổ chức hội giảng với 6 tiết dạy tốt.", category: "Chiến lược, kế hoạch");
        await Shot(editor, "workflow-item-editing");
        await ActInDialogAsync(editor, "Trình duyệt");
        await ExpectStateAsync(editor, "Chờ duyệt");

        // The deputy sees it at her level and returns it to the editor with a note; the note is required.
        var deputy = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(deputy, "phoban");
        await Journey.GotoLiveAsync(deputy, "/approvals");
        var waiting = Row(deputy, "approvals", title);
        await Expect(waiting).ToContainTextAsync("Chờ duyệt");
        await Expect(waiting).ToContainTextAsync("Phó trưởng ban duyệt");
        await Shot(deputy, "workflow-approvals");
        await OpenAsync(deputy, "approvals", title);
        await Action(deputy, "Trả lại biên tập viên").ClickAsync();
        var dialog = deputy.Locator(".rz-dialog");
        await dialog.Locator(".dialog-confirm").ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Cần ghi rõ lý do");
        const string note = "Bổ sung tên các giáo viên dạy tốt và ảnh hoạt động.";
        await dialog.Locator("textarea[name=note]").FillAsync(note);
        await Shot(deputy, "workflow-return-dialog");
        await dialog.Locator(".dialog-confirm").ClickAsync();
        await ExpectStateAsync(deputy, "Đang biên tập");

        // The editor finds it back in his hands, reads the note, fixes and sends it again.
        await Journey.GotoLiveAsync(editor, "/editing");
        await Expect(Row(editor, "editing-mine", title)).ToContainTextAsync("Đang biên tập");
        await OpenAsync(editor, "editing-mine", title);
        await Expect(editor.Locator(".item-returned")).ToContainTextAsync(note);
        await Expect(editor.Locator("[data-testid=history]")).ToContainTextAsync(note);
        await Shot(editor, "workflow-item-returned");
        await EditAsync(editor, body: "Sáng 18/11, tổ đã tổ chức hội giảng; dạy tốt: cô Thảo, thầy Minh.");
        await ActInDialogAsync(editor, "Trình duyệt");
        await ExpectStateAsync(editor, "Chờ duyệt");

        // The deputy approves.
        await Journey.GotoLiveAsync(deputy, "/approvals");
        await Expect(Row(deputy, "approvals", title)).ToContainTextAsync("Chờ duyệt");
        await OpenAsync(deputy, "approvals", title);
        await ActInDialogAsync(deputy, "Duyệt");
        await ExpectStateAsync(deputy, "Đã duyệt");

        // The secretary previews it as the public will see it and publishes it with its address.
        var secretary = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(secretary, "thuky");
        await Journey.GotoLiveAsync(secretary, "/publishing");
        var approved = Row(secretary, "publishing", title);
        await Expect(approved).ToContainTextAsync("Đã duyệt");
        await approved.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        await Expect(secretary.Locator(".rz-dialog [data-testid=public-preview]")).ToContainTextAsync("dạy tốt: cô Thảo");
        await Shot(secretary, "workflow-publishing-preview");
        await secretary.Keyboard.PressAsync("Escape");
        await Expect(secretary.Locator(".rz-dialog")).ToHaveCountAsync(0);
        await OpenAsync(secretary, "publishing", title);
        // The checklist on the item page: the activity report has no event date yet.
        var unmetOnPage = secretary.Locator("[data-testid=item-publishing] li[data-item=EventDateSet][data-met=false]");
        await Expect(unmetOnPage).ToContainTextAsync("Tin hoạt động có ngày diễn ra sự kiện");
        await Action(secretary, "Đăng lên Cổng").ClickAsync();
        var address = $"https://thpt-demo.edu.vn/tin-tuc/hoi-giang-{id}";
        var publishDialog = secretary.Locator(".rz-dialog");
        await Expect(publishDialog.Locator("li[data-item=EventDateSet][data-met=false]")).ToBeVisibleAsync();
        await publishDialog.Locator("input[name=portalUrl]").FillAsync(address);
        // Without a reason the core refuses, in words; with one it publishes and the history keeps it.
        await publishDialog.Locator(".dialog-confirm").ClickAsync();
        await Expect(publishDialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("ngày diễn ra sự kiện");
        await Shot(secretary, "workflow-publish-checklist");
        const string reason = "Hoạt động kéo dài cả tháng, không có một ngày kết thúc.";
        await publishDialog.Locator("textarea[name=uncheckedReason]").FillAsync(reason);
        await publishDialog.Locator(".dialog-confirm").ClickAsync();
        await ExpectStateAsync(secretary, "Đã đăng");
        await Expect(secretary.Locator("[data-testid=history]")).ToContainTextAsync("Đăng khi chưa đạt: ngày diễn ra sự kiện. Lý do: " + reason);
        await Expect(secretary.Locator("a.portal-link")).ToHaveAttributeAsync("href", address);

        // The teacher sees it published and asks for a take-down.
        await Journey.GotoLiveAsync(teacher, "/submissions");
        await Expect(Row(teacher, "submissions", title)).ToContainTextAsync("Đã đăng");
        await OpenAsync(teacher, "submissions", title);
        await Action(teacher, "Đề nghị gỡ bỏ").ClickAsync();
        await Journey.ChooseAsync(teacher, teacher.Locator(".rz-dialog .rz-dropdown"), "Người cung cấp thông tin đề nghị");
        await teacher.Locator(".rz-dialog textarea[name=note]").FillAsync("Có sai sót tên giáo viên, xin gỡ để đăng bản sửa.");
        await Shot(teacher, "workflow-takedown-request-phone");
        await teacher.Locator(".rz-dialog .dialog-confirm").ClickAsync();
        await Expect(teacher.Locator(".item-status")).ToContainTextAsync("Có đề nghị gỡ bỏ");
        await Journey.AssertNoSidewaysScrollAsync(teacher);
        await Shot(teacher, "workflow-item-phone");

        // The head finds the request on /published and grants it.
        var head = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(head, "truongban");
        await Journey.GotoLiveAsync(head, "/published");
        await Expect(Row(head, "takedown-requests", title)).ToContainTextAsync("Có đề nghị gỡ bỏ");
        await Shot(head, "workflow-published");
        await OpenAsync(head, "takedown-requests", title);
        // She decides seeing the request: who asked, on what ground, why; the buttons say what they do.
        await Expect(Action(head, "Không gỡ")).ToBeVisibleAsync();
        await Expect(Action(head, "Gỡ theo quyết định của Trưởng ban")).ToBeVisibleAsync();
        await Action(head, "Đồng ý gỡ theo đề nghị").ClickAsync();
        var request = head.Locator(".rz-dialog [data-testid=takedown-request]");
        await Expect(request).ToContainTextAsync("Hoàng Thị Lan Anh");
        await Expect(request).ToContainTextAsync("Người cung cấp thông tin đề nghị");
        await Expect(request).ToContainTextAsync("Có sai sót tên giáo viên, xin gỡ để đăng bản sửa.");
        await Shot(head, "workflow-takedown-decide");
        // The secretary has her publishing page open meanwhile: the take-down will appear there live.
        await Journey.GotoLiveAsync(secretary, "/publishing");
        var removals = secretary.Locator("[data-testid=portal-removals]");
        await Expect(removals).ToContainTextAsync("Cần gỡ khỏi Cổng");
        await Expect(removals.Locator(".portal-removal").Filter(new() { HasText = title })).ToHaveCountAsync(0);
        await head.Locator(".rz-dialog .dialog-confirm").ClickAsync();
        await Journey.ExpectDialogClosedAsync(head);
        await ExpectStateAsync(head, "Đã gỡ bỏ");
        // The last published text is no longer called "đang đăng".
        await Expect(head.Locator("[data-testid=revisions]")).ToContainTextAsync("đã gỡ bỏ");
        await Expect(head.Locator("[data-testid=revisions]")).Not.ToContainTextAsync("đang đăng");

        // And the teacher's list says so.
        await Journey.GotoLiveAsync(teacher, "/submissions");
        await Expect(Row(teacher, "submissions", title)).ToContainTextAsync("Đã gỡ bỏ");

        // The take-down reaches the portal: the secretary finds it under "Cần gỡ khỏi Cổng" and confirms (Điều 12.4).
        var toRemove = removals.Locator(".portal-removal").Filter(new() { HasText = title });
        await Expect(toRemove).ToContainTextAsync(address);
        await Shot(secretary, "workflow-portal-removals");
        await secretary.SetViewportSizeAsync(390, 844);
        await Journey.AssertNoSidewaysScrollAsync(secretary);
        await Shot(secretary, "workflow-portal-removals-phone");
        await toRemove.Locator(".confirm-removed").ClickAsync();
        await secretary.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Đã gỡ khỏi Cổng" }).ClickAsync();
        await Journey.ExpectDialogClosedAsync(secretary);
        await Expect(removals.Locator(".portal-removal").Filter(new() { HasText = title })).ToHaveCountAsync(0);
        await Journey.GotoLiveAsync(head, new Uri(head.Url).AbsolutePath);
        var confirmed = head.Locator("[data-testid=history] .history-entry[data-action=ConfirmRemovedFromPortal]");
        await Expect(confirmed).ToContainTextAsync("Đã gỡ khỏi Cổng");
        await Expect(confirmed).ToContainTextAsync("Đỗ Thị Hồng Nhung");
    }

    [Fact]
    public async Task SensitiveItem_DeputyHasNoApproveButton_HeadApproves()
    {
        var title = $"Thông báo điều chỉnh lịch thi học kỳ I {Marker()}";
        var teacher = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(teacher, "gv.toan1");
        await CreateAndSubmitAsync(teacher, title, "Lịch thi môn Toán khối 12 dời sang thứ Hai.");

        var editor = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(editor, "btv.toan");
        await Journey.GotoLiveAsync(editor, "/editing");
        await OpenAsync(editor, "editing-waiting", title);
        var url = editor.Url;
        await ActAsync(editor, "Nhận biên tập");
        await ExpectStateAsync(editor, "Đang biên tập");

        // A second tab saves first: the first tab's save is refused and keeps what was typed.
        var other = await editor.Context.NewPageAsync();
        await Journey.GotoLiveAsync(other, url);
        await Action(editor, "Sửa tin bài").ClickAsync();
        await Action(other, "Sửa tin bài").ClickAsync();
        await other.Locator("input[name=title]").FillAsync(title + " (sửa)");
        await other.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(other.Locator(".item-title")).ToContainTextAsync("(sửa)");
        await editor.Locator("input[name=title]").FillAsync(title + " (bản của tôi)");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(editor.Locator(".item-error")).ToContainTextAsync("vừa được người khác lưu thay đổi");
        await Expect(editor.Locator("input[name=title]")).ToHaveValueAsync(title + " (bản của tôi)");
        await Shot(editor, "workflow-concurrency");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Mở bản mới nhất" }).ClickAsync();
        await other.CloseAsync();

        // The editor flags it sensitive: only the head may approve it (Điều 12.2).
        await Action(editor, "Sửa tin bài").ClickAsync();
        await editor.GetByText("Có tính chất nhạy cảm", new() { Exact = true }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(editor.Locator(".item-status")).ToContainTextAsync("Có tính chất nhạy cảm");
        await ActInDialogAsync(editor, "Trình duyệt");
        await ExpectStateAsync(editor, "Chờ duyệt");

        var deputy = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(deputy, "phoban");
        await Journey.GotoLiveAsync(deputy, "/approvals");
        await Expect(deputy.Locator("[data-testid=approvals] .rz-data-row, [data-testid=approvals] .rz-datatable-emptymessage").First).ToBeVisibleAsync();
        await Expect(Row(deputy, "approvals", title)).ToHaveCountAsync(0);
        await deputy.GetByText("Hiện cả tin bài chờ cấp duyệt khác").ClickAsync();
        await Expect(Row(deputy, "approvals-all", title)).ToContainTextAsync("Trưởng ban duyệt");
        await OpenAsync(deputy, "approvals-all", title);
        await ExpectStateAsync(deputy, "Chờ duyệt");
        await Expect(deputy.Locator(".no-actions")).ToContainTextAsync("chờ Trưởng ban duyệt");
        await Expect(Action(deputy, "Duyệt")).ToHaveCountAsync(0);
        await Shot(deputy, "workflow-sensitive-deputy");

        var head = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(head, "truongban");
        await Journey.GotoLiveAsync(head, "/approvals");
        await Expect(Row(head, "approvals", title)).ToContainTextAsync("Trưởng ban duyệt");
        await OpenAsync(head, "approvals", title);
        await ActInDialogAsync(head, "Duyệt");
        await ExpectStateAsync(head, "Đã duyệt");
    }

    [Fact]
    public async Task AbandonedDraft_DeletedByItsAuthorAfterAConfirm_GoneFromTheDepartmentsList()
    {
        var title = $"Bản nháp bỏ dở về ngoại khóa {Marker()}";
        var teacher = await fixture.NewPageAsync(width: 390, height: 844);
        await Journey.SignInToHomeAsync(teacher, "gv.toan1");
        await Journey.GotoLiveAsync(teacher, "/submissions");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Viết tin bài mới" }).ClickAsync();
        await teacher.WaitForURLAsync(url => url.EndsWith("/submissions/new"));
        await teacher.Locator("input[name=title]").FillAsync(title);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await teacher.WaitForURLAsync(new Regex(@"/items/\d+$"));
        await ExpectStateAsync(teacher, "Dự thảo");

        // The page asks first, saying what will go; cancelling keeps everything.
        await teacher.Locator(".item-page .delete-draft").ClickAsync();
        var dialog = teacher.Locator(".rz-dialog");
        await Expect(dialog).ToContainTextAsync("Xóa bản nháp này?");
        await Expect(dialog).ToContainTextAsync(title);
        await Shot(teacher, "workflow-delete-draft-confirm-phone");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        await Journey.ExpectDialogClosedAsync(teacher);
        await ExpectStateAsync(teacher, "Dự thảo");

        await teacher.Locator(".item-page .delete-draft").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Xóa bản nháp" }).ClickAsync();
        await teacher.WaitForURLAsync(url => url.EndsWith("/submissions"));
        // The list has drawn its rows (latest change first, where the draft stood) without it.
        await Expect(teacher.Locator("[data-testid=submissions] .rz-data-row").First).ToBeVisibleAsync();
        await Expect(Row(teacher, "submissions", title)).ToHaveCountAsync(0);
    }

    private static string Marker() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>Writes a draft from /submissions and sends it; returns the item's id.</summary>
    private static async Task<int> CreateAndSubmitAsync(IPage page, string title, string body)
    {
        await Journey.GotoLiveAsync(page, "/submissions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Viết tin bài mới" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/submissions/new"));
        await page.Locator("input[name=title]").FillAsync(title);
        await page.Locator("textarea[name=summary]").FillAsync("Tin hoạt động của tổ.");
        await Journey.WaitForRichTextEditorAsync(page);
        await page.Locator(".rz-html-editor-content").FillAsync(body);
        await Shot(page, $"workflow-new-{page.ViewportSize!.Width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/items/\d+$"));
        await ExpectStateAsync(page, "Dự thảo");
        await Expect(page.Locator(".article-body")).ToContainTextAsync(body);
        await ActAsync(page, "Gửi Ban Biên tập");
        await ExpectStateAsync(page, "Đã gửi");
        return int.Parse(Regex.Match(page.Url, @"/items/(\d+)$").Groups[1].Value);
    }

    private static async Task EditAsync(IPage page, string body, string? category = null)
    {
        await Action(page, "Sửa tin bài").ClickAsync();
        if (category is not null)
            await Journey.ChooseAsync(page, page.Locator(".article-editor .rz-dropdown").Filter(new() { Has = page.Locator("input[name=category]") }), category);
        await page.Locator("textarea[name=summary]").FillAsync("Tin hoạt động của tổ, đã biên tập.");
        await Journey.WaitForRichTextEditorAsync(page);
        await page.Locator(".rz-html-editor-content").FillAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(page.Locator(".article-body").First).ToContainTextAsync(body);
        if (category is not null)
            await Expect(page.Locator(".item-facts")).ToContainTextAsync(category);
    }

    private static ILocator Row(IPage page, string grid, string title) =>
        page.Locator($"[data-testid={grid}] .rz-data-row").Filter(new() { HasText = title });

    private static async Task OpenAsync(IPage page, string grid, string title)
    {
        await Row(page, grid, title).Locator("a.item-link").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/items/\d+$"));
        await Expect(page.Locator(".item-title")).ToContainTextAsync(title);
    }

    /// <summary>A button of the item's actions, by its exact words (the icon's name is not part of them).</summary>
    private static ILocator Action(IPage page, string name) =>
        page.Locator($".item-page button:has(.rz-button-text:text-is(\"{name}\"))");

    private static async Task ActAsync(IPage page, string name) => await Action(page, name).ClickAsync();

    private static Task ActInDialogAsync(IPage page, string name) => Journey.ActInDialogAsync(page, Action(page, name));

    private static Task ExpectStateAsync(IPage page, string state) =>
        Expect(page.Locator(".item-status .state-badge")).ToHaveTextAsync(state);


    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath(name), FullPage = true });
}
