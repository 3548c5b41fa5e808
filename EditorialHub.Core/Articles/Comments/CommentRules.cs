using EditorialHub.Core.Board;

namespace EditorialHub.Core.Articles.Comments;

/// <summary>
/// Who may write and read an item's comments. The board's comments are its own working notes
/// unless marked for the provider; the provider side answers in comments the board always reads.
/// The principal reads every comment (answerable for all content, Điều 13.4) and writes none.
/// </summary>
public static class CommentRules
{
    /// <summary>Members of the board: head, deputy, secretary, editors.</summary>
    public static bool IsBoard(WorkflowActor actor) =>
        actor.Holds(Role.BoardHead) || actor.Holds(Role.BoardDeputy) || actor.Holds(Role.BoardSecretary) || actor.Holds(Role.Editor);

    /// <summary>A board member or the provider side, on an item they may read.</summary>
    public static bool CanComment(ArticleState state, string authorId, int unitId, WorkflowActor actor) =>
        ArticleWorkflow.CanRead(state, authorId, unitId, actor)
        && (IsBoard(actor) || ArticleWorkflow.IsProviderSide(authorId, unitId, actor));

    /// <summary>Only the board chooses: a provider's comment is always one the provider side reads.</summary>
    public static bool MayChooseVisibility(WorkflowActor actor) => IsBoard(actor);

    public static bool CanRead(bool visibleToProvider, ArticleState state, string authorId, int unitId, WorkflowActor actor) =>
        ArticleWorkflow.CanRead(state, authorId, unitId, actor)
        && (actor.IsBoardOrPrincipal || (visibleToProvider && ArticleWorkflow.IsProviderSide(authorId, unitId, actor)));
}
