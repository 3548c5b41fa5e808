namespace EditorialHub.Core.Notifications.Reminders;

/// <summary>
/// The record that one reminder went out, by its key (unique): a restart, or two checks at once,
/// never send it twice.
/// </summary>
public sealed class SentReminder
{
    public const int KeyMaxLength = 200;

    private SentReminder() { Key = ""; }

    internal SentReminder(string key, DateTime sentAtUtc)
    {
        Key = key;
        SentAtUtc = sentAtUtc;
    }

    public long Id { get; private set; }
    public string Key { get; private set; }
    public DateTime SentAtUtc { get; private set; }
}
