using EditorialHub.Core.Articles;
using EditorialHub.Core.Notifications;

namespace EditorialHub.Tests.Notifications;

/// <summary>The workflow's steps reach the right people's bells, live, and each reads only their own.</summary>
public sealed class NotificationInboxTests(NotificationFixture fixture) : IClassFixture<NotificationFixture>
{
    [Fact]
    public async Task Submit_UnitEditorIsToldLive_WithTheItem_AndOnlyHeMarksItRead()
    {
        var editor = fixture.Id("btv.toan");
        var before = await fixture.Notifications.UnreadCountAsync(editor);
        var heard = 0;
        using (fixture.Broadcaster.Subscribe(editor, () => { Interlocked.Increment(ref heard); return Task.CompletedTask; }))
        {
            var id = await fixture.SubmittedItemAsync("Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11");

            Assert.True(heard >= 1, "the editor's open page was not told");
            Assert.Equal(before + 1, await fixture.Notifications.UnreadCountAsync(editor));
            var told = (await fixture.LatestAsync("btv.toan"))[0];
            Assert.Equal((NotificationKind.ItemSubmitted, id, "Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11", "Hoàng Thị Lan Anh", false),
                (told.Kind, told.ArticleId, told.Subject, told.ActorName, told.IsRead));
            Assert.DoesNotContain(await fixture.LatestAsync("gv.toan1"), n => n.ArticleId == id);
            // Another department's editor is not bothered: Tổ Toán – Tin học has its own.
            Assert.DoesNotContain(await fixture.LatestAsync("btv.van"), n => n.ArticleId == id);

            // Someone else cannot mark it read; the editor can, and his other tabs hear of it.
            await fixture.Notifications.MarkReadAsync(fixture.Id("gv.toan1"), told.Id);
            Assert.Equal(before + 1, await fixture.Notifications.UnreadCountAsync(editor));
            var heardBefore = heard;
            await fixture.Notifications.MarkReadAsync(editor, told.Id);
            Assert.Equal(before, await fixture.Notifications.UnreadCountAsync(editor));
            Assert.True(heard > heardBefore);
        }
        Assert.Equal(0, fixture.Broadcaster.ListenerCount(editor));
    }

    [Fact]
    public async Task Approval_ApproversThenSecretaryAndAuthorAreTold_WithTheNote()
    {
        var id = await fixture.SubmittedItemAsync("Kết quả thi học sinh giỏi cấp tỉnh môn Toán");
        await fixture.Articles.TakeAsync(id, fixture.Id("btv.toan"));
        Assert.Contains(await fixture.LatestAsync("gv.toan1"),
            n => n.ArticleId == id && n.Kind == NotificationKind.YourItemChanged && n.Action == ArticleAction.Take);

        await fixture.Articles.SendForApprovalAsync(id, fixture.Id("btv.toan"), "Đã biên tập xong.");
        // News is approved by an editor (Điều 12.2): another one, never the one who edited it.
        Assert.Contains(await fixture.LatestAsync("btv.van"), n => n.ArticleId == id && n.Kind == NotificationKind.AwaitingYourApproval);
        Assert.DoesNotContain(await fixture.LatestAsync("btv.toan"), n => n.ArticleId == id && n.Kind == NotificationKind.AwaitingYourApproval);

        await fixture.Articles.ReturnToEditorAsync(id, fixture.Id("btv.van"), "Bổ sung tên học sinh đoạt giải.");
        var returned = Assert.Single(await fixture.LatestAsync("btv.toan"), n => n.ArticleId == id && n.Kind == NotificationKind.ReturnedToYou);
        Assert.Equal("Bổ sung tên học sinh đoạt giải.", returned.Note);

        await fixture.Articles.SendForApprovalAsync(id, fixture.Id("btv.toan"));
        await fixture.Articles.ApproveAsync(id, fixture.Id("btv.van"));
        Assert.Contains(await fixture.LatestAsync("thuky"), n => n.ArticleId == id && n.Kind == NotificationKind.ReadyToPublish);
        var approved = (await fixture.LatestAsync("gv.toan1"))[0];
        Assert.Equal((id, NotificationKind.YourItemChanged, ArticleAction.Approve, ArticleState.Approved),
            (approved.ArticleId, approved.Kind, approved.Action, approved.State));
    }

    [Fact]
    public async Task MarkAllRead_ClearsOnlyTheirOwnCount()
    {
        await fixture.SubmittedItemAsync("Chuyên đề: dạy học hình học không gian bằng phần mềm GeoGebra");
        Assert.True(await fixture.Notifications.UnreadCountAsync(fixture.Id("btv.toan")) > 0);
        var secretaryUnread = await fixture.Notifications.UnreadCountAsync(fixture.Id("thuky"));

        await fixture.Notifications.MarkAllReadAsync(fixture.Id("btv.toan"));

        Assert.Equal(0, await fixture.Notifications.UnreadCountAsync(fixture.Id("btv.toan")));
        Assert.Equal(secretaryUnread, await fixture.Notifications.UnreadCountAsync(fixture.Id("thuky")));
    }
}
