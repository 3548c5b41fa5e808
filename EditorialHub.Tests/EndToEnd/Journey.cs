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

    /// <summary>
    /// Waits until Blazor's file input listens for a choice (its script marks the element when it
    /// attaches): a file set before that is never seen by the server and the upload button stays disabled.
    /// </summary>
    public static Task WaitForFileInputAsync(IPage page, string selector) =>
        page.WaitForFunctionAsync("s => document.querySelector(s)?._blazorInputFileNextFileId !== undefined", selector);

    public static Task WaitUntilLiveAsync(IPage page) =>
        page.Locator(".app-layout[data-interactive=true]").WaitForAsync();

    /// <summary>
    /// Fails when the page is wider than its window (a phone would scroll the whole page sideways),
    /// naming the widest elements that stick out. Any clipping on html/body is lifted while measuring,
    /// so a clip can never hide an overflow from this check.
    /// </summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var report = await page.EvaluateAsync<string>(SidewaysOverflowScript);
        Assert.True(report.Length == 0, $"The page scrolls sideways at {await page.EvaluateAsync<int>("() => window.innerWidth")}px: {report}");
    }

    private const string SidewaysOverflowScript = """
        () => {
            const root = document.documentElement, body = document.body;
            const saved = [root.style.overflowX, body.style.overflowX];
            root.style.overflowX = 'visible'; body.style.overflowX = 'visible';
            const overflow = root.scrollWidth - window.innerWidth;
            let culprits = [];
            if (overflow > 0) {
                // Elements sticking out that are not inside something scrolling sideways on purpose.
                const scrollsSideways = e => { for (let a = e.parentElement; a; a = a.parentElement) {
                    const o = getComputedStyle(a).overflowX; if (a !== root && a !== body && o !== 'visible') return true; } return false; };
                culprits = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !scrollsSideways(e))
                    .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`)
                    .slice(-6);
            }
            root.style.overflowX = saved[0]; body.style.overflowX = saved[1];
            return overflow > 0 ? `${overflow}px too wide; ${culprits.join(', ')}` : '';
        }
        """;

    /// <summary>
    /// Opens an item's action dialog, presses its confirming button and waits for it to close; when it
    /// stays open, fails with what the dialog says (a refusal is shown there in words).
    /// </summary>
    public static async Task ActInDialogAsync(IPage page, ILocator action)
    {
        await action.ClickAsync();
        var dialog = page.Locator(".rz-dialog");
        var confirm = dialog.Locator(".dialog-confirm");
        await Assertions.Expect(confirm).ToBeEnabledAsync();
        await confirm.ClickAsync();
        await ExpectDialogClosedAsync(page);
    }

    /// <summary>
    /// Waits for the open dialog to close after its action; when it stays open, fails with what it
    /// says (a refusal is shown there in words) and what its fields hold, so a lost keystroke shows.
    /// </summary>
    public static async Task ExpectDialogClosedAsync(IPage page)
    {
        var dialog = page.Locator(".rz-dialog");
        try
        {
            await Assertions.Expect(dialog).ToHaveCountAsync(0);
        }
        catch (PlaywrightException)
        {
            var said = await dialog.GetByRole(AriaRole.Alert).AllInnerTextsAsync();
            var fields = await dialog.Locator("input[name], textarea[name]").EvaluateAllAsync<string[]>(
                "all => all.map(field => field.name + '=' + JSON.stringify(field.value))");
            Assert.Fail($"The dialog stayed open {(said.Count > 0 ? "saying \"" + string.Join(" ", said) + "\"" : "without a message")}, "
                + $"its fields holding {string.Join(", ", fields)}.");
        }
    }

    /// <summary>
    /// Opens a Radzen drop-down, picks exactly the option named (not one that merely contains it) and
    /// waits until the list has closed and the server has drawn the choice: a click that follows at
    /// once under load could land on the closing list and be lost (CI saw "Lưu cài đặt" do nothing),
    /// and a button pressed before the choice has reached the server acts without it (CI saw a
    /// comment sent without the person just named).
    /// </summary>
    /// <param name="filter">Typed into the list's search box first, as someone would in a long list.</param>
    public static async Task ChooseAsync(IPage page, ILocator dropDown, string option, string? filter = null)
    {
        await dropDown.ClickAsync();
        var items = page.Locator(".rz-dropdown-item:visible");
        if (filter is not null)
        {
            await page.Locator(".rz-dropdown-filter:visible").FillAsync(filter);
            // The server narrows the list a moment later and redraws its rows; wait for that
            // rather than click a row that is about to be replaced.
            await Assertions.Expect(items.Filter(new() { HasNotText = filter })).ToHaveCountAsync(0);
        }
        // Exactly that option: "Trưởng ban" is also part of "Phó trưởng ban".
        var exactly = new System.Text.RegularExpressions.Regex($@"^\s*{System.Text.RegularExpressions.Regex.Escape(option)}\s*$");
        await items.Filter(new() { HasTextRegex = exactly }).First.ClickAsync();
        await Assertions.Expect(items).ToHaveCountAsync(0);
        await Assertions.Expect(dropDown.Locator(".rz-dropdown-label, .rz-inputtext").First).ToHaveTextAsync(exactly);
    }

    /// <summary>On /admin's people tab, searches for one account and returns its row.</summary>
    public static async Task<ILocator> FindPersonAsync(IPage secretary, string userName)
    {
        await secretary.GetByPlaceholder("Tìm theo tên, tên đăng nhập, e-mail").FillAsync(userName);
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        var row = secretary.Locator(".people-grid .rz-data-row").Filter(new() { HasText = userName });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        return row;
    }

    /// <summary>The names in the side navigation, in order.</summary>
    public static async Task<IReadOnlyList<string>> NavigationAsync(IPage page)
    {
        var items = page.Locator(".rz-sidebar .rz-navigation-item-text");
        await items.First.WaitForAsync();
        return (await items.AllInnerTextsAsync()).Select(text => text.Trim()).ToList();
    }
}
