using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using static EditorialHub.Tests.Articles.Scenario;

namespace EditorialHub.Tests.Articles;

public sealed class ArticleWorkflowTests
{
    /// <summary>Every row of the table × every role: the row's roles may, every other role is refused.</summary>
    public static TheoryData<int, Role> RowsTimesRoles()
    {
        var data = new TheoryData<int, Role>();
        for (var row = 0; row < ArticleWorkflow.Rules.Count; row++)
            foreach (var role in Enum.GetValues<Role>())
                data.Add(row, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(RowsTimesRoles))]
    public void Rule_EachRoleOnEachRow_AllowedExactlyWhenTheRowNamesTheRole(int row, Role role)
    {
        var rule = ArticleWorkflow.Rules[row];
        var article = InState(rule.From, pendingTakeDown: rule.Guards.HasFlag(WorkflowGuard.PendingTakeDownRequest));
        // The actor meets the row's other conditions, so that only the role decides.
        var actor = rule.Guards.HasFlag(WorkflowGuard.HoldingEditor) ? new WorkflowActor(EditorId, Roles(role), 3)
            : rule.Guards.HasFlag(WorkflowGuard.ProviderSide) || rule.Guards.HasFlag(WorkflowGuard.ProviderSideOrEditor)
                ? new WorkflowActor(AuthorId, Roles(role), AuthorUnit)
                : new WorkflowActor("actor", Roles(role), null);
        var historyBefore = article.Transitions.Count;

        if (rule.Roles.Contains(role))
        {
            Perform(article, rule.Action, As(actor));

            Assert.Equal(rule.To, article.State);
            var recorded = article.Transitions[^1];
            Assert.Equal((actor.PersonId, rule.From, rule.To, rule.Action), (recorded.ActorId, recorded.From, recorded.To, recorded.Action));
        }
        else
        {
            var refusal = Assert.Throws<WorkflowException>(() => Perform(article, rule.Action, As(actor)));

            Assert.Equal(WorkflowError.RoleNotPermitted, refusal.Code);
            Assert.Equal(ArticleMessages.WhoMay(rule.Action), refusal.Message);
            Assert.Equal(rule.From, article.State);
            Assert.Equal(historyBefore, article.Transitions.Count);
        }
    }

    public static TheoryData<ArticleState, ArticleAction> MovesNotInTheTable()
    {
        var data = new TheoryData<ArticleState, ArticleAction>();
        foreach (var state in Enum.GetValues<ArticleState>())
            foreach (var action in Enum.GetValues<ArticleAction>())
                if (ArticleWorkflow.RuleFor(state, action) is null)
                    data.Add(state, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(MovesNotInTheTable))]
    public void Check_ActionNotInTheTableFromThatState_RefusedWhateverTheRoles(ArticleState state, ArticleAction action)
    {
        var article = InState(state);
        var everything = new WorkflowActor(AuthorId, Enum.GetValues<Role>().ToHashSet(), AuthorUnit);

        var decision = ArticleWorkflow.Check(article, action, As(everything));

        Assert.Equal(WorkflowError.NotAllowedInState, decision.Error);
        Assert.Equal(ArticleMessages.NotAllowedInState(action, state), decision.Message);
    }

