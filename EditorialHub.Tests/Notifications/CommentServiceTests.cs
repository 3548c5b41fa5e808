using EditorialHub.Core.Articles.Comments;
using EditorialHub.Core.Notifications;

namespace EditorialHub.Tests.Notifications;

/// <summary>Editorial comments: who reads them, who may write, and the person named is told.</summary>
public sealed class CommentServiceTests(NotificationFixture fixture) : IClassFixture<NotificationFixture>
{
    private string Id(string userName) => fixture.Id(userName);

    [Fact]
    public async Task BoardComment_NamedDeputyIsTold_ProviderCannotReadIt_PrincipalCan()
    {
        var id = await fixture.SubmittedItemAsync("Tổ Toán – Tin học tham gia hội thảo chuyển đổi số");
        await fixture.Comments.AddAsync(id, Id("btv.toan"),
            "Ảnh thứ ba có học sinh chưa rõ đã được cha mẹ đồng ý; đề nghị anh xem trước khi duyệt.",
            visibleToProvider: false, Id("phoban"));

        var told = Assert.Single(await fixture.LatestAsync("phoban"), n => n.ArticleId == id);
        Assert.Equal((NotificationKind.Mentioned, "Vũ Mạnh Cường"), (told.Kind, told.ActorName));
        Assert.StartsWith("Ảnh thứ ba", told.Note);
        Assert.Empty((await fixture.Comments.ListAsync(id, Id("gv.toan1"))).Items);
        Assert.Empty((await fixture.Comments.ListAsync(id, Id("gv.toan2"))).Items);
        var principal = await fixture.Comments.ListAsync(id, Id("hieutruong"));
        Assert.Equal("Lê Quang Minh", Assert.Single(principal.Items).MentionedName);
        // The principal reads and answers for content but writes nothing (Điều 13.4).
        Assert.False(principal.CanComment);
        await Assert.ThrowsAsync<CommentException>(() =>
            fixture.Comments.AddAsync(id, Id("hieutruong"), "Đồng ý.", visibleToProvider: true, null));
        Assert.DoesNotContain(await fixture.LatestAsync("gv.toan1"), n => n.ArticleId == id && n.Kind != NotificationKind.YourItemChanged);
    }

    [Fact]
    public async Task ProviderComment_AuthorIsToldOnce_UnitReadsIt_AndTheirReplyIsAlwaysForTheProvider()
    {
        var id = await fixture.SubmittedItemAsync("Ngoại khóa Toán học: Rung chuông vàng khối 10");
        await fixture.Comments.AddAsync(id, Id("btv.toan"),
            "Đề nghị tác giả bổ sung họ tên đầy đủ và lớp của các em đoạt giải.", visibleToProvider: true, Id("gv.toan1"));

        var author = Assert.Single(await fixture.LatestAsync("gv.toan1"), n => n.ArticleId == id && n.Kind != NotificationKind.YourItemChanged);
        Assert.Equal(NotificationKind.Mentioned, author.Kind);
        var colleague = await fixture.Comments.ListAsync(id, Id("gv.toan2"));
        Assert.Single(colleague.Items);
        Assert.True(colleague.CanComment);
        Assert.False(colleague.MayChooseVisibility);

        // The author answers; even asked to hide it from the provider side, it stays theirs to read.
        await fixture.Comments.AddAsync(id, Id("gv.toan1"), "Em đã bổ sung tên các em vào cuối bài.", visibleToProvider: false, Id("btv.toan"));
        var thread = (await fixture.Comments.ListAsync(id, Id("gv.toan2"))).Items;
        Assert.Equal(2, thread.Count);
        Assert.True(thread[1].VisibleToProvider);
        Assert.Contains(await fixture.LatestAsync("btv.toan"), n => n.ArticleId == id && n.Kind == NotificationKind.Mentioned);
    }

    [Fact]
    public async Task Mention_OnlyPeopleWhoMayReadTheComment()
    {
        var id = await fixture.SubmittedItemAsync("Kế hoạch bồi dưỡng học sinh giỏi môn Tin học");

        var boardOnly = (await fixture.Comments.MentionCandidatesAsync(id, Id("btv.toan"), visibleToProvider: false)).Select(p => p.Id).ToList();
        var forProvider = (await fixture.Comments.MentionCandidatesAsync(id, Id("btv.toan"), visibleToProvider: true)).Select(p => p.Id).ToList();

        Assert.Contains(Id("phoban"), boardOnly);
        Assert.DoesNotContain(Id("gv.toan1"), boardOnly);
        Assert.DoesNotContain(Id("btv.toan"), boardOnly);
        Assert.Contains(Id("gv.toan1"), forProvider);
        Assert.DoesNotContain(Id("gv.van1"), forProvider);
        var refused = await Assert.ThrowsAsync<CommentException>(() =>
            fixture.Comments.AddAsync(id, Id("btv.toan"), "Chỉ Ban Biên tập đọc.", visibleToProvider: false, Id("gv.toan1")));
        Assert.Equal(CommentException.CannotMention, refused.Message);
    }

    [Fact]
    public async Task OtherUnitsTeacher_CannotReadNorComment_AndEmptyCommentIsRefused()
    {
        var id = await fixture.SubmittedItemAsync("Tọa đàm phương pháp dạy học tích cực môn Toán");

        await Assert.ThrowsAsync<CommentException>(() => fixture.Comments.ListAsync(id, Id("gv.van1")));
        await Assert.ThrowsAsync<CommentException>(() =>
            fixture.Comments.AddAsync(id, Id("gv.van1"), "Bài hay.", visibleToProvider: true, null));
        var empty = await Assert.ThrowsAsync<CommentException>(() =>
            fixture.Comments.AddAsync(id, Id("btv.toan"), "  \u200B\r\n\t ", visibleToProvider: false, null));
        Assert.Equal(CommentException.BodyRequired, empty.Message);
    }
}
