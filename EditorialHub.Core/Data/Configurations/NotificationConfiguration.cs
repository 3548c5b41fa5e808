using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.Subject).HasMaxLength(Notification.SubjectMaxLength).IsRequired();
        notification.Property(n => n.ActorName).HasMaxLength(Notification.NameMaxLength).IsRequired();
        notification.Property(n => n.Note).HasMaxLength(Notification.NoteMaxLength);
        notification.Ignore(n => n.IsRead);
        // The bell's count and the list: one person's, newest first.
        notification.HasIndex(n => new { n.RecipientId, n.ReadAtUtc });
        notification.HasIndex(n => new { n.RecipientId, n.Id });
        notification.HasOne<Person>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Restrict);
        notification.HasOne<Article>().WithMany().HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.Restrict);
    }
}
