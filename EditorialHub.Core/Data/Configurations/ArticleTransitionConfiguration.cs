using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class ArticleTransitionConfiguration : IEntityTypeConfiguration<ArticleTransition>
{
    public void Configure(EntityTypeBuilder<ArticleTransition> transition)
    {
        transition.Property(t => t.Note).HasMaxLength(2000);
        transition.HasOne<Person>().WithMany().HasForeignKey(t => t.ActorId).OnDelete(DeleteBehavior.Restrict);
        // An item's timeline, and the reports' counts of refusals and take-downs by period.
        transition.HasIndex(t => new { t.ArticleId, t.Id });
        transition.HasIndex(t => new { t.Action, t.AtUtc });
    }
}
