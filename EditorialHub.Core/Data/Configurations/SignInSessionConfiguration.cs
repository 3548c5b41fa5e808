using EditorialHub.Core.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> session)
    {
        session.HasKey(s => s.Key);
        session.Property(s => s.Key).HasMaxLength(64);
        // No foreign key: ending sessions is the accounts' work, and a deleted row is all it takes.
        session.HasIndex(s => s.PersonId);
        session.HasIndex(s => s.ExpiresAtUtc);
    }
}
