using EditorialHub.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class SignInFailuresConfiguration : IEntityTypeConfiguration<SignInFailures>
{
    public void Configure(EntityTypeBuilder<SignInFailures> failures)
    {
        // Keyed by the name as typed (normalized), not by an account: unknown names count the same.
        failures.HasKey(f => f.NormalizedName);
        failures.Property(f => f.NormalizedName).HasMaxLength(256);
        failures.HasIndex(f => f.LastFailureAtUtc);
    }
}
