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
    // Open sign-ins kept on the server, and wrong passwords per sign-in name (docs/decisions/0008-sign-in-throttling.md).
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<SignInFailures> SignInFailures => Set<SignInFailures>();
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
    // Drafts their authors deleted before ever sending them.
    public DbSet<DeletedDraft> DeletedDrafts => Set<DeletedDraft>();

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
    //
    // One exception: a draft never sent to the board may be deleted by its author, and its own working
    // history and revisions go with it, only in the same save that deletes the draft and adds its
    // DeletedDraft record (ArticleService.DeleteDraftAsync).
    private void RefuseRewritingHistory()
    {
        ChangeTracker.DetectChanges();
        var recorded = ChangeTracker.Entries<DeletedDraft>().Where(entry => entry.State == EntityState.Added)
            .Select(entry => entry.Entity.ArticleId).ToHashSet();
        var deletedDrafts = ChangeTracker.Entries<Article>()
            .Where(entry => entry.State == EntityState.Deleted
                && entry.OriginalValues.GetValue<ArticleState>(nameof(Article.State)) == ArticleState.Draft
                && entry.OriginalValues.GetValue<DateTime?>(nameof(Article.SubmittedAtUtc)) is null
                && recorded.Contains(entry.Entity.Id))
            .Select(entry => entry.Entity.Id).ToHashSet();
        bool GoesWithDeletedDraft(object entity) => entity switch
        {
            ArticleTransition transition => deletedDrafts.Contains(transition.ArticleId),
            ArticleRevision revision => deletedDrafts.Contains(revision.ArticleId),
            ArticleComment comment => deletedDrafts.Contains(comment.ArticleId),
            _ => false,
        };
        var rewritten = ChangeTracker.Entries()
            .Where(entry => entry.Entity is ArticleTransition or ArticleRevision or SecurityEvent or SettingChange
                or ArticleComment or ArchivedReport or DeletedDraft)
            .Any(entry => entry.State is EntityState.Modified
                || (entry.State is EntityState.Deleted && !GoesWithDeletedDraft(entry.Entity)));
        if (rewritten)
            throw new InvalidOperationException(
                "Histories, revisions, comments, setting changes, the account record and archived reports are append-only.");
    }
}
