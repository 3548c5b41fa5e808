using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength).IsRequired();
        article.Property(a => a.Summary).HasMaxLength(Article.SummaryMaxLength).IsRequired();
        article.Property(a => a.Body).IsRequired();
        article.Property(a => a.Source).HasMaxLength(500);
        article.Property(a => a.DocumentNumber).HasMaxLength(100);
        article.Property(a => a.DocumentIssuingBody).HasMaxLength(300);
        article.Property(a => a.DocumentSummary).HasMaxLength(1000);
        article.Property(a => a.PortalUrl).HasMaxLength(1000);
        article.Property(a => a.TakeDownRequestNote).HasMaxLength(2000);
        // SQLite cannot generate a rowversion: the entity sets a new Guid on every change.
        article.Property(a => a.Version).IsConcurrencyToken();
        article.Ignore(a => a.HasPendingTakeDownRequest);
        article.Ignore(a => a.AwaitsRemovalFromPortal);
        article.Ignore(a => a.Content);

        article.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        article.HasOne<Person>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Restrict);
        article.HasOne<Person>().WithMany().HasForeignKey(a => a.AssignedEditorId).OnDelete(DeleteBehavior.Restrict);

        article.HasMany(a => a.Editors).WithOne().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // History and revisions outlive everything: deleting an item that has them fails.
        article.HasMany(a => a.Transitions).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Restrict);
        article.HasMany(a => a.Revisions).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Restrict);
        article.Navigation(a => a.Editors).UsePropertyAccessMode(PropertyAccessMode.Field);
        article.Navigation(a => a.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        article.Navigation(a => a.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The lists: by state (editing, approvals, publishing), by unit (submissions, quota), by publication (portal, reports).
        article.HasIndex(a => new { a.State, a.UpdatedAtUtc });
        article.HasIndex(a => new { a.UnitId, a.State });
        article.HasIndex(a => a.PublishedAtUtc);
        article.HasIndex(a => a.AuthorId);
        // Measured with 20,000 items (EditorialHub.Benchmarks, ListPagesBenchmark): the lists read
        // newest first; these let SQLite walk the order instead of sorting every matching row.
        article.HasIndex(a => a.UpdatedAtUtc);
        article.HasIndex(a => new { a.UnitId, a.UpdatedAtUtc });
    }
}
