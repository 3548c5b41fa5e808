using EditorialHub.Core.Articles;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// A take-down must reach the portal (Điều 12.4): the secretary removes the item there and records
/// it; until then it waits in her list "Cần gỡ khỏi Cổng". Real SQLite, the demo school.
/// </summary>
public sealed class PortalRemovalTests(ArticleServiceFixture fixture) : IClassFixture<ArticleServiceFixture>
{
    private readonly ServiceWalk _walk = new(fixture);
    private ArticleService Articles => fixture.Articles;

    public static TheoryData<string, bool> DemoAccounts => new()
    {
        { "hieutruong", false }, { "truongban", false }, { "phoban", false }, { "thuky", true },
        { "btv.van", false }, { "tt.toan", false }, { "gv.toan1", false },
    };

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Confirm_EachDemoAccount_OnlyTheSecretaryAndHerNameInTheHistory(string userName, bool allowed)
    {
        var id = await _walk.InStateAsync(ArticleState.TakenDown, title: $"Tin đã gỡ, xác nhận bởi {userName}");
        var actor = _walk.Id(userName);
        var historyBefore = (await Articles.GetHistoryAsync(id, _walk.Id("truongban"))).Count;

        if (allowed)
        {
            await Articles.ConfirmRemovedFromPortalAsync(id, actor);

            var history = await Articles.GetHistoryAsync(id, _walk.Id("truongban"));
            var last = history[^1];
            Assert.Equal(historyBefore + 1, history.Count);
            Assert.Equal((ArticleAction.ConfirmRemovedFromPortal, ArticleState.TakenDown, ArticleState.TakenDown, actor),
                (last.Action, last.From, last.To, last.ActorId));
            Assert.False(string.IsNullOrWhiteSpace(last.ActorName));
            Assert.Equal(new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc), last.AtUtc);
            Assert.DoesNotContain(await Articles.AwaitingPortalRemovalAsync(actor), item => item.Id == id);
        }
        else
        {
            var refusal = await Assert.ThrowsAnyAsync<WorkflowException>(() => Articles.ConfirmRemovedFromPortalAsync(id, actor));

            // The principal cannot read a taken-down item's buttons either; everyone else is told who may.
            Assert.Contains(refusal.Code, new[] { WorkflowError.RoleNotPermitted, WorkflowError.CannotRead });
            Assert.Equal((historyBefore, ArticleState.TakenDown),
                ((await Articles.GetHistoryAsync(id, _walk.Id("truongban"))).Count, (await Articles.GetAsync(id, _walk.Id("truongban"))).State));
            Assert.Contains(await Articles.AwaitingPortalRemovalAsync(_walk.Id("thuky")), item => item.Id == id);
        }
    }

    [Fact]
    public async Task TakeDown_ByTheHead_WaitsInTheSecretarysListUntilConfirmedOnce()
    {
        var id = await _walk.InStateAsync(ArticleState.Published, pendingTakeDown: true, title: "Tin chờ gỡ khỏi Cổng");
        var secretary = _walk.Id("thuky");
        Assert.DoesNotContain(await Articles.AwaitingPortalRemovalAsync(secretary), item => item.Id == id);

        await Articles.DecideTakeDownAsync(id, _walk.Id("truongban"), grant: true);
        var waiting = Assert.Single(await Articles.AwaitingPortalRemovalAsync(secretary), item => item.Id == id);
        await Articles.ConfirmRemovedFromPortalAsync(id, secretary);
        var again = await Assert.ThrowsAsync<WorkflowException>(() => Articles.ConfirmRemovedFromPortalAsync(id, secretary));

        Assert.Equal((ServiceWalk.PortalUrl, TakeDownGround.ProviderAsked), (waiting.PortalUrl, waiting.Ground));
        Assert.DoesNotContain(await Articles.AwaitingPortalRemovalAsync(secretary), item => item.Id == id);
        Assert.Equal(WorkflowError.AlreadyRemovedFromPortal, again.Code);
        Assert.DoesNotContain(ArticleAction.ConfirmRemovedFromPortal, (await Articles.GetAsync(id, secretary)).AllowedActions);
    }

    [Fact]
    public async Task List_DemoItemsTakenDownBeforeThisRecord_WaitToo()
    {
        await using var db = await fixture.Database.Contexts.CreateDbContextAsync();
        var demoTakenDown = await db.Articles.Where(a => a.State == ArticleState.TakenDown && a.RemovedFromPortalAtUtc == null)
            .Select(a => a.Id).ToListAsync();

        var waiting = await Articles.AwaitingPortalRemovalAsync(_walk.Id("thuky"));

        Assert.NotEmpty(demoTakenDown);
        Assert.All(demoTakenDown, id => Assert.Contains(waiting, item => item.Id == id));
    }

    [Theory]
    [InlineData("truongban")]
    [InlineData("gv.toan1")]
    [InlineData("hieutruong")]
    public async Task List_AnyoneButTheSecretary_Refused(string userName)
    {
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => Articles.AwaitingPortalRemovalAsync(_walk.Id(userName)));

        Assert.Equal(ArticleMessages.WhoMay(ArticleAction.ConfirmRemovedFromPortal), refusal.Message);
    }
}
