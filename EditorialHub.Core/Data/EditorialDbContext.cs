using EditorialHub.Core.Accounts;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Articles.Comments;
using EditorialHub.Core.Board;
using EditorialHub.Core.Notifications;
using EditorialHub.Core.Notifications.Reminders;
using EditorialHub.Core.Quotas;
using EditorialHub.Core.Reports;
using EditorialHub.Core.Search;
using EditorialHub.Core.Settings;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Core.Data;

public sealed class EditorialDbContext(DbContextOptions<EditorialDbContext> options)
    : IdentityDbContext<Person>(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<SchoolYear> SchoolYears => Set<SchoolYear>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleEditor> ArticleEditors => Set<ArticleEditor>();
    public DbSet<ArticleTransition> ArticleTransitions => Set<ArticleTransition>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<SettingChange> SettingChanges => Set<SettingChange>();
    // Notifications and comments (issue 4).
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ArticleComment> ArticleComments => Set<ArticleComment>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    // Quotas (issue 5): targets per unit from a month on.
    public DbSet<QuotaTarget> QuotaTargets => Set<QuotaTarget>();
    // Reports (issue 6): the archive of printed reports.
    public DbSet<ArchivedReport> ArchivedReports => Set<ArchivedReport>();

    // The search form's SQL function on every connection, whoever built the options (the app, the tests).
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(SearchFormFunction.Instance);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EditorialDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewritingHistory();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewritingHistory();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The history of transitions, the revisions, the comments, the settings' history, the account record
    // and the archive of printed reports are records: added, never updated or deleted (DOMAIN.md, "How";
    // issue 3 for the account record and the settings' history; issue 6 for the reports).
    private void RefuseRewritingHistory()
    {
        ChangeTracker.DetectChanges();
        var rewritten = ChangeTracker.Entries()
            .Where(entry => entry.Entity is ArticleTransition or ArticleRevision or SecurityEvent or SettingChange
                or ArticleComment or ArchivedReport)
            .Any(entry => entry.State is EntityState.Modified or EntityState.Deleted);
        if (rewritten)
            throw new InvalidOperationException(
                "Histories, revisions, comments, setting changes, the account record and archived reports are append-only.");
    }
}
