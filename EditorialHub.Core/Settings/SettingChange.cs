namespace EditorialHub.Core.Settings;

/// <summary>
/// One change of a setting the secretary edits in the app (Điều 6: the secretary administers the
/// settings). The latest row of a key is its value; the rows before it are its history, so a row is
/// added and never updated or deleted. A key without rows keeps appsettings.json's value.
/// </summary>
public sealed class SettingChange
{
    private SettingChange() { Key = ""; Value = ""; ChangedById = ""; }

    public SettingChange(string key, string value, string? previousValue, string changedById, DateTime changedAtUtc)
    {
        Key = key;
        Value = value;
        PreviousValue = previousValue;
        ChangedById = changedById;
        ChangedAtUtc = changedAtUtc;
    }

    public long Id { get; private init; }

    /// <summary>The setting's name as in appsettings.json, e.g. "Workflow:ApprovalPolicy:News".</summary>
    public string Key { get; private init; }
    public string Value { get; private init; }

    /// <summary>The value in force just before, stored or from appsettings.json, as the history reads it.</summary>
    public string? PreviousValue { get; private init; }
    public string ChangedById { get; private init; }
    public DateTime ChangedAtUtc { get; private init; }
}
