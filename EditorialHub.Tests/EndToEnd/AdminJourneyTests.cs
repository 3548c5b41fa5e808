using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// The secretary's administration in Chromium, each change checked where the person it concerns
/// notices it: their lists, the units they may write for, the level an item waits at.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class AdminJourneyTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task EditPerson_SecretaryMovesATeacherToAnotherUnit_TheTeachersListsFollow()
    {
        var teacher = await fixture.NewPageAsync(width: 390, height: 844);
        await Journey.SignInToHomeAsync(teacher, "gv.su1");
        await Journey.GotoLiveAsync(teacher, "/submissions");
        var rows = teacher.Locator("[data-testid=submissions] .rz-data-row");
        await Expect(rows.First).ToContainTextAsync("Tổ Lịch sử – Địa lí");

        var secretary = await OpenAdminAsync();
        var row = await Journey.FindPersonAsync(secretary, "gv.su1");
        await row.GetByRole(AriaRole.Button, new() { Name = "Sửa" }).ClickAsync();
        var dialog = secretary.Locator(".rz-dialog");
        await Expect(dialog.Locator("input[name=fullName]")).ToHaveValueAsync("Thái Thị Ngân");
        // Another person's e-mail is refused in words; what was typed stays.
        await dialog.Locator("input[name=email]").FillAsync("GV.Toan1@thpt-lequydon.edu.vn");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Địa chỉ e-mail này đã thuộc về một tài khoản khác.");
        await Expect(dialog.Locator("input[name=email]")).ToHaveValueAsync("GV.Toan1@thpt-lequydon.edu.vn");
        await Shot(secretary, "admin-edit-person-refused");
        await dialog.Locator("input[name=email]").FillAsync("ngan.thai@thpt-lequydon.edu.vn");
        await Journey.ChooseAsync(secretary, dialog.Locator(".rz-dropdown").Filter(new() { Has = secretary.Locator("input[name=unit]") }), "Tổ Hóa học – Sinh học");
        await dialog.Locator("input[name=jobTitle]").FillAsync("Giáo viên Lịch sử, dạy Sinh học");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Journey.ExpectDialogClosedAsync(secretary);
        await Expect(row).ToContainTextAsync("Tổ Hóa học – Sinh học");
        await Expect(row.Locator(".person-email")).ToHaveTextAsync("ngan.thai@thpt-lequydon.edu.vn");
        await Expect(row).ToContainTextAsync("Giáo viên Lịch sử, dạy Sinh học");

        // The teacher's open session is renewed (signed out at once in the tests), and her lists are the new unit's.
        await teacher.GotoAsync("/submissions");
        await Expect(teacher).ToHaveURLAsync(new Regex("/Account/Login"));
        await Journey.SignInToHomeAsync(teacher, "gv.su1");
        await Journey.GotoLiveAsync(teacher, "/submissions");
        await Expect(rows.First).ToContainTextAsync("Tổ Hóa học – Sinh học");
        Assert.DoesNotContain(await rows.AllInnerTextsAsync(), text => text.Contains("Tổ Lịch sử – Địa lí"));
        await Shot(teacher, "admin-moved-teacher-submissions-phone");

        // The record says who changed what.
        await secretary.GetByRole(AriaRole.Tab, new() { Name = "Nhật ký tài khoản" }).ClickAsync();
        var entry = secretary.Locator(".rz-data-row").Filter(new() { HasText = "Sửa thông tin" }).First;
        await Expect(entry).ToContainTextAsync("Tổ/đơn vị: «Tổ Lịch sử – Địa lí» → «Tổ Hóa học – Sinh học»");
        await Expect(entry).ToContainTextAsync("Đỗ Thị Hồng Nhung");
        await Shot(secretary, "admin-log-person-edited");
    }

    [Fact]
    public async Task AddUnit_SecretaryAddsADepartmentAndPlacesATeacher_TheTeachersNewItemIsForIt()
    {
        var secretary = await OpenAdminAsync();
        await secretary.GetByRole(AriaRole.Tab, new() { Name = "Tổ / đơn vị" }).ClickAsync();
        var units = secretary.Locator(".units-grid .rz-data-row");
        await Expect(units.Filter(new() { HasText = "Văn phòng" }).First).ToContainTextAsync("Đang hoạt động");

        // A name already used, in other letter case, is refused.
        await secretary.Locator("input[name=unitName]").FillAsync("tổ ngữ văn");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Thêm tổ / đơn vị" }).ClickAsync();
        await Expect(secretary.GetByRole(AriaRole.Alert)).ToContainTextAsync("Đã có tổ/đơn vị tên");
        await secretary.Locator("input[name=unitName]").FillAsync("Tổ Âm nhạc – Mĩ thuật");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Thêm tổ / đơn vị" }).ClickAsync();
        var added = units.Filter(new() { HasText = "Tổ Âm nhạc – Mĩ thuật" });
        await Expect(added).ToContainTextAsync("Tổ chuyên môn");
        await Expect(added).ToContainTextAsync("0 người");

        // A unit people still belong to cannot be deactivated; the reason says what to do.
        var office = units.Filter(new() { HasText = "Văn phòng" }).First;
        await office.GetByRole(AriaRole.Button, new() { Name = "Ngừng hoạt động" }).ClickAsync();
        await secretary.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Ngừng hoạt động" }).ClickAsync();
        await Expect(secretary.GetByRole(AriaRole.Alert)).ToContainTextAsync("còn 6 người đang hoạt động");
        await Expect(office).ToContainTextAsync("Đang hoạt động");
        await Shot(secretary, "admin-units");
        var phone = await OpenAdminAsync(width: 390, height: 844);
        await phone.GetByRole(AriaRole.Tab, new() { Name = "Tổ / đơn vị" }).ClickAsync();
        await Expect(phone.Locator(".units-grid .rz-data-row").Filter(new() { HasText = "Tổ Âm nhạc – Mĩ thuật" })).ToBeVisibleAsync();
        await Shot(phone, "admin-units-phone");

        // Placed in it, a teacher's new item is for the new department.
        await secretary.GetByRole(AriaRole.Tab, new() { Name = "Tài khoản", Exact = true }).ClickAsync();
        var row = await Journey.FindPersonAsync(secretary, "gv.td2");
        await row.GetByRole(AriaRole.Button, new() { Name = "Sửa" }).ClickAsync();
        var dialog = secretary.Locator(".rz-dialog");
        await Journey.ChooseAsync(secretary, dialog.Locator(".rz-dropdown").Filter(new() { Has = secretary.Locator("input[name=unit]") }), "Tổ Âm nhạc – Mĩ thuật");
        await Shot(secretary, "admin-edit-person");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Journey.ExpectDialogClosedAsync(secretary);
        await Expect(row).ToContainTextAsync("Tổ Âm nhạc – Mĩ thuật");

        var teacher = await fixture.NewPageAsync(width: 390, height: 844);
        await Journey.SignInToHomeAsync(teacher, "gv.td2");
        await Journey.GotoLiveAsync(teacher, "/submissions/new");
        await Expect(teacher.Locator("[data-testid=draft-unit]")).ToContainTextAsync("Tổ Âm nhạc – Mĩ thuật");
        await Shot(teacher, "admin-new-unit-new-item-phone");
        // An editor placed there gets it first in the choice of units.
        await (await Journey.FindPersonAsync(secretary, "btv.anh")).GetByRole(AriaRole.Button, new() { Name = "Sửa" }).ClickAsync();
        await Journey.ChooseAsync(secretary, dialog.Locator(".rz-dropdown").Filter(new() { Has = secretary.Locator("input[name=unit]") }), "Tổ Âm nhạc – Mĩ thuật");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Journey.ExpectDialogClosedAsync(secretary);
        var editor = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(editor, "btv.anh");
        await Journey.GotoLiveAsync(editor, "/submissions/new");
        await Expect(editor.Locator(".article-editor .rz-dropdown").Filter(new() { Has = editor.Locator("input[name=unit]") }))
            .ToContainTextAsync("Tổ Âm nhạc – Mĩ thuật");
    }

    [Fact]
    public async Task Holidays_SecretaryEntersThem_ABadLineIsNamedAndWhatWasTypedStays_OnAPhone()
    {
        // Next year's holidays: no item of the demo is near a deadline then.
        var year = SchoolTime.Today.Year + 1;
        var phone = await OpenAdminAsync(width: 390, height: 844);
        await phone.GetByRole(AriaRole.Tab, new() { Name = "Cài đặt" }).ClickAsync();
        var box = phone.GetByTestId("holidays");
        var save = phone.GetByRole(AriaRole.Button, new() { Name = "Lưu cài đặt" });
        await Expect(phone.GetByTestId("holidays-count")).ToContainTextAsync("Chưa có ngày nghỉ lễ nào");
        try
        {
            var typed = $"01/01/{year} Tết Dương lịch\n30/4/{year % 100} Giải phóng miền Nam";
            await box.FillAsync(typed);
            await save.ClickAsync();
            await Expect(phone.Locator(".settings-tab [role=alert]")).ToContainTextAsync($"Dòng 2 (“30/4/{year % 100} Giải phóng miền Nam”): không đọc được ngày.");
            await Expect(box).ToHaveValueAsync(typed);
            await Shot(phone, "admin-holidays-refused-phone");

            await box.FillAsync($"30/04/{year} - 01/05/{year} Giải phóng miền Nam, Quốc tế lao động\n01/01/{year} Tết Dương lịch");
            var savedFrom = SchoolTime.Now;
            await save.ClickAsync();
            await Expect(phone.GetByTestId("holidays-count")).ToContainTextAsync("3 ngày nghỉ lễ");
            await Expect(box).ToHaveValueAsync($"01/01/{year} Tết Dương lịch\n30/04/{year} - 01/05/{year} Giải phóng miền Nam, Quốc tế lao động");
            var history = phone.Locator(".settings-history .rz-data-row").First;
            await Expect(history).ToContainTextAsync("Ngày nghỉ lễ, Tết");
            await Expect(history).ToContainTextAsync("3 ngày nghỉ lễ");
            // Who changed it is read on the phone too, under the change.
            await Expect(history.Locator(".settings-history-by")).ToBeVisibleAsync();
            await Expect(history.Locator(".settings-history-by")).ToHaveTextAsync("Người đổi: Đỗ Thị Hồng Nhung");
            // In the school's time, whatever the server's zone (CI's is UTC, seven hours behind).
            var shown = await history.InnerTextAsync();
            Assert.True(new[] { savedFrom, SchoolTime.Now }.Any(t => shown.Contains(t.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture))), shown);
            await Journey.AssertNoSidewaysScrollAsync(phone);
            await Shot(phone, "admin-holidays-phone");
        }
        finally
        {
            await box.FillAsync("");
            await save.ClickAsync();
            await Expect(phone.GetByTestId("holidays-count")).ToContainTextAsync("Chưa có ngày nghỉ lễ nào");
        }
    }

    [Fact]
    public async Task ApprovalPolicy_SecretaryLiftsACategoryToTheHead_ANewItemOfItWaitsForTheHead()
    {
        var secretary = await OpenAdminAsync();
        await secretary.GetByRole(AriaRole.Tab, new() { Name = "Cài đặt" }).ClickAsync();
        var topics = secretary.Locator("tr[data-category=ProfessionalTopics]");
        await Expect(topics.Locator(".rz-dropdown")).ToContainTextAsync("Biên tập viên");
        await Expect(secretary.Locator(".settings-readonly")).ToContainTextAsync("Mật khẩu tối thiểu 8 ký tự");
        await Journey.ChooseAsync(secretary, topics.Locator(".rz-dropdown"), "Trưởng ban");
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Lưu cài đặt" }).ClickAsync();
        var history = secretary.Locator(".settings-history .rz-data-row").First;
        await Expect(history).ToContainTextAsync("Người duyệt chuyên mục Chuyên đề chuyên môn");
        await Expect(history).ToContainTextAsync("Biên tập viên → Trưởng ban");
        await Expect(topics).ToContainTextAsync("đã đổi tại đây");
        await Shot(secretary, "admin-settings");
        var phone = await OpenAdminAsync(width: 390, height: 844);
        await phone.GetByRole(AriaRole.Tab, new() { Name = "Cài đặt" }).ClickAsync();
        await Expect(phone.Locator(".settings-history .rz-data-row").First).ToBeVisibleAsync();
        await Shot(phone, "admin-settings-phone");

        try
        {
            // A teacher writes a professional topic, an editor sends it for approval: it waits for the head.
            var title = $"Chuyên đề dạy học hình học không gian {Guid.NewGuid().ToString("N")[..6]}";
            var teacher = await fixture.NewPageAsync();
            await Journey.SignInToHomeAsync(teacher, "gv.toan3");
            await Journey.GotoLiveAsync(teacher, "/submissions/new");
            await teacher.Locator("input[name=title]").FillAsync(title);
            await Journey.ChooseAsync(teacher, teacher.Locator(".article-editor .rz-dropdown").Filter(new() { Has = teacher.Locator("input[name=category]") }), "Chuyên đề chuyên môn");
            await teacher.Locator("textarea[name=summary]").FillAsync("Chuyên đề của tổ Toán.");
            await Journey.WaitForRichTextEditorAsync(teacher);
            await teacher.Locator(".rz-html-editor-content").FillAsync("Dạy học hình học không gian bằng mô hình.");
            await teacher.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
            await teacher.WaitForURLAsync(new Regex(@"/items/\d+$"));
            await Action(teacher, "Gửi Ban Biên tập").ClickAsync();
            await Expect(teacher.Locator(".item-status .state-badge")).ToHaveTextAsync("Đã gửi");
            var item = teacher.Url;

            var editor = await fixture.NewPageAsync();
            await Journey.SignInToHomeAsync(editor, "btv.van");
            await Journey.GotoLiveAsync(editor, new Uri(item).AbsolutePath);
            await Action(editor, "Nhận biên tập").ClickAsync();
            await Expect(editor.Locator(".item-status .state-badge")).ToHaveTextAsync("Đang biên tập");
            await Action(editor, "Trình duyệt").ClickAsync();
            await editor.Locator(".rz-dialog .dialog-confirm").ClickAsync();
            await Expect(editor.Locator(".item-status .state-badge")).ToHaveTextAsync("Chờ duyệt");

            var head = await fixture.NewPageAsync();
            await Journey.SignInToHomeAsync(head, "truongban");
            await Journey.GotoLiveAsync(head, "/approvals");
            await Expect(head.Locator("[data-testid=approvals] .rz-data-row").Filter(new() { HasText = title })).ToContainTextAsync("Trưởng ban duyệt");
            await Shot(head, "admin-policy-approvals-head");
            var deputy = await fixture.NewPageAsync();
            await Journey.SignInToHomeAsync(deputy, "phoban");
            await Journey.GotoLiveAsync(deputy, new Uri(item).AbsolutePath);
            await Expect(deputy.Locator(".item-page")).ToContainTextAsync("Tin bài này chờ Trưởng ban duyệt; bạn chỉ xem.");
        }
        finally
        {
            // The demo app is shared by the journeys: put the policy back as appsettings.json has it.
            await Journey.ChooseAsync(secretary, topics.Locator(".rz-dropdown"), "Biên tập viên");
            await secretary.GetByRole(AriaRole.Button, new() { Name = "Lưu cài đặt" }).ClickAsync();
            await Expect(secretary.Locator(".settings-history .rz-data-row").First).ToContainTextAsync("Trưởng ban → Biên tập viên");
        }
    }

    [Fact]
    public async Task BoardTab_SchoolYearPicker_ShowsTheYearInForceOnDesktopAndPhone()
    {
        foreach (var (width, height, name) in new[] { (1280, 800, "admin-board-year"), (390, 844, "admin-board-year-phone") })
        {
            var secretary = await OpenAdminAsync(width, height);
            await secretary.GetByRole(AriaRole.Tab, new() { Name = "Ban Biên tập" }).ClickAsync();
            await Expect(secretary.Locator(".rz-dropdown").Filter(new() { Has = secretary.Locator("input[name=schoolYear]") }))
                .ToContainTextAsync("(năm học hiện tại)");
            await Expect(secretary.Locator(".board-table")).ToContainTextAsync("Trần Thị Thu Hà");
            await Shot(secretary, name);
        }
    }

    [Fact]
    public async Task NextSchoolYear_SecretaryCreatesItAndStartsItsBoardFromThisYears()
    {
        var secretary = await OpenAdminAsync(390, 1400);
        await secretary.GetByRole(AriaRole.Tab, new() { Name = "Năm học & chỉ tiêu" }).ClickAsync();
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Tạo năm học tiếp theo" }).ClickAsync();
        await Expect(secretary.Locator("[data-testid=quota-settings-message]")).ToContainTextAsync("2027-2028");

        // The new year has no board yet: the tab offers this year's as a start.
        await secretary.GetByRole(AriaRole.Tab, new() { Name = "Ban Biên tập" }).ClickAsync();
        await Journey.ChooseAsync(secretary, secretary.Locator(".rz-dropdown").Filter(new() { Has = secretary.Locator("input[name=schoolYear]") }), "2027-2028");
        var copy = secretary.Locator("[data-testid=board-copy]");
        await Expect(secretary.Locator(".board-print")).ToContainTextAsync("Chưa ai được giao vai trò trong năm học này.");
        await Shot(secretary, "admin-board-next-year-empty-phone");
        await copy.GetByRole(AriaRole.Button, new() { Name = "Chép thành phần của năm học 2026-2027" }).ClickAsync();

        await Expect(secretary.Locator("[data-testid=board-done]")).ToContainTextAsync("từ năm học 2026-2027");
        await Expect(secretary.Locator(".board-table")).ToContainTextAsync("Trần Thị Thu Hà");
        await Expect(copy).ToHaveCountAsync(0);
        await Journey.AssertNoSidewaysScrollAsync(secretary);
        await Shot(secretary, "admin-board-next-year-copied-phone");
        // This year's board is as it was.
        await Journey.ChooseAsync(secretary, secretary.Locator(".rz-dropdown").Filter(new() { Has = secretary.Locator("input[name=schoolYear]") }), "2026-2027 (năm học hiện tại)");
        await Expect(secretary.Locator(".board-table")).ToContainTextAsync("Trần Thị Thu Hà");
        await Expect(copy).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenAdminAsync(int width = 1280, int height = 800)
    {
        var page = await fixture.NewPageAsync(width, height);
        await Journey.SignInToHomeAsync(page, "thuky");
        await Journey.GotoLiveAsync(page, "/admin");
        return page;
    }

    private static ILocator Action(IPage page, string name) =>
        page.Locator($".item-page button:has(.rz-button-text:text-is(\"{name}\"))");

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath(name), FullPage = true });
}
