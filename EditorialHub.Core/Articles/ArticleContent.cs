namespace EditorialHub.Core.Articles;

/// <summary>What a provider or an editor writes and sets on an item.</summary>
public sealed record ArticleContent(
    string Title,
    string Summary,
    string Body,
    ArticleCategory Category,
    ArticleKind Kind,
    ArticleFlags Flags = ArticleFlags.None,
    DateOnly? EventEndDate = null,
    string? Source = null,
    DocumentDetails? Document = null);

/// <summary>The particulars of an official document (văn bản, Điều 11.5).</summary>
public sealed record DocumentDetails(string Number, DateOnly IssuedOn, string IssuingBody, string Summary);
