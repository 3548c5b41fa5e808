using Microsoft.Playwright;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>Steps a person takes in the browser, shared by the journeys.</summary>
internal static class Journey
{
    public const string DemoPassword = "Demo@2026";

    public static async Task SignInAsync(IPage page, string userName, string password = DemoPassword)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>Signs in and waits for the home page ("Việc của tôi") to be interactive.</summary>
    public static async Task SignInToHomeAsync(IPage page, string userName)
    {
        await SignInAsync(page, userName);
        await page.WaitForURLAsync(url => !url.Contains("/Account/"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Xin chào");
        await WaitUntilLiveAsync(page);
    }

    /// <summary>Opens a page and waits until it is live: typing into a page still prerendering is lost.</summary>
    public static async Task GotoLiveAsync(IPage page, string route)
    {
        await page.GotoAsync(route);
        await WaitUntilLiveAsync(page);
    }

    /// <summary>
    /// Waits until the rich-text editor's script listens for typing (Radzen sets its listener on the
    /// editable element); text filled in before that never reaches the server.
    /// </summary>
    public static Task WaitForRichTextEditorAsync(IPage page) =>
        page.WaitForFunctionAsync("() => !!document.querySelector('.rz-html-editor-content')?.inputListener");

    public static Task WaitUntilLiveAsync(IPage page) =>
        page.Locator(".app-layout[data-interactive=true]").WaitForAsync();

    /// <summary>The names in the side navigation, in order.</summary>
    public static async Task<IReadOnlyList<string>> NavigationAsync(IPage page)
    {
        var items = page.Locator(".rz-sidebar .rz-navigation-item-text");
        await items.First.WaitForAsync();
        return (await items.AllInnerTextsAsync()).Select(text => text.Trim()).ToList();
    }
}
