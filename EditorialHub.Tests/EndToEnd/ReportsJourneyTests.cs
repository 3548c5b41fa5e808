using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

[Collection(DemoAppCollection.Name)]
public sealed class ReportsJourneyTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task Secretary_PreviewsWritesProposalsPrints_ArchiveListsIt_PrincipalReprintsTheSameFile()
    {
        var secretary = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(secretary, "thuky");
        await Journey.GotoLiveAsync(secretary, "/reports");

        await secretary.GetByTestId("report-preview").ClickAsync();
        var view = secretary.GetByTestId("report-view");
        await Expect(view).ToContainTextAsync("I. TÌNH HÌNH CUNG CẤP THÔNG TIN");
        await Expect(view).ToContainTextAsync("Tình hình hoạt động Cổng thông tin điện tử tháng");
        await Expect(view).ToContainTextAsync("Tổ Toán – Tin học");
        await secretary.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("reports-preview"), FullPage = true });

        const string proposal = "Đề nghị nhà trường tập huấn kỹ năng viết tin cho tổ trưởng chuyên môn.";
        await secretary.GetByTestId("report-proposals").FillAsync(proposal);
        // Printing hands the PDF over at once, as a download, and the page stays.
        var download = await secretary.RunAndWaitForDownloadAsync(() => secretary.GetByTestId("report-print").ClickAsync());
        var notice = secretary.Locator(".rz-notification-message").Filter(new() { HasText = "Đã in báo cáo số" });
        await Expect(notice).ToBeVisibleAsync();
        var number = Regex.Match(await notice.InnerTextAsync(), @"\d{2,}/BC-BBT").Value;
        Assert.Equal($"bao-cao-so-{number.Replace('/', '-')}-{SchoolTime.Now.Year}.pdf", download.SuggestedFilename);
        var handedOver = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var row = secretary.GetByTestId("report-archive-row").Filter(new() { HasText = number });
        await Expect(row).ToContainTextAsync("Đỗ Thị Hồng Nhung");
        await Expect(secretary.GetByTestId("report-view")).ToHaveCountAsync(0);
        await secretary.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("reports-printed"), FullPage = true });

        var address = await row.GetByTestId("report-reprint").GetAttributeAsync("href");
        var printed = await (await secretary.APIRequest.GetAsync(address!)).BodyAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(printed, 0, 4));
        Assert.Equal(printed, handedOver);

        // The principal reads and reprints, byte for byte, but prints nothing new.
        var principal = await fixture.NewPageAsync(390, 844);
        await Journey.SignInToHomeAsync(principal, "hieutruong");
        await Journey.GotoLiveAsync(principal, "/reports");
        await Expect(principal.GetByTestId("report-archive-row").Filter(new() { HasText = number })).ToBeVisibleAsync();
        await principal.GetByTestId("report-preview").ClickAsync();
        await Expect(principal.GetByTestId("report-view")).ToBeVisibleAsync();
        await Expect(principal.GetByTestId("report-print")).ToHaveCountAsync(0);
        await principal.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("reports-phone"), FullPage = true });
        Assert.Equal(printed, await (await principal.APIRequest.GetAsync(address!)).BodyAsync());

        // An editor may not open the archive's files.
        var editor = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(editor, "btv.van");
        Assert.Equal(403, (await editor.APIRequest.GetAsync(address!)).Status);
    }

    [Fact]
    public async Task Deputy_SignsInTheHeadsPlace_OnAPhone_ThePreviewAndThePdfSayKT()
    {
        var deputy = await fixture.NewPageAsync(390, 844);
        await Journey.SignInToHomeAsync(deputy, "phoban");
        await Journey.GotoLiveAsync(deputy, "/reports");

        await Journey.ChooseAsync(deputy, deputy.GetByTestId("report-signatory"), "Phó trưởng ban ký thay: Lê Quang Minh");
        await deputy.GetByTestId("report-preview").ClickAsync();
        var signer = deputy.GetByTestId("report-signer");
        await Expect(signer).ToContainTextAsync("KT. TRƯỞNG BAN");
        await Expect(signer).ToContainTextAsync("PHÓ TRƯỞNG BAN");
        await Expect(signer).ToContainTextAsync("Lê Quang Minh");
        await Journey.AssertNoSidewaysScrollAsync(deputy);
        await deputy.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("reports-deputy-signs-phone"), FullPage = true });

        await deputy.GetByTestId("report-print").ClickAsync();
        var notice = deputy.Locator(".rz-notification-message").Filter(new() { HasText = "Đã in báo cáo số" });
        await Expect(notice).ToBeVisibleAsync();
        var number = Regex.Match(await notice.InnerTextAsync(), @"\d{2,}/BC-BBT").Value;
        var row = deputy.GetByTestId("report-archive-row").Filter(new() { HasText = number });
        var address = await row.GetByTestId("report-reprint").GetAttributeAsync("href");
        var pdf = Reports.Pdf.Keep(await (await deputy.APIRequest.GetAsync(address!)).BodyAsync(), "journey-deputy-signs.pdf");
        var lastPage = Reports.Pdf.Text(pdf, Reports.Pdf.Pages(pdf));
        Assert.Contains("KT. TRƯỞNG BAN", lastPage);
        Assert.Contains("Lê Quang Minh", lastPage);
    }
}
