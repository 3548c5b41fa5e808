namespace EditorialHub.Core.Articles;

/// <summary>The text of an item as one person saved it; numbered from 1. Never changed afterwards.</summary>
public sealed class ArticleRevision
{
    private ArticleRevision() { Title = ""; Summary = ""; Body = ""; AuthorId = ""; }

    internal ArticleRevision(int number, string title, string summary, string body, string authorId, DateTime atUtc)
    {
        Number = number;
        Title = title;
        Summary = summary;
        Body = body;
        AuthorId = authorId;
        AtUtc = atUtc;
    }

    public long Id { get; private init; }
    public int ArticleId { get; private init; }
    public int Number { get; private init; }
    public string Title { get; private init; }
    public string Summary { get; private init; }
    public string Body { get; private init; }
    /// <summary>Who saved this revision.</summary>
    public string AuthorId { get; private init; }
    public DateTime AtUtc { get; private init; }
}

/// <summary>A person who took or edited an item: none of them may approve it (four eyes).</summary>
public sealed class ArticleEditor
{
    private ArticleEditor() { PersonId = ""; }

    internal ArticleEditor(string personId) => PersonId = personId;

    public int ArticleId { get; private init; }
    public string PersonId { get; private init; }
}
