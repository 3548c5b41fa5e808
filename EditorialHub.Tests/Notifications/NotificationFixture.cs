using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Comments;
using EditorialHub.Core.Notifications;
using EditorialHub.Core.Notifications.Email;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Notifications;

/// <summary>
/// The demo school on real SQLite with the notifier listening to the workflow, as the app's host
/// starts it; with e-mail settings (<c>EmailSettings</c>), the mail dispatcher sends too.
/// </summary>
public class NotificationFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _ids = [];

    internal TestDatabase Database { get; private set; } = null!;
    public ArticleService Articles => Database.Services.GetRequiredService<ArticleService>();
    public NotificationInbox Notifications => Database.Services.GetRequiredService<NotificationInbox>();
    public NotificationBroadcaster Broadcaster => Database.Services.GetRequiredService<NotificationBroadcaster>();
    public CommentService Comments => Database.Services.GetRequiredService<CommentService>();
    public int MathsUnit { get; private set; }

    protected virtual Task<IDictionary<string, string?>?> EmailSettingsAsync() => Task.FromResult<IDictionary<string, string?>?>(null);

    public virtual async Task InitializeAsync()
    {
        Database = TestDatabase.Create(FixedClock.At(2026, 11, 20), await EmailSettingsAsync());
        await Database.InitializeAsync(demo: true);
        await Database.Services.GetRequiredService<ArticleNotifier>().StartAsync(CancellationToken.None);
        await Database.Services.GetRequiredService<MailDispatcher>().StartAsync(CancellationToken.None);
        await using var db = await Database.Contexts.CreateDbContextAsync();
        foreach (var person in await db.Users.Select(p => new { p.UserName, p.Id }).ToListAsync())
            _ids[person.UserName!] = person.Id;
        MathsUnit = await db.Users.Where(p => p.UserName == "gv.toan1").Select(p => p.UnitId!.Value).SingleAsync();
    }

    public string Id(string userName) => _ids[userName];

    /// <summary>A new item of Tổ Toán – Tin học by gv.toan1, sent to the board.</summary>
    public async Task<int> SubmittedItemAsync(string title)
    {
        var content = new ArticleContent(title, "Tổ Toán – Tin học tổ chức hội giảng.", "<p>Sáu tiết dạy tốt.</p>",
            ArticleCategory.News, ArticleKind.ActivityReport, ArticleFlags.None, new DateOnly(2026, 11, 18));
        var item = await Articles.CreateDraftAsync(Id("gv.toan1"), MathsUnit, content);
        await Articles.SubmitAsync(item.Id, Id("gv.toan1"));
        return item.Id;
    }

    public async Task<IReadOnlyList<NotificationView>> LatestAsync(string userName, int count = 20) =>
        (await Notifications.ListAsync(Id(userName), new PageRequest(0, count))).Items;

    public virtual async Task DisposeAsync()
    {
        await Database.Services.GetRequiredService<MailDispatcher>().StopAsync(CancellationToken.None);
        await Database.DisposeAsync();
    }
}