    [Fact]
    public void Rules_EachStateAndAction_HasAtMostOneRow()
    {
        var duplicates = ArticleWorkflow.Rules.GroupBy(r => (r.From, r.Action)).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Rules_TheFinalStates_HaveNoWayOut()
    {
        // A taken-down item only gains the secretary's record that the portal no longer shows it.
        Assert.DoesNotContain(ArticleWorkflow.Rules, r => r.From is ArticleState.Refused or ArticleState.TakenDown && r.To != r.From);
    }

    [Fact]
    public void TakeDown_BySecretary_RefusedWithTheHeadOnlyMessage()
    {
        var article = InState(ArticleState.Published);

        var refusal = Assert.Throws<WorkflowException>(() => article.TakeDown(As(Secretary), TakeDownGround.NoLongerTimely, "Cũ."));

        Assert.Equal("Chỉ Trưởng ban mới được gỡ bỏ tin bài.", refusal.Message);
    }

    [Fact]
    public void Submit_ByMemberOfAnotherUnit_RefusedAsNotTheProvider()
    {
        var article = InState(ArticleState.Draft);

        var refusal = Assert.Throws<WorkflowException>(() => article.Submit(As(OtherUnitMember)));

        Assert.Equal(WorkflowError.NotProvider, refusal.Code);
    }

    [Fact]
    public void Submit_ByMemberOfTheSameUnit_Allowed()
    {
        var article = InState(ArticleState.Draft);

        article.Submit(As(UnitMate));

        Assert.Equal(ArticleState.Submitted, article.State);
    }

    [Fact]
    public void SaveEdit_WhileEditingByAnotherEditor_RefusedUntilTakenOver()
    {
        var article = InState(ArticleState.Editing);

        var refusal = Assert.Throws<WorkflowException>(() => Perform(article, ArticleAction.SaveEdit, As(SecondEditor)));
        article.Take(As(SecondEditor));
        Perform(article, ArticleAction.SaveEdit, As(SecondEditor));

        Assert.Equal(WorkflowError.NotHoldingEditor, refusal.Code);
        Assert.Equal(SecondEditor.PersonId, article.AssignedEditorId);
        Assert.Equal([EditorId, SecondEditor.PersonId], article.Editors.Select(e => e.PersonId));
    }

    [Fact]
    public void Take_ByTheEditorAlreadyHoldingIt_Refused()
    {
        var article = InState(ArticleState.Editing);

        var refusal = Assert.Throws<WorkflowException>(() => article.Take(As(Editor)));

        Assert.Equal(WorkflowError.AlreadyHolding, refusal.Code);
    }

    [Fact]
    public void RequestTakeDown_ByEditorOfAnotherUnit_AllowedAndPending()
    {
        var article = InState(ArticleState.Published);

        article.RequestTakeDown(As(SecondEditor), TakeDownGround.NoLongerAppropriate, "Ảnh học sinh chưa xin phép.");

        Assert.True(article.HasPendingTakeDownRequest);
        Assert.Equal(ArticleState.Published, article.State);
    }

    [Fact]
    public void RequestTakeDown_ByMemberOfAnotherUnit_Refused()
    {
        var article = InState(ArticleState.Published);

        var refusal = Assert.Throws<WorkflowException>(() =>
            article.RequestTakeDown(As(OtherUnitMember), TakeDownGround.NoLongerAppropriate, "Không phù hợp."));

        Assert.Equal(WorkflowError.NotProvider, refusal.Code);
    }

    [Fact]
    public void RequestTakeDown_WhenOneIsPending_Refused()
    {
        var article = InState(ArticleState.Published, pendingTakeDown: true);

        var refusal = Assert.Throws<WorkflowException>(() =>
            article.RequestTakeDown(As(UnitMate), TakeDownGround.NoLongerTimely, "Đã cũ."));

        Assert.Equal(WorkflowError.TakeDownAlreadyRequested, refusal.Code);
    }

    [Fact]
    public void DecideTakeDown_NothingPending_Refused()
    {
        var article = InState(ArticleState.Published);

        var refusal = Assert.Throws<WorkflowException>(() => article.DecideTakeDown(As(Head), grant: true));

        Assert.Equal(WorkflowError.NoTakeDownRequest, refusal.Code);
    }

    [Fact]
    public void DecideTakeDown_Grant_TakesDownOnTheRequestsGround()
    {
        var article = InState(ArticleState.Published, pendingTakeDown: true);

        article.DecideTakeDown(As(Head), grant: true);

        Assert.Equal(ArticleState.TakenDown, article.State);
        Assert.Equal(TakeDownGround.ProviderAsked, article.TakeDownGround);
        Assert.Equal(TakeDownGround.ProviderAsked, article.Transitions[^1].TakeDownGround);
        Assert.False(article.HasPendingTakeDownRequest);
    }

    [Fact]
    public void DecideTakeDown_Decline_StaysPublishedAndClearsTheRequest()
    {
        var article = InState(ArticleState.Published, pendingTakeDown: true);

        article.DecideTakeDown(As(Head), grant: false, "Tin vẫn còn giá trị.");

        Assert.Equal(ArticleState.Published, article.State);
        Assert.False(article.HasPendingTakeDownRequest);
        Assert.Equal(ArticleAction.DeclineTakeDown, article.Transitions[^1].Action);
    }

    [Fact]
    public void AllowedActions_EditorOnSubmittedItem_OnlyTake()
    {
        var article = InState(ArticleState.Submitted);

        Assert.Equal([ArticleAction.Take], ArticleWorkflow.AllowedActions(article, As(SecondEditor)));
        Assert.Empty(ArticleWorkflow.AllowedActions(article, As(Principal)));
    }

    public static TheoryData<ArticleState, string, bool> Readers() => new()
    {
        { ArticleState.Draft, "author", true },
        { ArticleState.Draft, "mate", true },
        { ArticleState.Draft, "other", false },
        { ArticleState.Draft, "editor2", false },
        { ArticleState.Draft, "head", false },
        { ArticleState.Draft, "principal", false },
        { ArticleState.Submitted, "other", false },
        { ArticleState.Submitted, "editor2", true },
        { ArticleState.Submitted, "principal", true },
        { ArticleState.AwaitingApproval, "deputy", true },
        { ArticleState.Refused, "other", false },
        { ArticleState.Refused, "mate", true },
        { ArticleState.Published, "other", true },
        { ArticleState.TakenDown, "other", false },
        { ArticleState.TakenDown, "secretary", true },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void CanRead_StateAndReader_FollowsTheVisibilityRule(ArticleState state, string reader, bool expected)
    {
        WorkflowActor[] people = [Author, UnitMate, OtherUnitMember, Editor, SecondEditor, Deputy, Head, Secretary, Principal];
        var actor = people.Single(p => p.PersonId == reader);

        Assert.Equal(expected, ArticleWorkflow.CanRead(state, AuthorId, AuthorUnit, actor));
    }

    public static TheoryData<Role, int, bool> Creators() => new()
    {
        { Role.DepartmentMember, AuthorUnit, true },
        { Role.DepartmentMember, 2, false },
        { Role.DepartmentHead, 2, false },
        { Role.Editor, 2, true },
        { Role.BoardSecretary, 2, true },
        { Role.BoardDeputy, 2, true },
        { Role.BoardHead, 2, true },
        { Role.Principal, AuthorUnit, false },
    };

    [Theory]
    [MemberData(nameof(Creators))]
    public void CreateDraft_RoleAndUnit_OwnUnitOrBoard(Role role, int unitId, bool expected)
    {
        var roles = role == Role.DepartmentHead ? Roles(role, Role.DepartmentMember) : Roles(role);
        var actor = new WorkflowActor("writer", roles, role is Role.DepartmentMember or Role.DepartmentHead ? AuthorUnit : null);

        Assert.Equal(expected, ArticleWorkflow.CheckCreate(unitId, actor).IsAllowed);
    }
}
