using System.Text;
using System.Text.RegularExpressions;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data.Demo;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// The quota pages on the demo school. The demo's year of items (DemoItems) is built up to today: in
/// the year's first month the sports department misses (its item came late and was published the
/// month after, another was refused), and the maths department meets every past month.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class QuotasJourneyTests(DemoAppFixture fixture)
{
    private static readonly DateOnly Today = SchoolTime.Today;
    private static readonly DateOnly FirstMonth = Month(SchoolYear.UsualFrameFor(Today).Starts);
    private static readonly DateOnly ThisMonth = Month(Today);

    private static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);
    private static string Slug(DateOnly month) => month.ToString("yyyy-MM");

    [Fact]
    public async Task DepartmentHead_SeesTheMonth_WhatCountsAndWhatIsOnItsWay_AndThePastMonths()
    {
        var page = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(page, "tt.toan");
        await Journey.GotoLiveAsync(page, "/quotas");

        await Expect(page.Locator("h2").First).ToContainTextAsync(DemoStaff.Maths);
        await Expect(page.Locator("[data-testid=quota-board]")).ToHaveCountAsync(0); // the department's view, not the school's
        var month = page.Locator("[data-testid=quota-month]");
        var status = await month.GetAttributeAsync("data-status");
        // The demo publishes maths' item of this month on a working day before today, and keeps another approved.
        Assert.Contains(status, new[] { "Met", "Pending" });
        await Expect(page.Locator("[data-testid=quota-on-its-way] li").First).ToBeVisibleAsync();
        await Expect(page.Locator(".quota-needed")).ToContainTextAsync(status == "Met" ? "Đã đạt chỉ tiêu tháng này" : "Còn cần 1 tin bài");
        if (status == "Met")
            await Expect(page.Locator("[data-testid=quota-counting] li[data-note=Counts]").First).ToBeVisibleAsync();

        // The past months of the year: maths met each of them.
        var strip = page.Locator("[data-testid=quota-year] li");
        for (var past = FirstMonth; past < ThisMonth; past = past.AddMonths(1))
            await Expect(strip.And(page.Locator($"[data-month='{Slug(past)}']"))).ToHaveAttributeAsync("data-status", "Met");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("quotas-department"), FullPage = true });

        var phone = await fixture.NewPageAsync(390, 844);
        await Journey.SignInToHomeAsync(phone, "tt.toan");
        await Journey.GotoLiveAsync(phone, "/quotas");
        await Expect(phone.Locator("[data-testid=quota-month]")).ToBeVisibleAsync();
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("quotas-department-phone"), FullPage = true });

        // Another department's month is refused in words.
        await Journey.GotoLiveAsync(page, "/quotas/2/" + Slug(FirstMonth));
        await Expect(page.GetByText("Bạn chỉ xem được chỉ tiêu của tổ/đơn vị mình.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Head_HeatMap_MissedCellLandsOnTheListThatExplainsIt()
    {
        Assert.True(FirstMonth < ThisMonth, "the demo needs a past month of the school year");
        var page = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(page, "truongban");
        await Journey.GotoLiveAsync(page, "/quotas");

        var board = page.Locator("[data-testid=quota-board]");
        await Expect(board.Locator("tbody tr")).ToHaveCountAsync(DemoStaff.Units.Length);
        var sports = board.Locator($"tr[data-unit='{DemoStaff.Sports}']");
        var missed = sports.Locator($"td[data-month='{Slug(FirstMonth)}']");
        await Expect(missed).ToHaveAttributeAsync("data-status", "Missed");
        await Expect(missed).ToContainTextAsync("Không đạt"); // a word, not only a colour
        await Expect(board.Locator($"tr[data-unit='{DemoStaff.Maths}'] td[data-month='{Slug(FirstMonth)}']")).ToHaveAttributeAsync("data-status", "Met");
        await Expect(board.Locator($"tr[data-unit='{DemoStaff.Office}'] td[data-month='{Slug(FirstMonth)}']")).ToHaveAttributeAsync("data-status", "NotRequired");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("quotas-board"), FullPage = true });

        await missed.Locator("a").ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/quotas/\d+/{Slug(FirstMonth)}$"));
        await Expect(page.Locator("h1")).ToContainTextAsync($"{DemoStaff.Sports} – Tháng {FirstMonth.Month}/{FirstMonth.Year}");
        await Expect(page.Locator("[data-testid=quota-month]")).ToHaveAttributeAsync("data-status", "Missed");
        await Expect(page.GetByText("Chưa có tin bài nào được đăng và tính trong tháng.")).ToBeVisibleAsync();
        // What the department did send that month, and why none of it counts.
        var notCounting = page.Locator("[data-testid=quota-not-counting] li");
        await Expect(notCounting.First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=quota-not-counting]")).ToContainTextAsync("bị từ chối đăng");
        var itemLink = await notCounting.First.Locator("a.item-link").GetAttributeAsync("href");
        Assert.Matches(@"^/items/\d+$", itemLink);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("quotas-missed-month"), FullPage = true });

        // Semester II has not begun: its months are all still open.
        await Journey.GotoLiveAsync(page, "/quotas");
        await page.GetByText("Học kỳ II").ClickAsync();
        await page.WaitForURLAsync(new Regex("semester=2"));
        await Expect(board.Locator("thead th")).ToHaveCountAsync(1 + 4 + 1);
        await Expect(board.Locator("td[data-status=Missed]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Head_CsvExport_StartsWithTheByteOrderMark_AndHasVietnameseHeaders()
    {
        var page = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(page, "truongban");
        await Journey.GotoLiveAsync(page, "/quotas");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.quota-export").ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.EndsWith(".csv", download.SuggestedFilename);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"Tổ/đơn vị,Tháng {FirstMonth.Month}/{FirstMonth.Year},", lines[0]);
        Assert.EndsWith("Số tin bài được tính,Số tháng đạt,Số tháng không đạt,Tỉ lệ đạt (%)", lines[0]);
        Assert.StartsWith($"{DemoStaff.Sports},Không đạt (0/1)", lines.Single(l => l.StartsWith(DemoStaff.Sports)));
        Assert.StartsWith("Toàn trường,", lines[^1]);
        Assert.Equal(1 + DemoStaff.Units.Length + 1, lines.Length);

        // A department member may not take the whole school's table.
        var member = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(member, "gv.toan1");
        Assert.Equal(403, (await member.APIRequest.GetAsync("/quotas/export")).Status);
    }

    [Fact]
    public async Task Head_OnAPhone_HeatMapScrollsSideways()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await Journey.SignInToHomeAsync(page, "truongban");
        await Journey.GotoLiveAsync(page, "/quotas");

        var scroller = page.Locator(".quota-scroll").First;
        await Expect(scroller).ToBeVisibleAsync();
        var widths = await scroller.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
        Assert.True(widths[0] > widths[1], "the table is wider than the phone and scrolls");
        await scroller.EvaluateAsync("e => e.scrollLeft = 300");
        // The unit's name stays at the left edge while the months scroll under it.
        var nameLeft = await page.Locator("tbody .quota-unit").First.EvaluateAsync<double>("e => e.getBoundingClientRect().left");
        var boxLeft = await scroller.EvaluateAsync<double>("e => e.getBoundingClientRect().left");
        Assert.InRange(nameLeft - boxLeft, -1, 2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("quotas-board-phone"), FullPage = true });
    }
    [Fact]
    public async Task Secretary_SetsATargetFromNextMonth_HistoryKept_PastMonthsUnchanged()
    {
        var page = await fixture.NewPageAsync();
        await Journey.SignInToHomeAsync(page, "thuky");
        await Journey.GotoLiveAsync(page, "/admin");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Năm học & chỉ tiêu" }).ClickAsync();

        var years = page.Locator(".quota-settings");
        await Expect(years.Locator("input[name=year-starts]")).ToHaveValueAsync("05/09/" + FirstMonth.Year);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("quotas-settings-year") });
        var union = page.Locator($"tr[data-unit='{DemoStaff.TradeUnion}']");
        await Expect(union.Locator("td").Nth(1)).ToContainTextAsync("0");
        var next = ThisMonth.AddMonths(1);
        await Journey.ChooseAsync(page, union.Locator(".rz-dropdown"), $"Tháng {next.Month}/{next.Year}");
        await union.Locator(".rz-numeric input").FillAsync("1");
        await union.GetByRole(AriaRole.Button, new() { Name = "Đặt" }).ClickAsync();

        await Expect(page.Locator("[data-testid=quota-settings-message]"))
            .ToContainTextAsync($"Đã đặt chỉ tiêu 1 tin bài/tháng cho {DemoStaff.TradeUnion} từ Tháng {next.Month}/{next.Year}.");
        await Expect(union).ToContainTextAsync($"Từ Tháng {next.Month}/{next.Year}: 1 tin bài/tháng");
        await Expect(union.Locator("td").Nth(1)).ToContainTextAsync("0"); // this month keeps its target
        await union.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("quotas-settings-targets") });
    }
}
