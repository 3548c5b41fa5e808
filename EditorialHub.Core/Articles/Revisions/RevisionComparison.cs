namespace EditorialHub.Core.Articles.Revisions;

/// <summary>Two revisions of an item side by side: title, summary and body, each compared word by word.</summary>
public sealed record RevisionComparison(
    ArticleRevisionView Before, ArticleRevisionView After, TextComparison Title, TextComparison Summary, TextComparison Body)
{
    public bool HasChanges => Title.HasChanges || Summary.HasChanges || Body.HasChanges;

    /// <summary>Same words but different markup (bold, a heading, a link): worth saying, since nothing is marked.</summary>
    public bool OnlyFormattingChanged => !HasChanges && Before.Body != After.Body;

    public static RevisionComparison Of(ArticleRevisionView before, ArticleRevisionView after) => new(
        before, after,
        WordDiff.CompareText(before.Title, after.Title),
        WordDiff.CompareText(before.Summary, after.Summary),
        WordDiff.CompareHtml(before.Body, after.Body));
}
