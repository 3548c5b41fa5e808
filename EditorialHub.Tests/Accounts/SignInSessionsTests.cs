using EditorialHub.Core.Accounts;
using EditorialHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Accounts;

public sealed class SignInSessionsTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Renew_AfterTheSessionEnded_DoesNotBringItBack()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: false);
        var sessions = database.Services.GetRequiredService<SignInSessions>();
        var key = await sessions.StartAsync("p1", [1, 2, 3], Now.AddHours(8));

        await sessions.EndAsync(key);
        // A request that was under way when the person signed out renews its ticket afterwards.
        await sessions.RenewAsync(key, "p1", [4, 5, 6], Now.AddHours(8));

        Assert.Null(await sessions.FindAsync(key));
    }

    [Fact]
    public async Task EndAll_APersonsSessions_EndsThemAllButTheOneKeptAndNobodyElses()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: false);
        var sessions = database.Services.GetRequiredService<SignInSessions>();
        var phone = await sessions.StartAsync("p1", [1], Now.AddHours(8));
        var laptop = await sessions.StartAsync("p1", [2], Now.AddHours(8));
        var colleague = await sessions.StartAsync("p2", [3], Now.AddHours(8));

        Assert.Equal(1, await sessions.EndAllAsync("p1", exceptKey: laptop));

        Assert.Null(await sessions.FindAsync(phone));
        Assert.Equal([2], await sessions.FindAsync(laptop));
        Assert.Equal([3], await sessions.FindAsync(colleague));
    }

    [Fact]
    public async Task Find_AnExpiredSession_IsNotSignedInAndIsPrunedByTheNextStart()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: false);
        var sessions = database.Services.GetRequiredService<SignInSessions>();
        var old = await sessions.StartAsync("p1", [1], Now.AddMinutes(-1));

        Assert.Null(await sessions.FindAsync(old));
        await sessions.StartAsync("p2", [2], Now.AddHours(8));
        await using var db = await database.Contexts.CreateDbContextAsync();
        Assert.DoesNotContain(db.SignInSessions, s => s.Key == old);
    }
}
