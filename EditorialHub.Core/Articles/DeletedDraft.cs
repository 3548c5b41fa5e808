namespace EditorialHub.Core.Articles;

/// <summary>
/// The record that a draft never sent to the board was deleted by its author: the item and its own
/// history go, so the record of it lives here instead (what it was called, whose, who deleted it, when,
/// and how much went with it). Append-only, like the history: EditorialDbContext refuses to change a row.
/// </summary>
public sealed class DeletedDraft
{
    private DeletedDraft()
    {
        Title = "";
        AuthorId = "";
        DeletedById = "";
    }

    internal DeletedDraft(Article draft, string deletedById, DateTime deletedAtUtc, int attachmentCount)
    {
        ArticleId = draft.Id;
        Title = draft.Title;
        UnitId = draft.UnitId;
        AuthorId = draft.AuthorId;
        CreatedAtUtc = draft.CreatedAtUtc;
        RevisionCount = draft.RevisionNumber;
        AttachmentCount = attachmentCount;
        DeletedById = deletedById;
        DeletedAtUtc = deletedAtUtc;
    }

    public long Id { get; private init; }
    /// <summary>The id the draft had; no item carries it any more.</summary>
    public int ArticleId { get; private init; }
    public string Title { get; private init; }
    public int UnitId { get; private init; }
    public string AuthorId { get; private init; }
    public DateTime CreatedAtUtc { get; private init; }
    public int RevisionCount { get; private init; }
    public int AttachmentCount { get; private init; }
    public string DeletedById { get; private init; }
    public DateTime DeletedAtUtc { get; private init; }
}
