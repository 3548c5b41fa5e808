using EditorialHub.Core.Articles;

namespace EditorialHub.Core.Notifications;

/// <summary>Why a person is told something: work that reached them, or news of their own item.</summary>
public enum NotificationKind
{
    /// <summary>An item was sent to the board: an editor may take it.</summary>
    ItemSubmitted = 1,
    /// <summary>An item waits for the recipient's approval (sent for approval, or raised to the head).</summary>
    AwaitingYourApproval = 2,
    /// <summary>The approver returned the item to the editor who holds it.</summary>
    ReturnedToYou = 3,
    /// <summary>An item was approved: the secretary publishes it.</summary>
    ReadyToPublish = 4,
    /// <summary>A take-down was asked for: the head decides (Điều 12.4).</summary>
    TakeDownRequested = 5,
    /// <summary>The recipient's own item (as author, requester or holding editor) took a step.</summary>
    YourItemChanged = 6,
    /// <summary>Another editor took over the item the recipient held.</summary>
    TakenOver = 7,
    /// <summary>A comment named the recipient.</summary>
    Mentioned = 8,
    /// <summary>The board left a comment the provider may read on the recipient's item.</summary>
    CommentForProvider = 9,
    /// <summary>A department head's unit has nothing counting yet and the month is ending (Điều 13.3).</summary>
    QuotaReminder = 10,
    /// <summary>The head of the board's digest of the units that missed last month.</summary>
    QuotaDigest = 11,
    /// <summary>The head took an item down: the secretary removes it from the portal and confirms (Điều 12.4).</summary>
    RemoveFromPortal = 12,
}

/// <summary>
/// One thing told to one person, kept until they read it. What it is about is copied in when it is
/// made (title, actor's name), so the list reads the same after the item is renamed.
/// </summary>
public sealed class Notification
{
    public const int SubjectMaxLength = 300;
    public const int NoteMaxLength = 500;
    public const int NameMaxLength = 200;

    private Notification()
    {
        RecipientId = "";
        Subject = "";
        ActorName = "";
    }

    internal Notification(
        string recipientId, NotificationKind kind, DateTime createdAtUtc, string subject,
        int? articleId = null, string? actorId = null, string actorName = "", ArticleAction? action = null,
        ArticleState? state = null, string? note = null, int? number = null)
    {
        RecipientId = recipientId;
        Kind = kind;
        CreatedAtUtc = createdAtUtc;
        Subject = Clip(subject, SubjectMaxLength)!;
        ArticleId = articleId;
        ActorId = actorId;
        ActorName = Clip(actorName, NameMaxLength)!;
        Action = action;
        State = state;
        Note = Clip(note, NoteMaxLength);
        Number = number;
    }

    public long Id { get; private set; }
    public string RecipientId { get; private set; }
    public NotificationKind Kind { get; private set; }

    /// <summary>The item it is about; none for a quota digest.</summary>
    public int? ArticleId { get; private set; }

    /// <summary>The item's title, or what a reminder is about (the unit and month).</summary>
    public string Subject { get; private set; }

    public string? ActorId { get; private set; }
    public string ActorName { get; private set; }

    /// <summary>The step taken, for <see cref="NotificationKind.YourItemChanged"/> and the other item kinds.</summary>
    public ArticleAction? Action { get; private set; }

    /// <summary>The state the item reached with that step.</summary>
    public ArticleState? State { get; private set; }

    /// <summary>The step's note or the comment's text, shortened.</summary>
    public string? Note { get; private set; }

    /// <summary>A reminder's figure: the days left in the month, or how many units missed it.</summary>
    public int? Number { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    internal void MarkRead(DateTime atUtc) => ReadAtUtc ??= atUtc;

    private static string? Clip(string? text, int max)
    {
        if (text is null)
            return null;
        text = text.Trim();
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }
}
