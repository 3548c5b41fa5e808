using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.Property(r => r.Title).HasMaxLength(Article.TitleMaxLength).IsRequired();
        revision.Property(r => r.Summary).HasMaxLength(Article.SummaryMaxLength).IsRequired();
        revision.Property(r => r.Body).IsRequired();
        revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        revision.HasOne<Person>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}
