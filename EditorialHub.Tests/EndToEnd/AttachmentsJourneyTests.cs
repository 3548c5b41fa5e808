using System.Text.RegularExpressions;
using EditorialHub.Tests.Articles;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

[Collection(DemoAppCollection.Name)]
public sealed class AttachmentsJourneyTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task Draft_PhotoAndPdfAttached_DisguisedProgramRefused_OtherUnitCannotGuessTheAddress()
    {
        var teacher = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(teacher, "gv.toan1");
        await Journey.GotoLiveAsync(teacher, "/submissions/new");
        await teacher.Locator("input[name=title]").FillAsync($"Ngoại khóa Toán học {Guid.NewGuid():N}"[..30]);
        await teacher.Locator("textarea[name=summary]").FillAsync("Ảnh và kế hoạch buổi ngoại khóa.");
        await Journey.WaitForRichTextEditorAsync(teacher);
        await teacher.Locator(".rz-html-editor-content").FillAsync("Buổi ngoại khóa diễn ra sôi nổi.");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await teacher.WaitForURLAsync(new Regex(@"/items/\d+$"));
        await Journey.WaitUntilLiveAsync(teacher);

        var attachments = teacher.Locator(".attachment-link");
        await UploadAsync(teacher, "anh-ngoai-khoa.png", "image/png", AttachmentFiles.Png(), "Học sinh giải toán theo nhóm");
        await teacher.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("attachments-photo"), FullPage = true });
        await Expect(attachments).ToHaveCountAsync(1);
        await UploadAsync(teacher, "ke-hoach.pdf", "application/pdf", AttachmentFiles.Pdf());
        await Expect(attachments).ToHaveCountAsync(2);
        await Expect(teacher.Locator("img.attachment-image")).ToHaveAttributeAsync("alt", "Học sinh giải toán theo nhóm");

        // A program dressed as a PDF is refused in words; the two files already there stay.
        await UploadAsync(teacher, "bao-cao.pdf", "application/pdf", AttachmentFiles.WindowsExecutable());
        await Expect(teacher.Locator(".item-attachments [role=alert]")).ToContainTextAsync("không phải PDF thật");
        await Expect(attachments).ToHaveCountAsync(2);
        await teacher.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("attachments-refused"), FullPage = true });

        var pdfAddress = await attachments.Filter(new() { HasText = "ke-hoach.pdf" }).GetAttributeAsync("href");
        Assert.Equal(200, (await teacher.APIRequest.GetAsync(pdfAddress!)).Status);

        // A teacher of another unit guessing the address of this draft's file gets "not found".
        var outsider = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(outsider, "gv.van1");
        Assert.Equal(404, (await outsider.APIRequest.GetAsync(pdfAddress!)).Status);
        Assert.Equal(404, (await outsider.GotoAsync(teacher.Url))!.Status is 200 ? await NotReadableAsync(outsider) : 404);
    }

    private static async Task UploadAsync(IPage page, string name, string type, byte[] content, string? alt = null)
    {
        await Journey.WaitForFileInputAsync(page, "#attachment-file");
        await page.Locator("#attachment-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = type, Buffer = content });
        if (alt is not null)
            await page.Locator("input[name=altText]").FillAsync(alt);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
    }

    // The item page of another unit's draft says it cannot be found, and shows nothing of it.
    private static async Task<int> NotReadableAsync(IPage page)
    {
        await Expect(page.Locator(".article-body")).ToHaveCountAsync(0);
        return 404;
    }
}
