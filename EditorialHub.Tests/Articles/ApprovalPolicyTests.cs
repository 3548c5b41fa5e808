using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using Microsoft.Extensions.Configuration;
using static EditorialHub.Tests.Articles.Scenario;

namespace EditorialHub.Tests.Articles;

public sealed class ApprovalPolicyTests
{
    private const ArticleFlags None = ArticleFlags.None;
    private const ArticleFlags Sensitive = ArticleFlags.Sensitive;
    private const ArticleFlags Authority = ArticleFlags.FromEducationAuthority;
    private const ArticleFlags Public = ArticleFlags.PublicInterest;

    public static TheoryData<ArticleCategory, ArticleFlags, bool, ApprovalLevel> Levels() => new()
    {
        // The category's default (Điều 12.2).
        { ArticleCategory.Introduction, None, false, ApprovalLevel.Head },
        { ArticleCategory.News, None, false, ApprovalLevel.Editor },
        { ArticleCategory.Direction, None, false, ApprovalLevel.Head },
        { ArticleCategory.Plans, None, false, ApprovalLevel.Deputy },
        { ArticleCategory.Documents, None, false, ApprovalLevel.Head },
        { ArticleCategory.PublicServices, None, false, ApprovalLevel.Head },
        { ArticleCategory.ProfessionalTopics, None, false, ApprovalLevel.Editor },
        // Any flag: the head.
        { ArticleCategory.News, Sensitive, false, ApprovalLevel.Head },
        { ArticleCategory.News, Authority, false, ApprovalLevel.Head },
        { ArticleCategory.News, Public, false, ApprovalLevel.Head },
        { ArticleCategory.ProfessionalTopics, Sensitive | Public, false, ApprovalLevel.Head },
        { ArticleCategory.Plans, Authority, false, ApprovalLevel.Head },
        // Submitted by an editor: at least the deputy.
        { ArticleCategory.News, None, true, ApprovalLevel.Deputy },
        { ArticleCategory.ProfessionalTopics, None, true, ApprovalLevel.Deputy },
        { ArticleCategory.Plans, None, true, ApprovalLevel.Deputy },
        { ArticleCategory.Direction, None, true, ApprovalLevel.Head },
        { ArticleCategory.News, Sensitive, true, ApprovalLevel.Head },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void LevelFor_CategoryFlagsAndSubmitter_HighestApplies(
        ArticleCategory category, ArticleFlags flags, bool submittedByEditor, ApprovalLevel expected)
    {
        Assert.Equal(expected, new WorkflowOptions().LevelFor(category, flags, submittedByEditor));
    }

    [Fact]
    public void LevelFor_SchoolRaisedNewsToDeputy_UsesTheSetting()
    {
        var options = new WorkflowOptions { ApprovalPolicy = { [ArticleCategory.News] = ApprovalLevel.Deputy } };

        Assert.Equal(ApprovalLevel.Deputy, options.LevelFor(ArticleCategory.News, None, false));
        Assert.Equal(ApprovalLevel.Editor, options.LevelFor(ArticleCategory.ProfessionalTopics, None, false));
    }

    [Fact]
    public void Bind_WorkflowSection_ReadsPolicyAndFourEyesSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflow:ApprovalPolicy:News"] = "Head",
            ["Workflow:AllowDeputyWhenHeadIsAuthor"] = "false",
        }).Build();

        var options = configuration.GetSection(WorkflowOptions.Section).Get<WorkflowOptions>()!;

        Assert.Equal(ApprovalLevel.Head, options.CategoryLevel(ArticleCategory.News));
        Assert.Equal(ApprovalLevel.Deputy, options.CategoryLevel(ArticleCategory.Plans));
        Assert.False(options.AllowDeputyWhenHeadIsAuthor);
    }

    [Fact]
    public void AppSettings_WorkflowSection_MatchesTheDefaults()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Support.Repository.PathOf("appsettings.json")).Build();

        var options = configuration.GetSection(WorkflowOptions.Section).Get<WorkflowOptions>()!;

        Assert.Equal(WorkflowOptions.DefaultPolicy.OrderBy(p => p.Key), options.ApprovalPolicy.OrderBy(p => p.Key));
        Assert.True(options.AllowDeputyWhenHeadIsAuthor);
    }

    [Fact]
    public void SendForApproval_FlagSetWhileEditing_ItemGoesToTheHead()
    {
        var article = InState(ArticleState.Editing);
        article.SaveEdit(article.Content with { Flags = ArticleFlags.Sensitive }, As(Editor));

        article.SendForApproval(As(Editor));

        Assert.Equal(ApprovalLevel.Head, article.ApprovalLevel);
    }

    [Fact]
    public void Submit_ByAnEditor_ItemGoesAtLeastToTheDeputy()
    {
        var editorAsAuthor = new WorkflowActor("editor-author", Roles(Role.Editor, Role.DepartmentMember), AuthorUnit);

        var article = InState(ArticleState.AwaitingApproval, author: editorAsAuthor);

        Assert.True(article.SubmittedByEditor);
        Assert.Equal(ApprovalLevel.Deputy, article.ApprovalLevel);
    }

    [Fact]
    public void Escalate_DeputyAsksTheHead_LevelRaisedAndKeptWhenSentAgain()
    {
        var article = InState(ArticleState.AwaitingApproval, content: News(category: ArticleCategory.Plans));

        article.Escalate(As(Deputy), "Xin ý kiến Trưởng ban về kế hoạch.");
        var deputyRefused = Assert.Throws<WorkflowException>(() => article.Approve(As(Deputy)));
        article.ReturnToEditor(As(Head), "Sửa mục 3.");
        article.SendForApproval(As(Editor));

        Assert.Equal(WorkflowError.LevelTooLow, deputyRefused.Code);
        Assert.Equal(ApprovalLevel.Head, article.ApprovalLevel);
        Assert.Equal(WorkflowError.AlreadyHeadLevel, Assert.Throws<WorkflowException>(() => article.Escalate(As(Deputy))).Code);
    }

    public static TheoryData<string, ArticleCategory, ArticleFlags, WorkflowError?> Approvers() => new()
    {
        // Editors approve only editor-level items; the deputy up to deputy level; the head anything.
        { "editor2", ArticleCategory.News, None, null },
        { "editor2", ArticleCategory.Plans, None, WorkflowError.LevelTooLow },
        { "editor2", ArticleCategory.News, Sensitive, WorkflowError.LevelTooLow },
        { "deputy", ArticleCategory.News, None, null },
        { "deputy", ArticleCategory.Plans, None, null },
        { "deputy", ArticleCategory.Direction, None, WorkflowError.LevelTooLow },
        { "deputy", ArticleCategory.News, Authority, WorkflowError.LevelTooLow },
        { "head", ArticleCategory.News, None, null },
        { "head", ArticleCategory.Documents, None, null },
        { "head", ArticleCategory.News, Public, null },
        // The editor who edited it never approves it (four eyes).
        { "editor", ArticleCategory.News, None, WorkflowError.FourEyes },
        { "secretary", ArticleCategory.News, None, WorkflowError.RoleNotPermitted },
        { "principal", ArticleCategory.News, None, WorkflowError.RoleNotPermitted },
    };

    [Theory]
    [MemberData(nameof(Approvers))]
    public void Approve_ApproverAgainstLevel_AllowedOrRefusedWithTheReason(
        string approver, ArticleCategory category, ArticleFlags flags, WorkflowError? expected)
    {
        WorkflowActor[] people = [Editor, SecondEditor, Deputy, Head, Secretary, Principal];
        var article = InState(ArticleState.AwaitingApproval, content: News(flags, category) with
        {
            Document = category == ArticleCategory.Documents ? new DocumentDetails("12/QĐ-THPT", new DateOnly(2026, 11, 2), "Trường THPT Lê Quý Đôn", "Quyết định thành lập Ban Biên tập") : null,
        });

        var decision = ArticleWorkflow.Check(article, ArticleAction.Approve, As(people.Single(p => p.PersonId == approver)));

        Assert.Equal(expected, decision.Error);
    }

    [Fact]
    public void Approve_TheAuthorHoldingAnApproverRole_RefusedByFourEyes()
    {
        var deputyAsAuthor = Deputy;
        var article = InState(ArticleState.AwaitingApproval, author: deputyAsAuthor, content: News(category: ArticleCategory.Plans));

        var refusal = Assert.Throws<WorkflowException>(() => article.Approve(As(Deputy)));

        Assert.Equal(WorkflowError.FourEyes, refusal.Code);
        Assert.Equal(ArticleMessages.FourEyes, refusal.Message);
    }

    [Fact]
    public void Approve_HeadWroteHeadLevelItem_HeadRefusedDeputyMayApprove()
    {
        var article = InState(ArticleState.AwaitingApproval, author: Head, content: News(category: ArticleCategory.Direction));

        var headRefusal = Assert.Throws<WorkflowException>(() => article.Approve(As(Head)));
        article.Approve(As(Deputy));

        Assert.Equal(WorkflowError.FourEyes, headRefusal.Code);
        Assert.Equal(ArticleState.Approved, article.State);
        Assert.Equal(Deputy.PersonId, article.ApprovedById);
    }

    [Fact]
    public void Approve_HeadWroteItButSettingOff_DeputyRefused()
    {
        var options = new WorkflowOptions { AllowDeputyWhenHeadIsAuthor = false };
        var article = InState(ArticleState.AwaitingApproval, author: Head, content: News(category: ArticleCategory.Direction), options: options);

        var refusal = Assert.Throws<WorkflowException>(() => article.Approve(As(Deputy, options)));

        Assert.Equal(WorkflowError.LevelTooLow, refusal.Code);
    }

    [Fact]
    public void Approve_HeadLevelItemTheHeadDidNotTouch_DeputyRefused()
    {
        var article = InState(ArticleState.AwaitingApproval, content: News(category: ArticleCategory.Direction));

        var refusal = Assert.Throws<WorkflowException>(() => article.Approve(As(Deputy)));

        Assert.Equal(WorkflowError.LevelTooLow, refusal.Code);
        Assert.Equal(ArticleMessages.LevelTooLow(ApprovalLevel.Head), refusal.Message);
    }

    [Fact]
    public void ReturnToEditor_ByTheEditorWhoSentIt_RefusedByFourEyes()
    {
        var article = InState(ArticleState.AwaitingApproval);

        var refusal = Assert.Throws<WorkflowException>(() => article.ReturnToEditor(As(Editor), "Tự sửa."));

        Assert.Equal(WorkflowError.FourEyes, refusal.Code);
    }
}
