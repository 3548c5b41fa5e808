using EditorialHub.Core.Articles;
using static EditorialHub.Tests.Articles.Scenario;

namespace EditorialHub.Tests.Articles;

public sealed class ArticleTests
{
    [Fact]
    public void Transitions_FullJourney_EachStepRecordedWithWhoFromToNoteAndGround()
    {
        var article = Article.CreateDraft(AuthorUnit, News(), As(Author));
        article.Submit(As(Author));
        article.Take(As(Editor));
        article.SendForApproval(As(Editor));
        article.ReturnToEditor(As(Deputy), "Thiếu tên học sinh đạt giải.");
        article.SendForApproval(As(Editor), "Đã bổ sung.");
        article.Approve(As(Deputy));
        article.Publish(As(Secretary), "https://thpt-lequydon.edu.vn/tin/42");
        article.RequestTakeDown(As(UnitMate), TakeDownGround.ProviderAsked, "Tổ xin gỡ để thay ảnh.");
        article.DecideTakeDown(As(Head), grant: true, "Đồng ý.");

        var steps = article.Transitions
            .Select(t => (t.ActorId, t.From, t.To, t.Action, t.Note, t.TakeDownGround))
            .ToList();
        Assert.Equal(
        [
            (AuthorId, ArticleState.Draft, ArticleState.Submitted, ArticleAction.Submit, (string?)null, (TakeDownGround?)null),
            (EditorId, ArticleState.Submitted, ArticleState.Editing, ArticleAction.Take, null, null),
            (EditorId, ArticleState.Editing, ArticleState.AwaitingApproval, ArticleAction.SendForApproval, null, null),
            ("deputy", ArticleState.AwaitingApproval, ArticleState.Editing, ArticleAction.ReturnToEditor, "Thiếu tên học sinh đạt giải.", null),
            (EditorId, ArticleState.Editing, ArticleState.AwaitingApproval, ArticleAction.SendForApproval, "Đã bổ sung.", null),
            ("deputy", ArticleState.AwaitingApproval, ArticleState.Approved, ArticleAction.Approve, null, null),
            ("secretary", ArticleState.Approved, ArticleState.Published, ArticleAction.Publish, null, null),
            ("mate", ArticleState.Published, ArticleState.Published, ArticleAction.RequestTakeDown, "Tổ xin gỡ để thay ảnh.", TakeDownGround.ProviderAsked),
            ("head", ArticleState.Published, ArticleState.TakenDown, ArticleAction.GrantTakeDown, "Đồng ý.", TakeDownGround.ProviderAsked),
        ], steps);
        Assert.All(article.Transitions, t => Assert.Equal(Now, t.AtUtc));
        Assert.Equal("https://thpt-lequydon.edu.vn/tin/42", article.PortalUrl);
    }

    [Fact]
    public void Refuse_WithGroundAndNote_RecordsTheGround()
    {
        var article = InState(ArticleState.AwaitingApproval);

        article.Refuse(As(Head), RefusalGround.SecretOrNotPublic, "Kết quả thi chưa công bố.");

        Assert.Equal(ArticleState.Refused, article.State);
        Assert.Equal(RefusalGround.SecretOrNotPublic, article.RefusalGround);
        var recorded = article.Transitions[^1];
        Assert.Equal((RefusalGround.SecretOrNotPublic, "Kết quả thi chưa công bố.", "head"), (recorded.RefusalGround!.Value, recorded.Note, recorded.ActorId));
    }

    [Fact]
    public void Refuse_WithoutGround_Refused()
    {
        var article = InState(ArticleState.Editing);

        var refusal = Assert.Throws<WorkflowException>(() => article.Refuse(As(Editor), null, "Không đạt."));

        Assert.Equal(WorkflowError.RefusalGroundRequired, refusal.Code);
        Assert.Equal(ArticleState.Editing, article.State);
    }

