using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// A teacher searches the published items without tone marks, as on a phone keyboard, and the
/// search stays in the address: a reload (or the address sent to a colleague) shows the same list.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed class SearchJourneyTests(DemoAppFixture fixture)
{
    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(390, "phone")]
    public async Task Teacher_SearchesWithoutMarks_FindsHoiGiang_AndTheAddressKeepsIt(int width, string device)
    {
        var teacher = await fixture.NewPageAsync(width, 1400);
        await Journey.SignInToHomeAsync(teacher, "gv.van1");
        await Journey.GotoLiveAsync(teacher, "/published");
        var grid = teacher.Locator("[data-testid=published]");
        var titles = grid.Locator(".rz-data-row a.item-link");
        await Expect(titles).ToHaveCountAsync(20);
        var everything = await titles.AllInnerTextsAsync();
        var box = grid.Locator("input.grid-search");

        await box.FillAsync("hoi giang");
        await box.PressAsync("Enter");

        await Expect(teacher).ToHaveURLAsync(new Regex(@"/published\?q=hoi(%20|\+)giang$"));
        // The rows change once the server has searched.
        await teacher.WaitForFunctionAsync(
            "before => [...document.querySelectorAll('[data-testid=published] .rz-data-row a.item-link')].map(a => a.textContent).join('|') !== before",
            string.Join("|", everything));
        // Without marks "hoi giang" is also "hội Giáng sinh": both are found, newest first.
        var hoiGiang = titles.Filter(new() { HasText = "Hội giảng" });
        await Expect(hoiGiang.First).ToBeVisibleAsync();
        var found = await titles.CountAsync();
        await Shot(teacher, $"search-published-{device}");
        if (device == "phone")
            await Journey.AssertNoSidewaysScrollAsync(teacher);

        await teacher.ReloadAsync();
        await Journey.WaitUntilLiveAsync(teacher);
        await Expect(box).ToHaveValueAsync("hoi giang");
        await Expect(titles).ToHaveCountAsync(found);
        await Expect(hoiGiang.First).ToBeVisibleAsync();

        // The same words in capitals with their marks, as typed into the address: the same items.
        await Journey.GotoLiveAsync(teacher, "/published?q=" + Uri.EscapeDataString("HỘI GIẢNG"));
        await Expect(box).ToHaveValueAsync("HỘI GIẢNG");
        await Expect(titles).ToHaveCountAsync(found);

        // Emptying the box takes the words out of the address and shows every item again.
        await box.FillAsync("");
        await box.PressAsync("Enter");
        await Expect(teacher).ToHaveURLAsync(new Regex(@"/published$"));
        await Expect(titles).ToHaveCountAsync(20);
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath(name), FullPage = true });
}
