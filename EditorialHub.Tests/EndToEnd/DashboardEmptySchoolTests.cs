using EditorialHub.Core;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>A school on its first day: the principal's dashboard says there is nothing yet, with zeroes, not broken charts.</summary>
public sealed class DashboardEmptySchoolTests
{
    [Fact]
    public async Task NewSchool_PrincipalSeesTheEmptyDashboardExplained()
    {
        await using var app = await AppServer.StartAsync(demo: false);
        await AddPrincipalAsync(app.DataDirectory, "hieutruong.moi", "Truong@2026");
        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            foreach (var (width, height, name) in new[] { (1280, 1600, "dashboard-empty"), (390, 2400, "dashboard-empty-phone") })
            {
                var page = await Browser.NewPageAsync(browser, app, width, height);
                await Journey.SignInAsync(page, "hieutruong.moi", "Truong@2026");
                await page.WaitForURLAsync(url => !url.Contains("/Account/"));
                await Journey.GotoLiveAsync(page, "/dashboard");

                await Expect(page.Locator("[data-testid=dashboard-empty]")).ToContainTextAsync("Chưa có tin bài nào");
                await Expect(page.Locator("[data-testid=published-month-value]")).ToHaveTextAsync("0");
                await Expect(page.Locator("[data-testid=published-chart]")).ToHaveCountAsync(0);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath(name), FullPage = true });
            }
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    /// <summary>The principal's account, as the secretary would issue it, written straight into the app's database.</summary>
    private static async Task AddPrincipalAsync(string dataDirectory, string userName, string password)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory }).Build();
        var services = new ServiceCollection().AddLogging().AddEditorialCoreAlone(configuration, dataDirectory);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var person = new Person { UserName = userName, FullName = "Nguyễn Văn Mới", JobTitle = "Hiệu trưởng" };
        var created = await users.CreateAsync(person, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EditorialDbContext>>().CreateDbContextAsync();
        var year = await db.SchoolYears.SingleAsync();
        db.RoleAssignments.Add(new RoleAssignment(person.Id, year.Id, Role.Principal));
        await db.SaveChangesAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
