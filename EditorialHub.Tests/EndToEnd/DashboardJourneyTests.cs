using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// The principal's dashboard in Chromium over the demo school: its figures lead to lists holding as
/// many items as they say, and a publication by the secretary shows on an open dashboard without a reload.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class DashboardJourneyTests(DemoAppFixture fixture)
{
    [Fact]
    public async Task Head_FiguresOpenTheirItems_AndAPublicationShowsLive()
    {
        // Tall enough for the whole dashboard in one screenshot (the layout scrolls inside its body).
        var head = await fixture.NewPageAsync(1280, 2600);
        await Journey.SignInToHomeAsync(head, "truongban");
        await Journey.GotoLiveAsync(head, "/dashboard");
        await Expect(head.Locator("h1")).ToContainTextAsync("Tổng quan");
        await ChartDrawnAsync(head);
        var publishedThisMonth = await FigureAsync(head, "published-month");
        Assert.True(publishedThisMonth > 0, "The demo school publishes every month.");
        await Shot(head, "dashboard-head");

        // The figure opens the month's list: as many items, each published this month.
        var month = SchoolTime.Now.ToString("MM/yyyy");
        await head.Locator("[data-testid=published-month] a.dashboard-tile-main").ClickAsync();
        await head.WaitForURLAsync(new Regex(@"/items\?published=\d{4}-\d{2}$"));
        await Expect(head.Locator("h1")).ToHaveTextAsync($"Tin bài đăng trong tháng {month}");
        var rows = head.Locator("[data-testid=item-list] .rz-data-row");
        await Expect(rows).ToHaveCountAsync(Math.Min(publishedThisMonth, 20));
        foreach (var meta in await rows.Locator("td:first-child .item-meta").AllInnerTextsAsync())
            Assert.Contains($"/{month}", meta);
        await Shot(head, "dashboard-list-published-month");

        // A stage of the table opens the items waiting there.
        await Journey.GotoLiveAsync(head, "/dashboard");
        var awaitingHead = head.Locator("[data-testid=waiting-AwaitingApprovalHead] a");
        var waitingAtHead = int.Parse(await awaitingHead.InnerTextAsync());
        await awaitingHead.ClickAsync();
        await Expect(head.Locator("h1")).ToHaveTextAsync("Tin bài đang chờ Trưởng ban duyệt");
        await Expect(rows).ToHaveCountAsync(Math.Min(waitingAtHead, 20));
        if (waitingAtHead > 0)
            await Expect(rows.First).ToContainTextAsync("Trưởng ban duyệt");

        // With the dashboard open, the secretary publishes an approved item: the count goes up by one, no reload.
        await Journey.GotoLiveAsync(head, "/dashboard");
        var before = await FigureAsync(head, "published-month");
        await head.EvaluateAsync("() => window.dashboardNotReloaded = true");
        var secretary = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(secretary, "thuky");
        await Journey.GotoLiveAsync(secretary, "/publishing");
        await secretary.Locator("[data-testid=publishing] .rz-data-row a.item-link").First.ClickAsync();
        await secretary.WaitForURLAsync(new Regex(@"/items/\d+$"));
        await secretary.Locator(".item-page button:has(.rz-button-text:text-is(\"Đăng lên Cổng\"))").ClickAsync();
        var dialog = secretary.Locator(".rz-dialog");
        await dialog.Locator("input[name=portalUrl]").FillAsync("https://thpt-lequydon.edu.vn/tin-tuc/truc-tiep");
        // Demo items may miss a line of the pre-publish checklist; the secretary then states why.
        if (await dialog.Locator("textarea[name=uncheckedReason]").CountAsync() > 0)
            await dialog.Locator("textarea[name=uncheckedReason]").FillAsync("Ban biên tập đã thống nhất đăng ngay.");
        await dialog.Locator(".dialog-confirm").ClickAsync();
        await Expect(secretary.Locator(".item-status .state-badge")).ToHaveTextAsync("Đã đăng");

        await Expect(head.Locator("[data-testid=published-month-value]")).ToHaveTextAsync(Vietnamese(before + 1));
        Assert.True(await head.EvaluateAsync<bool>("() => window.dashboardNotReloaded === true"), "The dashboard reloaded.");
        await ChartDrawnAsync(head);
        await Shot(head, "dashboard-after-live-update");
    }

    [Fact]
    public async Task Principal_OnAPhone_ReadsTheDashboardAndOpensTheLateItems()
    {
        var principal = await fixture.NewPageAsync(390, 3600);
        await Journey.SignInToHomeAsync(principal, "hieutruong");
        await Journey.GotoLiveAsync(principal, "/dashboard");
        await ChartDrawnAsync(principal);
        await Expect(principal.Locator("[data-testid=quota-month]")).ToContainTextAsync("Tổ đạt chỉ tiêu tháng");
        await Journey.AssertNoSidewaysScrollAsync(principal);
        await Shot(principal, "dashboard-principal-phone");

        var late = await FigureAsync(principal, "overdue-approved");
        await principal.Locator("[data-testid=overdue-approved] a.dashboard-tile-main").ClickAsync();
        await Expect(principal.Locator("h1")).ToHaveTextAsync("Tin bài, đã duyệt nhưng quá hạn đăng");
        var rows = principal.Locator("[data-testid=item-list] .rz-data-row");
        await Expect(rows).ToHaveCountAsync(Math.Min(late, 20));
        if (late > 0)
            await Expect(rows.First.Locator(".overdue-badge")).ToBeVisibleAsync();
        await Shot(principal, "dashboard-principal-phone-overdue-list");
    }

    [Fact]
    public async Task Deputy_IsNotShownTheDashboard()
    {
        var deputy = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(deputy, "phoban");
        await deputy.GotoAsync("/dashboard");

        await Expect(deputy.Locator("h1")).ToHaveTextAsync("Bạn không có quyền xem trang này");
    }

    /// <summary>Radzen measures the chart in the browser, then draws its columns.</summary>
    private static Task ChartDrawnAsync(IPage page) =>
        Expect(page.Locator("[data-testid=published-chart] .rz-column-series path").First).ToBeVisibleAsync();

    private static async Task<int> FigureAsync(IPage page, string testId)
    {
        var text = await page.Locator($"[data-testid={testId}-value]").InnerTextAsync();
        return int.Parse(text.Replace(".", ""));
    }

    /// <summary>A count as vi-VN writes it (1.234).</summary>
    private static string Vietnamese(int value) => value.ToString("N0", new System.Globalization.CultureInfo("vi-VN"));

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath(name), FullPage = true });
}
