using EditorialHub.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> entry)
    {
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Address).HasMaxLength(64);
        entry.Property(e => e.Detail).HasMaxLength(500);
        // No foreign keys: the record outlives whatever it mentions, and names typed at a failed
        // sign-in belong to no account.
        entry.HasIndex(e => e.PersonId);
        entry.HasIndex(e => e.OccurredAtUtc);
    }
}
