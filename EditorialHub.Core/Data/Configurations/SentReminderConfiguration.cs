using EditorialHub.Core.Notifications.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> reminder)
    {
        reminder.Property(r => r.Key).HasMaxLength(SentReminder.KeyMaxLength).IsRequired();
        // Sent once: a second row with the same key is refused by the database itself.
        reminder.HasIndex(r => r.Key).IsUnique();
    }
}
