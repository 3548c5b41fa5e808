using EditorialHub.Core.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class SettingChangeConfiguration : IEntityTypeConfiguration<SettingChange>
{
    public void Configure(EntityTypeBuilder<SettingChange> change)
    {
        change.Property(c => c.Key).HasMaxLength(100).IsRequired();
        change.Property(c => c.Value).HasMaxLength(100).IsRequired();
        change.Property(c => c.PreviousValue).HasMaxLength(100);
        change.Property(c => c.ChangedById).HasMaxLength(450).IsRequired();
        // No foreign key: like the account record, the history outlives the people it names.
        change.HasIndex(c => c.Key);
    }
}
