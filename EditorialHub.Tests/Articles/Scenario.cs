using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// Pure (no database) items brought to any state by the real verbs, acted on by people whose ids and
/// roles the test chooses. The author writes for unit 1.
/// </summary>
internal static class Scenario
{
    public const int AuthorUnit = 1;
    public const string AuthorId = "author";
    public const string EditorId = "editor";
    public const string HeadId = "head";
    public static readonly DateTime Now = new(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc);

    public static WorkflowActor Author { get; } = new(AuthorId, Roles(Role.DepartmentMember), AuthorUnit);
    public static WorkflowActor UnitMate { get; } = new("mate", Roles(Role.DepartmentMember), AuthorUnit);
    public static WorkflowActor OtherUnitMember { get; } = new("other", Roles(Role.DepartmentMember), 2);
    public static WorkflowActor Editor { get; } = new(EditorId, Roles(Role.Editor, Role.DepartmentMember), 3);
    public static WorkflowActor SecondEditor { get; } = new("editor2", Roles(Role.Editor, Role.DepartmentMember), 4);
    public static WorkflowActor Deputy { get; } = new("deputy", Roles(Role.BoardDeputy), null);
    public static WorkflowActor Head { get; } = new(HeadId, Roles(Role.BoardHead), null);
    public static WorkflowActor Secretary { get; } = new("secretary", Roles(Role.BoardSecretary, Role.DepartmentMember), 5);
    public static WorkflowActor Principal { get; } = new("principal", Roles(Role.Principal), null);

    public static IReadOnlySet<Role> Roles(params Role[] roles) => roles.ToHashSet();

    public static WorkflowContext As(WorkflowActor actor, WorkflowOptions? options = null) =>
        new(actor, options ?? new WorkflowOptions(), new HashSet<string> { HeadId }, Now);

    public static ArticleContent News(ArticleFlags flags = ArticleFlags.None, ArticleCategory category = ArticleCategory.News) =>
        new("Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11",
            "Tổ Toán – Tin học tổ chức hội giảng cấp tổ.",
            "<p>Sáng 18/11, tổ tổ chức 6 tiết dạy mẫu.</p>",
            category, ArticleKind.ActivityReport, flags, new DateOnly(2026, 11, 18));

    /// <summary>
    /// An item in <paramref name="state"/>, written by <paramref name="author"/> (default: <see cref="Author"/>)
    /// and edited by <paramref name="editor"/> (default: <see cref="Editor"/>). Approval is by the head.
    /// </summary>
    public static Article InState(
        ArticleState state, WorkflowActor? author = null, WorkflowActor? editor = null,
        ArticleContent? content = null, bool pendingTakeDown = false, WorkflowOptions? options = null)
    {
        author ??= Author;
        editor ??= Editor;
        var article = Article.CreateDraft(AuthorUnit, content ?? News(), As(author, options));
        if (state == ArticleState.Draft)
            return article;
        article.Submit(As(author, options));
        if (state == ArticleState.Submitted)
            return article;
        article.Take(As(editor, options));
        if (state == ArticleState.Editing)
            return article;
        if (state == ArticleState.Refused)
        {
            article.Refuse(As(editor, options), RefusalGround.InsufficientQuality, "Ảnh mờ, nội dung sơ sài.");
            return article;
        }
        article.SendForApproval(As(editor, options));
        if (state == ArticleState.AwaitingApproval)
            return article;
        article.Approve(As(Head, options));
        if (state == ArticleState.Approved)
            return article;
        article.Publish(As(Secretary, options), "https://thpt-lequydon.edu.vn/tin-tuc/hoi-giang-20-11");
        if (pendingTakeDown)
            article.RequestTakeDown(As(author, options), TakeDownGround.ProviderAsked, "Tổ xin gỡ để cập nhật ảnh.");
        if (state == ArticleState.Published)
            return article;
        if (ArticleStates.IsCorrection(state))
        {
            // A correction: the same editor opens it, the head approves it again.
            article.StartCorrection(As(editor, options));
            if (state == ArticleState.CorrectionEditing)
                return article;
            article.SaveEdit(article.Content with { Title = article.Title + " (đính chính)" }, As(editor, options));
            article.SendForApproval(As(editor, options));
            if (state == ArticleState.CorrectionAwaitingApproval)
                return article;
            article.Approve(As(Head, options));
            return article;
        }
        article.TakeDown(As(Head, options), TakeDownGround.NoLongerTimely, "Tin đã cũ.");
        return article;
    }

    /// <summary>The revision on the portal (the pure item holds all its revisions).</summary>
    public static ArticleRevision PublishedRevision(Article article) =>
        article.Revisions.Single(revision => revision.Number == article.PublishedRevisionNumber);

    /// <summary>Takes <paramref name="action"/> with valid inputs (a note, a ground, an address).</summary>
    public static void Perform(Article article, ArticleAction action, WorkflowContext context)
    {
        switch (action)
        {
            case ArticleAction.Submit: article.Submit(context); break;
            case ArticleAction.Take: article.Take(context); break;
            case ArticleAction.SaveEdit:
                article.SaveEdit(article.Content with { Body = article.Body + "<p>Bổ sung.</p>" }, context);
                break;
            case ArticleAction.SendForApproval: article.SendForApproval(context); break;
            case ArticleAction.ReturnToProvider: article.ReturnToProvider(context, "Bổ sung ảnh hoạt động."); break;
            case ArticleAction.ReturnToEditor: article.ReturnToEditor(context, "Sửa lại tiêu đề cho ngắn gọn."); break;
            case ArticleAction.Escalate: article.Escalate(context, "Xin ý kiến Trưởng ban."); break;
            case ArticleAction.Approve: article.Approve(context); break;
            case ArticleAction.Refuse: article.Refuse(context, RefusalGround.Untrue, "Số liệu không đúng."); break;
            case ArticleAction.Publish: article.Publish(context, "https://thpt-lequydon.edu.vn/tin/1"); break;
            case ArticleAction.RequestTakeDown:
                article.RequestTakeDown(context, TakeDownGround.NoLongerAppropriate, "Nội dung không còn phù hợp.");
                break;
            case ArticleAction.GrantTakeDown: article.DecideTakeDown(context, grant: true, "Đồng ý gỡ."); break;
            case ArticleAction.DeclineTakeDown: article.DecideTakeDown(context, grant: false, "Tin vẫn còn giá trị."); break;
            case ArticleAction.TakeDown: article.TakeDown(context, TakeDownGround.NoLongerTimely, "Tin đã cũ."); break;
            case ArticleAction.StartCorrection: article.StartCorrection(context, "Sửa tên giáo viên."); break;
            case ArticleAction.DiscardCorrection:
                article.DiscardCorrection(context, "Không cần sửa nữa.", PublishedRevision(article));
                break;
            case ArticleAction.ConfirmRemovedFromPortal: article.ConfirmRemovedFromPortal(context); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
