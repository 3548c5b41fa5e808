using EditorialHub.Core.Board;
using EditorialHub.Core.Quotas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class QuotaTargetConfiguration : IEntityTypeConfiguration<QuotaTarget>
{
    public void Configure(EntityTypeBuilder<QuotaTarget> target)
    {
        target.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        target.HasOne<Person>().WithMany().HasForeignKey(t => t.SetById).OnDelete(DeleteBehavior.Restrict);
        target.HasIndex(t => new { t.UnitId, t.FromMonth });
    }
}
