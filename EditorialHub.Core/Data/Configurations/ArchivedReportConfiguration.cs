using EditorialHub.Core.Board;
using EditorialHub.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class ArchivedReportConfiguration : IEntityTypeConfiguration<ArchivedReport>
{
    public void Configure(EntityTypeBuilder<ArchivedReport> report)
    {
        report.Property(r => r.PeriodKey).HasMaxLength(20).IsRequired();
        report.Property(r => r.Number).HasMaxLength(40).IsRequired();
        report.Property(r => r.Title).HasMaxLength(ArchivedReport.TitleMaxLength).IsRequired();
        report.Property(r => r.PrintedByName).HasMaxLength(200).IsRequired();
        report.Property(r => r.Snapshot).IsRequired();
        report.Property(r => r.Sha256).HasMaxLength(64).IsRequired();
        report.Property(r => r.FileName).HasMaxLength(200).IsRequired();
        // One sequence per calendar year: the database refuses a number given twice, even by two printers at once.
        report.HasIndex(r => new { r.Year, r.Sequence }).IsUnique();
        report.HasIndex(r => new { r.Kind, r.PeriodKey });
        report.HasOne<Person>().WithMany().HasForeignKey(r => r.PrintedById).OnDelete(DeleteBehavior.Restrict);
        report.HasOne<ArchivedReport>().WithMany().HasForeignKey(r => r.CorrectsId).OnDelete(DeleteBehavior.Restrict);
    }
}
