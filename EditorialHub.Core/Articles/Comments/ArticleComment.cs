namespace EditorialHub.Core.Articles.Comments;

/// <summary>
/// An editorial comment (góp ý) on an item: read by the board, and by the provider side when
/// marked so; it may name one person, who is told. A record like the history: never edited or deleted.
/// </summary>
public sealed class ArticleComment
{
    public const int BodyMaxLength = 2000;

    private ArticleComment()
    {
        AuthorId = "";
        Body = "";
    }

    internal ArticleComment(int articleId, string authorId, string body, bool visibleToProvider, string? mentionedPersonId, DateTime createdAtUtc)
    {
        ArticleId = articleId;
        AuthorId = authorId;
        Body = body;
        VisibleToProvider = visibleToProvider;
        MentionedPersonId = mentionedPersonId;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private init; }
    public int ArticleId { get; private init; }
    public string AuthorId { get; private init; }

    /// <summary>Plain text; line breaks kept.</summary>
    public string Body { get; private init; }

    /// <summary>The provider side (the author, the unit's members) may read it, not only the board.</summary>
    public bool VisibleToProvider { get; private init; }

    public string? MentionedPersonId { get; private init; }
    public DateTime CreatedAtUtc { get; private init; }
}
