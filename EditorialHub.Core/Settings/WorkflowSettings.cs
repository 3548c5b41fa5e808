using System.Globalization;
using EditorialHub.Core.Accounts;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EditorialHub.Core.Settings;

/// <summary>
/// The workflow's settings as they stand: appsettings.json's "Workflow" section is the default, and
/// what the secretary changed in the app (issue 4: "the category → level policy is a setting the
/// secretary edits") overrides it key by key. Read from the database on every use, so a change holds
/// at once for every item sent for approval afterwards, on every instance of the app.
/// </summary>
public sealed class WorkflowSettings(
    IDbContextFactory<EditorialDbContext> contexts,
    IOptionsMonitor<WorkflowOptions> defaults,
    BoardDirectory board,
    TimeProvider clock)
{
    public const string ApprovalPolicyPrefix = "Workflow:ApprovalPolicy:";
    public const string PublishWithinWorkingDaysKey = "Workflow:PublishWithinWorkingDays";
    public const string HolidaysKey = "Workflow:Holidays";

    /// <summary>The bounds of the publishing deadline: at least the next working day, at most six weeks.</summary>
    public const int MinPublishWithinWorkingDays = 1, MaxPublishWithinWorkingDays = 30;

    /// <summary>The settings in force: appsettings.json overlaid with the latest stored change of each key.</summary>
    public async Task<WorkflowOptions> CurrentAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return Merge(defaults.CurrentValue, await LatestAsync(db, ct));
    }

    /// <summary>Each setting the secretary may change, its value and where that value comes from. The secretary's to read.</summary>
    public async Task<WorkflowSettingsView> ReadAsync(string actorId, CancellationToken ct = default)
    {
        await AdministratorCheck.EnsureAsync(board, clock, actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await LatestAsync(db, ct);
        var current = Merge(defaults.CurrentValue, latest);
        var levels = Enum.GetValues<ArticleCategory>()
            .Select(category => new CategoryLevelSetting(category, current.CategoryLevel(category),
                defaults.CurrentValue.CategoryLevel(category), latest.ContainsKey(PolicyKey(category))))
            .ToList();
        return new WorkflowSettingsView(levels, current.PublishWithinWorkingDays, defaults.CurrentValue.PublishWithinWorkingDays,
            latest.ContainsKey(PublishWithinWorkingDaysKey), current.HolidayList, latest.ContainsKey(HolidaysKey));
    }

    /// <summary>Who approves items of a category from now on (Điều 12.2). Items already waiting keep their level.</summary>
    public Task ChangeApprovalLevelAsync(string actorId, ArticleCategory category, ApprovalLevel level, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(category) || !Enum.IsDefined(level))
            throw new AccountRefusedException(AccountRefusal.InvalidSetting, AccountMessages.InvalidApprovalLevel);
        return ChangeAsync(actorId, PolicyKey(category), level.ToString(),
            current => current.CategoryLevel(category).ToString(), ct);
    }

    /// <summary>How many working days the secretary has to publish an approved item (Điều 14).</summary>
    public Task ChangePublishWithinWorkingDaysAsync(string actorId, int days, CancellationToken ct = default)
    {
        if (days is < MinPublishWithinWorkingDays or > MaxPublishWithinWorkingDays)
            throw new AccountRefusedException(AccountRefusal.InvalidSetting,
                string.Format(CultureInfo.InvariantCulture, AccountMessages.InvalidPublishWithin, MinPublishWithinWorkingDays, MaxPublishWithinWorkingDays));
        return ChangeAsync(actorId, PublishWithinWorkingDaysKey, days.ToString(CultureInfo.InvariantCulture),
            current => current.PublishWithinWorkingDays.ToString(CultureInfo.InvariantCulture), ct);
    }

    /// <summary>
    /// The public holidays from now on, as the secretary writes them (<see cref="HolidayList"/>): a line
    /// that cannot be read is refused with its number and nothing is stored. Deadlines are counted
    /// with them at every reading, so an item approved before Tết is not overdue over Tết.
    /// </summary>
    public async Task<HolidayList> ChangeHolidaysAsync(string actorId, string text, CancellationToken ct = default)
    {
        await AdministratorCheck.EnsureAsync(board, clock, actorId, ct);
        var holidays = HolidayList.Parse(text);
        await ChangeAsync(actorId, HolidaysKey, holidays.Text, current => current.HolidayList.Text, ct);
        return holidays;
    }

    /// <summary>Every change, newest first, with who made it. The secretary's to read.</summary>
    public async Task<Page<SettingChangeRow>> HistoryAsync(string actorId, int skip, int take, CancellationToken ct = default)
    {
        await AdministratorCheck.EnsureAsync(board, clock, actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var total = await db.SettingChanges.CountAsync(ct);
        var rows = await db.SettingChanges.AsNoTracking()
            .OrderByDescending(c => c.Id)
            .Skip(skip).Take(take)
            .Select(c => new SettingChangeRow(c.Id, c.ChangedAtUtc, c.Key, c.PreviousValue, c.Value,
                db.Users.Where(p => p.Id == c.ChangedById).Select(p => p.FullName).FirstOrDefault()))
            .ToListAsync(ct);
        return new Page<SettingChangeRow>(rows, total);
    }

    public static string PolicyKey(ArticleCategory category) => ApprovalPolicyPrefix + category;

    private async Task ChangeAsync(string actorId, string key, string value, Func<WorkflowOptions, string> valueOf, CancellationToken ct)
    {
        await AdministratorCheck.EnsureAsync(board, clock, actorId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var previous = valueOf(Merge(defaults.CurrentValue, await LatestAsync(db, ct)));
        if (previous == value)
            return;
        db.SettingChanges.Add(new SettingChange(key, value, previous, actorId, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Dictionary<string, string>> LatestAsync(EditorialDbContext db, CancellationToken ct)
    {
        // A handful of rows a year: read them all, the last of each key wins.
        var changes = await db.SettingChanges.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Key, c.Value }).ToListAsync(ct);
        var latest = new Dictionary<string, string>();
        foreach (var change in changes)
            latest[change.Key] = change.Value;
        return latest;
    }

    private static WorkflowOptions Merge(WorkflowOptions defaults, IReadOnlyDictionary<string, string> stored)
    {
        var merged = new WorkflowOptions
        {
            ApprovalPolicy = new Dictionary<ArticleCategory, ApprovalLevel>(defaults.ApprovalPolicy),
            AllowDeputyWhenHeadIsAuthor = defaults.AllowDeputyWhenHeadIsAuthor,
            PublishWithinWorkingDays = defaults.PublishWithinWorkingDays,
            DocumentPublishWithinWorkingDays = defaults.DocumentPublishWithinWorkingDays,
            Holidays = [.. defaults.Holidays],
        };
        foreach (var category in Enum.GetValues<ArticleCategory>())
            if (stored.TryGetValue(PolicyKey(category), out var value) && Enum.TryParse<ApprovalLevel>(value, out var level) && Enum.IsDefined(level))
                merged.ApprovalPolicy[category] = level;
        if (stored.TryGetValue(PublishWithinWorkingDaysKey, out var days) && int.TryParse(days, CultureInfo.InvariantCulture, out var parsed))
            merged.PublishWithinWorkingDays = parsed;
        if (stored.TryGetValue(HolidaysKey, out var holidays))
            merged.Holidays = holidays.Length == 0 ? [] : [.. holidays.Split('\n')];
        return merged;
    }
}

/// <summary>One category's approval level now, what appsettings.json says, and whether the secretary changed it here.</summary>
public sealed record CategoryLevelSetting(ArticleCategory Category, ApprovalLevel Level, ApprovalLevel DefaultLevel, bool ChangedInApp);

public sealed record WorkflowSettingsView(
    IReadOnlyList<CategoryLevelSetting> ApprovalLevels, int PublishWithinWorkingDays, int DefaultPublishWithinWorkingDays,
    bool PublishWithinChangedInApp,
    HolidayList Holidays,
    bool HolidaysChangedInApp);

public sealed record SettingChangeRow(long Id, DateTime ChangedAtUtc, string Key, string? PreviousValue, string Value, string? ChangedByName);
