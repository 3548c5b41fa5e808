using EditorialHub.Core.Articles;
using EditorialHub.Tests.Web;

namespace EditorialHub.Tests.Articles;

/// <summary>
/// Whether an action needs a note is said once, in the workflow table: the core enforces it and the
/// dialog marks the field from it. Declining a take-down request once read "không bắt buộc" in the
/// dialog while the core refused it without a note.
/// </summary>
public sealed class NoteRuleTests(ArticleServiceFixture fixture) : IClassFixture<ArticleServiceFixture>
{
    private readonly ServiceWalk _walk = new(fixture);

    public static TheoryData<int> Rows()
    {
        var data = new TheoryData<int>();
        for (var row = 0; row < ArticleWorkflow.Rules.Count; row++)
            data.Add(row);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Note_EachRowWithoutANote_TheDialogMarksWhatTheServiceEnforces(int row)
    {
        var rule = ArticleWorkflow.Rules[row];
        var id = await _walk.InStateAsync(rule.From, pendingTakeDown: rule.Guards.HasFlag(WorkflowGuard.PendingTakeDownRequest));

        NoteRule enforced;
        try
        {
            enforced = await _walk.RunAsync(rule.Action, id, _walk.ActorFor(rule), "   ") ? NoteRule.Optional : NoteRule.None;
        }
        catch (WorkflowException refused) when (refused.Code == WorkflowError.NoteRequired)
        {
            enforced = NoteRule.Required;
        }
        var html = await ActionDialogTests.RenderAsync(rule.Action, rule.From);
        var marked = html.Contains("Ghi chú (bắt buộc)") ? NoteRule.Required
            : html.Contains("Ghi chú (không bắt buộc)") ? NoteRule.Optional
            : NoteRule.None;

        Assert.Equal((rule.From, rule.Action, rule.Note), (rule.From, rule.Action, enforced));
        Assert.Equal((rule.From, rule.Action, enforced), (rule.From, rule.Action, marked));
    }

    [Fact]
    public async Task DeclineTakeDown_WithoutANote_RefusedAndTheDialogSaysRequired()
    {
        var id = await _walk.InStateAsync(ArticleState.Published, pendingTakeDown: true);

        var refusal = await Assert.ThrowsAsync<WorkflowException>(() =>
            fixture.Articles.DecideTakeDownAsync(id, _walk.Id("truongban"), grant: false, ""));
        var html = await ActionDialogTests.RenderAsync(ArticleAction.DeclineTakeDown, ArticleState.Published);

        Assert.Equal(ArticleMessages.NoteRequired, refusal.Message);
        Assert.Contains("Ghi chú (bắt buộc)", html);
        Assert.DoesNotContain("không bắt buộc", html);
    }
}
