using EditorialHub.Core.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> assignment)
    {
        assignment.HasIndex(a => new { a.SchoolYearId, a.PersonId, a.Role }).IsUnique();
        assignment.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        assignment.HasOne(a => a.SchoolYear).WithMany().HasForeignKey(a => a.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
    }
}
