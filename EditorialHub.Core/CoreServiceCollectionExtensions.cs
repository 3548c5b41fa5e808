using EditorialHub.Core.Accounts;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Articles.Comments;
using EditorialHub.Core.Board;
using EditorialHub.Core.Dashboard;
using EditorialHub.Core.Data;
using EditorialHub.Core.Notifications;
using EditorialHub.Core.Notifications.Email;
using EditorialHub.Core.Notifications.Reminders;
using EditorialHub.Core.Quotas;
using EditorialHub.Core.Reports;
using EditorialHub.Core.Reports.Pdf;
using EditorialHub.Core.Settings;
using EditorialHub.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// The database (SQLite in the data folder), the clock and the core's services. Identity itself
    /// is added by the host, which decides how people sign in.
    /// </summary>
    public static IServiceCollection AddEditorialCore(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var storage = (configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions())
            .ResolvedAgainst(contentRoot);
        services.AddSingleton(storage);
        services.Configure<SchoolOptions>(configuration.GetSection(SchoolOptions.Section));
        services.Configure<WorkflowOptions>(configuration.GetSection(WorkflowOptions.Section));
        services.Configure<AttachmentOptions>(configuration.GetSection(AttachmentOptions.Section));
        services.AddDbContextFactory<EditorialDbContext>(options =>
            options.UseSqlite($"Data Source={storage.DatabaseFile}"));

        var school = configuration.GetSection(SchoolOptions.Section).Get<SchoolOptions>() ?? new SchoolOptions();
        services.AddSingleton<TimeProvider>(new SchoolClock(SchoolClock.Zone(school.TimeZone)));
        services.AddSingleton<BoardDirectory>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<ArticleChangeFeed>();
        services.AddSingleton<ArticleService>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<Articles.Presence.ItemPresence>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<SecurityLog>();
        services.AddSingleton<SignInSessions>();
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<AccountAdministration>();
        services.AddSingleton<UnitAdministration>();
        services.AddSingleton<WorkflowSettings>();
        // Notifications (in the app, live, and by e-mail when a server is set) and comments (issue 4).
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<NotificationBroadcaster>();
        services.AddSingleton<MailQueue>();
        services.AddSingleton<NotificationInbox>();
        services.AddSingleton<CommentService>();
        services.AddSingleton<ArticleNotifier>();
        services.AddHostedService(provider => provider.GetRequiredService<ArticleNotifier>());
        services.AddSingleton<MailDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<MailDispatcher>());
        services.AddSingleton<QuotaReminderService>();
        services.AddHostedService<QuotaReminderWorker>();
        // Quotas (issue 5): the calculator the board, the dashboard and the reports share; the secretary's settings.
        services.AddSingleton<QuotaService>();
        services.AddSingleton<QuotaSettingsService>();
        // The board's reports (issue 6).
        services.AddSingleton<ReportBuilder>();
        services.AddSingleton<IReportRenderer, PdfReportRenderer>();
        services.AddSingleton<ReportService>();
        return services;
    }
}
