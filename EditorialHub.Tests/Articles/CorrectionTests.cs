using EditorialHub.Core.Articles;
using static EditorialHub.Tests.Articles.Scenario;

namespace EditorialHub.Tests.Articles;

/// <summary>Corrections of a published item (issue 4), on the pure item.</summary>
public sealed class CorrectionTests
{
    [Fact]
    public void Correction_EditedApprovedRepublished_ReplacesThePublishedVersionKeepingTheDayOfPublication()
    {
        var article = InState(ArticleState.Published);
        var firstPublished = article.PublishedRevisionNumber;
        var publishedAt = article.PublishedAtUtc;

        article.StartCorrection(As(SecondEditor), "Sai tên giáo viên.");
        article.SaveEdit(article.Content with { Body = "<p>Sáng 18/11, tổ tổ chức 8 tiết dạy mẫu.</p>" }, As(SecondEditor));
        Assert.Equal(firstPublished, article.PublishedRevisionNumber); // the portal still shows the old text
        article.SendForApproval(As(SecondEditor));
        article.Approve(As(Head));
        article.Publish(As(Secretary), "https://thpt-lequydon.edu.vn/tin-tuc/hoi-giang-20-11");

        Assert.Equal(ArticleState.Published, article.State);
        Assert.Equal(article.RevisionNumber, article.PublishedRevisionNumber);
        Assert.NotEqual(firstPublished, article.PublishedRevisionNumber);
        Assert.Equal(publishedAt, article.PublishedAtUtc);
        Assert.Equal(
            [ArticleAction.Publish, ArticleAction.StartCorrection, ArticleAction.SaveEdit, ArticleAction.SendForApproval,
             ArticleAction.Approve, ArticleAction.Publish],
            article.Transitions.SkipWhile(t => t.Action != ArticleAction.Publish).Select(t => t.Action));
    }

    [Fact]
    public void DiscardCorrection_ByTheHoldingEditor_PublishedTextBackAsANewRevision()
    {
        var article = InState(ArticleState.CorrectionEditing);
        var published = PublishedRevision(article);
        article.SaveEdit(article.Content with { Title = "Tiêu đề sửa dở" }, As(Editor));

        article.DiscardCorrection(As(Editor), "Không cần sửa nữa.", published);

        Assert.Equal(ArticleState.Published, article.State);
        Assert.Equal(published.Title, article.Title);
        Assert.Equal(published.Body, article.Body);
        Assert.Equal(article.RevisionNumber, article.PublishedRevisionNumber);
        Assert.True(article.RevisionNumber > published.Number);
    }

    [Fact]
    public void DiscardCorrection_AfterTheCategoryAndFlagsChanged_ThePublishedOnesComeBackWithTheText()
    {
        var article = InState(ArticleState.Published);
        var published = PublishedRevision(article);
        var before = article.Content;

        article.StartCorrection(As(SecondEditor), "Chuyển chuyên mục.");
        var other = Enum.GetValues<ArticleCategory>().First(c => c != before.Category && c != ArticleCategory.Documents);
        article.SaveEdit(article.Content with { Title = "Tiêu đề sửa dở", Category = other, Flags = ArticleFlags.Sensitive, Source = "Báo Giáo dục" },
            As(SecondEditor));
        article.DiscardCorrection(As(SecondEditor), "Giữ như bản đang đăng.", published);

        Assert.Equal(before with { Title = published.Title, Summary = published.Summary, Body = published.Body }, article.Content);
        Assert.Null(article.CorrectionBase);
    }

    [Fact]
    public void Correction_Republished_ItsNewParticularsStay_NothingKeptForTheNextOne()
    {
        var article = InState(ArticleState.Published);
        var other = Enum.GetValues<ArticleCategory>().First(c => c != article.Category && c != ArticleCategory.Documents);

        article.StartCorrection(As(SecondEditor));
        article.SaveEdit(article.Content with { Category = other }, As(SecondEditor));
        article.SendForApproval(As(SecondEditor));
        article.Approve(As(Head));
        article.Publish(As(Secretary), "https://thpt-lequydon.edu.vn/tin-tuc/hoi-giang-20-11");

        Assert.Equal(other, article.Category);
        Assert.Null(article.CorrectionBase);
    }

    [Fact]
    public void DiscardCorrection_WithoutNote_Refused()
    {
        var article = InState(ArticleState.CorrectionAwaitingApproval);

        var refusal = Assert.Throws<WorkflowException>(() => article.DiscardCorrection(As(Deputy), " ", PublishedRevision(article)));

        Assert.Equal(WorkflowError.NoteRequired, refusal.Code);
    }

    [Fact]
    public void Approve_CorrectionByTheEditorWhoMadeIt_RefusedFourEyes()
    {
        var article = InState(ArticleState.Published, editor: SecondEditor);
        article.StartCorrection(As(Editor));
        article.SaveEdit(article.Content with { Title = "Hội giảng 20/11 (đính chính)" }, As(Editor));
        article.SendForApproval(As(Editor));

        var refusal = Assert.Throws<WorkflowException>(() => article.Approve(As(Editor)));

        Assert.Equal(WorkflowError.FourEyes, refusal.Code);
    }

    [Fact]
    public void StartCorrection_WhileATakeDownRequestIsPending_Refused()
    {
        var article = InState(ArticleState.Published, pendingTakeDown: true);

        var refusal = Assert.Throws<WorkflowException>(() => article.StartCorrection(As(Editor)));

        Assert.Equal(WorkflowError.TakeDownAlreadyRequested, refusal.Code);
    }

    [Fact]
    public void StartCorrection_ByTheProvider_RefusedOnlyEditors()
    {
        var article = InState(ArticleState.Published);

        var refusal = Assert.Throws<WorkflowException>(() => article.StartCorrection(As(Author)));

        Assert.Equal(WorkflowError.RoleNotPermitted, refusal.Code);
    }

    [Theory]
    [InlineData(ArticleState.CorrectionEditing)]
    [InlineData(ArticleState.CorrectionAwaitingApproval)]
    [InlineData(ArticleState.CorrectionApproved)]
    public void CanRead_DuringACorrection_EveryoneReadsButOnlyTheProviderAndBoardSeeTheWorkingText(ArticleState state)
    {
        Assert.True(ArticleWorkflow.CanRead(state, AuthorId, AuthorUnit, OtherUnitMember));
        Assert.False(ArticleWorkflow.CanReadWorkingText(AuthorId, AuthorUnit, OtherUnitMember));
        Assert.True(ArticleWorkflow.CanReadWorkingText(AuthorId, AuthorUnit, UnitMate));
        Assert.True(ArticleWorkflow.CanReadWorkingText(AuthorId, AuthorUnit, Deputy));
    }

    [Theory]
    [InlineData(ArticleState.Approved, true)]
    [InlineData(ArticleState.Published, true)]
    [InlineData(ArticleState.CorrectionApproved, true)]
    [InlineData(ArticleState.AwaitingApproval, false)]
    [InlineData(ArticleState.CorrectionEditing, false)]
    [InlineData(ArticleState.TakenDown, false)]
    public void CanExport_TheSecretaryOnceApprovedOrOnThePortal(ArticleState state, bool secretary)
    {
        Assert.Equal(secretary, ArticleWorkflow.CanExport(state, Secretary));
        Assert.False(ArticleWorkflow.CanExport(state, Head));
        Assert.False(ArticleWorkflow.CanExport(state, Editor));
    }
}
