using EditorialHub.Core.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Articles;

/// <summary>The bell and the dashboard hear of each step only after it is saved, and a broken listener refuses nobody's work.</summary>
public sealed class ArticleChangeFeedTests(ArticleServiceFixture fixture) : IClassFixture<ArticleServiceFixture>
{
    private static ArticleContent News() =>
        new("Ngày hội đọc sách", "Thư viện tổ chức ngày hội đọc sách.", "<p>Bốn trăm học sinh tham gia.</p>",
            ArticleCategory.News, ArticleKind.ActivityReport, ArticleFlags.None, new DateOnly(2026, 11, 19));

    [Fact]
    public async Task Submit_ListenersHearTheStepWithItsStates_AndAFailingListenerChangesNothing()
    {
        var feed = fixture.Database.Services.GetRequiredService<ArticleChangeFeed>();
        var heard = new List<ArticleChange>();
        using var broken = feed.Subscribe(_ => throw new InvalidOperationException("listener broke"));
        using (feed.Subscribe(change => { lock (heard) heard.Add(change); return Task.CompletedTask; }))
        {
            var item = await fixture.Articles.CreateDraftAsync(fixture.Id("gv.toan1"), fixture.MathsUnit, News());
            await fixture.Articles.SubmitAsync(item.Id, fixture.Id("gv.toan1"));

            var submitted = Assert.Single(heard, c => c.ArticleId == item.Id);
            Assert.Equal((ArticleAction.Submit, ArticleState.Draft, ArticleState.Submitted, fixture.Id("gv.toan1"), fixture.MathsUnit),
                (submitted.Action, submitted.From, submitted.To, submitted.ActorId, submitted.UnitId));
            Assert.Equal(ArticleState.Submitted, (await fixture.Articles.GetAsync(item.Id, fixture.Id("btv.toan"))).State);
        }

        var after = heard.Count;
        var other = await fixture.Articles.CreateDraftAsync(fixture.Id("gv.toan1"), fixture.MathsUnit, News());
        await fixture.Articles.SubmitAsync(other.Id, fixture.Id("gv.toan1"));
        Assert.Equal(after, heard.Count);
    }
}
