using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> attachment)
    {
        attachment.Property(a => a.FileName).HasMaxLength(Attachment.FileNameMaxLength).IsRequired();
        attachment.Property(a => a.ContentType).HasMaxLength(Attachment.ContentTypeMaxLength).IsRequired();
        attachment.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        attachment.Property(a => a.StoredName).HasMaxLength(Attachment.StoredNameMaxLength).IsRequired();
        attachment.Property(a => a.AltText).HasMaxLength(Attachment.AltTextMaxLength);
        attachment.HasIndex(a => a.StoredName).IsUnique();
        attachment.HasIndex(a => a.ArticleId);

        // An item with attachments is never deleted (its history forbids it anyway); a file is removed
        // through the service, which deletes the row and then the file.
        attachment.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Restrict);
        attachment.HasOne<Person>().WithMany().HasForeignKey(a => a.UploadedById).OnDelete(DeleteBehavior.Restrict);
    }
}
