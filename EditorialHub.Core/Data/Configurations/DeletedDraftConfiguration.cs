using EditorialHub.Core.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class DeletedDraftConfiguration : IEntityTypeConfiguration<DeletedDraft>
{
    public void Configure(EntityTypeBuilder<DeletedDraft> deleted)
    {
        deleted.Property(d => d.Title).HasMaxLength(Article.TitleMaxLength).IsRequired();
        deleted.Property(d => d.AuthorId).HasMaxLength(450).IsRequired();
        deleted.Property(d => d.DeletedById).HasMaxLength(450).IsRequired();
        // No foreign key: like the account record, the record outlives the item and the people it names.
        deleted.HasIndex(d => d.DeletedAtUtc);
    }
}
