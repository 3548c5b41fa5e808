using EditorialHub.Core.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class SchoolYearConfiguration : IEntityTypeConfiguration<SchoolYear>
{
    public void Configure(EntityTypeBuilder<SchoolYear> year)
    {
        year.Property(y => y.Name).HasMaxLength(20).IsRequired();
        year.HasIndex(y => y.Name).IsUnique();
        year.HasIndex(y => y.Starts);
    }
}
