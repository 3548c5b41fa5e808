using EditorialHub.Core.Articles;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Tests.Notifications;

/// <summary>The demo school's items carry believable comments that follow the rules of who may read them.</summary>
public sealed class DemoCommentsTests(NotificationFixture fixture) : IClassFixture<NotificationFixture>
{
    [Fact]
    public async Task Demo_CommentsOnItemsTheBoardHandled_BothKinds_ReadAsTheRulesSay()
    {
        await using var db = await fixture.Database.Contexts.CreateDbContextAsync();
        var comments = await db.ArticleComments.AsNoTracking().ToListAsync();

        Assert.True(comments.Count >= 20, $"only {comments.Count} demo comments");
        Assert.Contains(comments, c => !c.VisibleToProvider);
        Assert.Contains(comments, c => c.VisibleToProvider && c.MentionedPersonId is not null);
        var item = comments.First(c => !c.VisibleToProvider).ArticleId;
        var author = await db.Articles.Where(a => a.Id == item).Select(a => a.AuthorId).SingleAsync();
        var state = await db.Articles.Where(a => a.Id == item).Select(a => a.State).SingleAsync();
        Assert.NotEqual(ArticleState.Draft, state);

        // The board reads the board's note; the author reads only what was marked for the provider.
        var asBoard = await fixture.Comments.ListAsync(item, fixture.Id("phoban"));
        var asAuthor = await fixture.Comments.ListAsync(item, author);
        Assert.Contains(asBoard.Items, c => !c.VisibleToProvider);
        Assert.All(asAuthor.Items, c => Assert.True(c.VisibleToProvider));
        Assert.All(asBoard.Items, c => Assert.False(string.IsNullOrWhiteSpace(c.AuthorName)));
    }
}