    [Fact]
    public void Refuse_GroundOutsideDieu15_Refused()
    {
        var article = InState(ArticleState.Editing);

        var refusal = Assert.Throws<WorkflowException>(() => article.Refuse(As(Editor), (RefusalGround)9, "Không đạt."));

        Assert.Equal(WorkflowError.RefusalGroundRequired, refusal.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuse_WithoutNote_Refused(string? note)
    {
        var article = InState(ArticleState.Editing);

        var refusal = Assert.Throws<WorkflowException>(() => article.Refuse(As(Editor), RefusalGround.Untrue, note!));

        Assert.Equal(WorkflowError.NoteRequired, refusal.Code);
    }

    [Fact]
    public void TakeDown_WithoutGround_Refused()
    {
        var article = InState(ArticleState.Published);

        var refusal = Assert.Throws<WorkflowException>(() => article.TakeDown(As(Head), null, "Cũ."));

        Assert.Equal(WorkflowError.TakeDownGroundRequired, refusal.Code);
        Assert.Equal(ArticleState.Published, article.State);
    }

    [Fact]
    public void TakeDown_WithoutNote_Refused()
    {
        var article = InState(ArticleState.Published);

        var refusal = Assert.Throws<WorkflowException>(() => article.TakeDown(As(Head), TakeDownGround.NoLongerAppropriate, ""));

        Assert.Equal(WorkflowError.NoteRequired, refusal.Code);
    }

    [Fact]
    public void TakeDown_ByTheHead_RecordsGroundNoteAndTime()
    {
        var article = InState(ArticleState.Published);

        article.TakeDown(As(Head), TakeDownGround.NoLongerAppropriate, "Thông tin tuyển sinh đã thay đổi.");

        Assert.Equal((ArticleState.TakenDown, TakeDownGround.NoLongerAppropriate, Now), (article.State, article.TakeDownGround!.Value, article.TakenDownAtUtc!.Value));
        Assert.Equal("Thông tin tuyển sinh đã thay đổi.", article.Transitions[^1].Note);
    }

    [Fact]
    public void RequestTakeDown_WithoutGround_Refused()
    {
        var article = InState(ArticleState.Published);

        var refusal = Assert.Throws<WorkflowException>(() => article.RequestTakeDown(As(Author), null, "Xin gỡ."));

        Assert.Equal(WorkflowError.TakeDownGroundRequired, refusal.Code);
        Assert.False(article.HasPendingTakeDownRequest);
    }

    [Fact]
    public void DecideTakeDown_DeclineWithoutNote_Refused()
    {
        var article = InState(ArticleState.Published, pendingTakeDown: true);

        var refusal = Assert.Throws<WorkflowException>(() => article.DecideTakeDown(As(Head), grant: false));

        Assert.Equal(WorkflowError.NoteRequired, refusal.Code);
        Assert.True(article.HasPendingTakeDownRequest);
    }

    [Fact]
    public void ReturnToProvider_WithoutNote_Refused()
    {
        var article = InState(ArticleState.Editing);

        var refusal = Assert.Throws<WorkflowException>(() => article.ReturnToProvider(As(Editor), " "));

        Assert.Equal(WorkflowError.NoteRequired, refusal.Code);
    }

    [Fact]
    public void ReturnToEditor_WithoutNote_Refused()
    {
        var article = InState(ArticleState.AwaitingApproval);

        var refusal = Assert.Throws<WorkflowException>(() => article.ReturnToEditor(As(Deputy), ""));

        Assert.Equal(WorkflowError.NoteRequired, refusal.Code);
    }

    [Fact]
    public void ReturnToProvider_WithNote_BackToDraftForTheProviderToSubmitAgain()
    {
        var article = InState(ArticleState.Editing);

        article.ReturnToProvider(As(Editor), "Bổ sung ảnh.");
        article.Submit(As(Author));

        Assert.Equal(ArticleState.Submitted, article.State);
        Assert.Null(article.AssignedEditorId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("thpt-lequydon.edu.vn/tin/1")]
    [InlineData("javascript:alert(1)")]
    public void Publish_WithoutAWebAddress_Refused(string address)
    {
        var article = InState(ArticleState.Approved);

        var refusal = Assert.Throws<WorkflowException>(() => article.Publish(As(Secretary), address));

        Assert.Equal(WorkflowError.PortalAddressRequired, refusal.Code);
    }

    [Fact]
    public void CreateDraft_FirstRevisionHoldsTheText()
    {
        var article = Article.CreateDraft(AuthorUnit, News(), As(Author));

        var revision = Assert.Single(article.Revisions);
        Assert.Equal((1, News().Title, News().Body, AuthorId), (revision.Number, revision.Title, revision.Body, revision.AuthorId));
        Assert.Empty(article.Transitions);
    }

    [Fact]
    public void SaveEdit_TextChanged_NewNumberedRevisionByTheEditor()
    {
        var article = InState(ArticleState.Editing);

        article.SaveEdit(article.Content with { Title = "Hội giảng 20/11: sáu tiết dạy mẫu" }, As(Editor));

        Assert.Equal(2, article.RevisionNumber);
        var revision = article.Revisions[^1];
        Assert.Equal((2, "Hội giảng 20/11: sáu tiết dạy mẫu", EditorId), (revision.Number, revision.Title, revision.AuthorId));
        Assert.Equal(ArticleAction.SaveEdit, article.Transitions[^1].Action);
    }

    [Fact]
    public void SaveEdit_OnlyFlagsChanged_RecordedWithoutANewRevision()
    {
        var article = InState(ArticleState.Editing);
        var revisions = article.Revisions.Count;

        var changed = article.SaveEdit(article.Content with { Flags = ArticleFlags.PublicInterest }, As(Editor));

        Assert.True(changed);
        Assert.Equal(revisions, article.Revisions.Count);
        Assert.Equal(ArticleFlags.PublicInterest, article.Flags);
    }

    [Fact]
    public void SaveEdit_NothingChanged_NothingRecorded()
    {
        var article = InState(ArticleState.Draft);
        var version = article.Version;

        var changed = article.SaveEdit(article.Content, As(Author));

        Assert.False(changed);
        Assert.Single(article.Revisions);
        Assert.Empty(article.Transitions);
        Assert.Equal(version, article.Version);
    }

    [Fact]
    public void SaveEdit_AnyChange_NewConcurrencyToken()
    {
        var article = InState(ArticleState.Draft);
        var version = article.Version;

        article.SaveEdit(article.Content with { Summary = "Tóm tắt mới." }, As(Author));

        Assert.NotEqual(version, article.Version);
    }

    [Fact]
    public void Submit_DocumentWithoutParticulars_Refused()
    {
        var article = Article.CreateDraft(AuthorUnit, News(category: ArticleCategory.Documents), As(Secretary));

        var refusal = Assert.Throws<WorkflowException>(() => article.Submit(As(Secretary)));

        Assert.Equal(WorkflowError.InvalidContent, refusal.Code);
        Assert.Equal(ArticleMessages.DocumentFieldsRequired, refusal.Message);
    }

    [Fact]
    public void CreateDraft_WithoutTitle_Refused()
    {
        var refusal = Assert.Throws<WorkflowException>(() =>
            Article.CreateDraft(AuthorUnit, News() with { Title = "  " }, As(Author)));

        Assert.Equal(WorkflowError.InvalidContent, refusal.Code);
    }
}
