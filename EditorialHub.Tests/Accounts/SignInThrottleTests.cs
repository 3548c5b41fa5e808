using EditorialHub.Core.Accounts;
using EditorialHub.Core.Board;
using EditorialHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Accounts;

public sealed class SignInThrottleTests
{
    private static readonly SignInThrottleOptions Defaults = new();

    // Accounts:Lockout as shipped: 5 wrong passwords, then 15 s, 30 s, 60 s, and never more than a minute.
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 15)]
    [InlineData(6, 30)]
    [InlineData(7, 60)]
    [InlineData(8, 60)]
    [InlineData(100, 60)]
    [InlineData(int.MaxValue, 60)]
    public void WaitAfter_Failures_GrowsAndIsCappedAtAMinute(int failures, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), SignInThrottleRule.WaitAfter(failures, Defaults));
    }

    // (failures, seconds since the last one, seconds still to wait)
    [Theory]
    [InlineData(5, 0, 15)]
    [InlineData(5, 10, 5)]
    [InlineData(5, 15, 0)]
    [InlineData(7, 59, 1)]
    [InlineData(7, 61, 0)]
    [InlineData(4, 0, 0)]
    [InlineData(20, 24 * 3600, 0)] // a day of quiet forgets the failures
    public void Remaining_AfterTheLastFailure_CountsDown(int failures, int secondsSince, int expectedSeconds)
    {
        var last = new DateTime(2026, 12, 2, 8, 0, 0, DateTimeKind.Utc);

        var left = SignInThrottleRule.Remaining(failures, last, last.AddSeconds(secondsSince), Defaults);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), left);
    }

    [Theory]
    [InlineData(0.2, 1)]
    [InlineData(14.01, 15)]
    [InlineData(15, 15)]
    public void Seconds_TheWaitInWords_IsWholeSecondsAndNeverZero(double seconds, int expected)
    {
        Assert.Equal(expected, SignInThrottleRule.Seconds(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public async Task RecordFailure_KnownAndUnknownNames_CountAlikeAndTheSecretaryUnlockClearsThem()
    {
        var clock = new MovableClock(new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.Zero));
        await using var database = TestDatabase.Create(clock);
        await database.InitializeAsync(demo: true);
        await using var scope = database.Services.CreateAsyncScope();
        var throttle = scope.ServiceProvider.GetRequiredService<SignInThrottle>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var known = users.NormalizeName("gv.toan3");
        var unknown = users.NormalizeName("khong.ton.tai");

        var waits = new List<(TimeSpan Known, TimeSpan Unknown)>();
        for (var i = 0; i < 6; i++)
            waits.Add((await throttle.RecordFailureAsync(known), await throttle.RecordFailureAsync(unknown)));

        Assert.All(waits, w => Assert.Equal(w.Known, w.Unknown));
        Assert.Equal([0, 0, 0, 0, 15, 30], waits.Select(w => (int)w.Known.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(30), await throttle.WaitAsync(known));

        // The wait passes by itself: nobody is locked out for long.
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(TimeSpan.Zero, await throttle.WaitAsync(known));

        await throttle.RecordFailureAsync(known);
        Assert.Equal(TimeSpan.FromSeconds(60), await throttle.WaitAsync(known));
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var target = (await users.FindByNameAsync("gv.toan3"))!;
        var row = (await accounts.ListPeopleAsync((await users.FindByNameAsync("thuky"))!.Id, new PeopleQuery("gv.toan3"))).Items.Single();
        Assert.Equal(clock.GetUtcNow().AddSeconds(60), row.LockedUntil);

        await accounts.UnlockAsync((await users.FindByNameAsync("thuky"))!.Id, target.Id, null);

        Assert.Equal(TimeSpan.Zero, await throttle.WaitAsync(known));
        var record = await scope.ServiceProvider.GetRequiredService<SecurityLog>().ListAsync((await users.FindByNameAsync("thuky"))!.Id, target.Id, 0, 5);
        Assert.Equal(SecurityEventKind.Unlocked, record.Items[0].Kind);
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}
