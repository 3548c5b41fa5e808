using EditorialHub.Core.Articles;
using EditorialHub.Tests.Support;
using EditorialHub.Web.Components.Items;

namespace EditorialHub.Tests.Web;

/// <summary>What the head sees when deciding a take-down request (Điều 12.4): the request itself and plain buttons.</summary>
public sealed class ActionDialogTests
{
    private static readonly TakeDownRequestView Request =
        new("author-id", new DateTime(2026, 11, 20, 3, 30, 0, DateTimeKind.Utc), TakeDownGround.NoLongerAppropriate,
            "Ảnh có học sinh chưa xin phép phụ huynh.")
        { RequestedByName = "Nguyễn Thị Lan" };

    internal static Task<string> RenderAsync(ArticleAction action, ArticleState state, TakeDownRequestView? request = null) =>
        ComponentMarkup.RenderAsync<ActionDialog>(new Dictionary<string, object?>
        {
            [nameof(ActionDialog.Action)] = action,
            [nameof(ActionDialog.State)] = state,
            [nameof(ActionDialog.Request)] = request,
            [nameof(ActionDialog.Run)] = (Func<ActionInput, Task>)(_ => Task.CompletedTask),
        });

    [Theory]
    [InlineData(ArticleAction.GrantTakeDown, "Đồng ý gỡ theo đề nghị")]
    [InlineData(ArticleAction.DeclineTakeDown, "Không gỡ")]
    [InlineData(ArticleAction.TakeDown, "Gỡ theo quyết định của Trưởng ban")]
    public async Task Deciding_ARequest_ShowsWhoAskedWhenOnWhatGroundAndWhy(ArticleAction action, string button)
    {
        var html = await RenderAsync(action, ArticleState.Published, Request);

        Assert.Contains("Đề nghị gỡ bỏ đang chờ Trưởng ban quyết định", html);
        Assert.Contains("Nguyễn Thị Lan", html);
        // 03:30 UTC is 10:30 at the school (UTC+7).
        Assert.Contains("20/11/2026 10:30", html);
        Assert.Contains("Không còn phù hợp về nội dung", html);
        Assert.Contains("Ảnh có học sinh chưa xin phép phụ huynh.", html);
        Assert.Contains(button, html);
    }

    [Fact]
    public async Task TakeDown_WithoutARequest_ShowsNoRequestAndSaysGỡBỏ()
    {
        var html = await RenderAsync(ArticleAction.TakeDown, ArticleState.Published);

        Assert.DoesNotContain("Đề nghị gỡ bỏ đang chờ", html);
        Assert.DoesNotContain("Gỡ theo quyết định của Trưởng ban", html);
        Assert.Contains(">Gỡ bỏ<", html);
    }
}
