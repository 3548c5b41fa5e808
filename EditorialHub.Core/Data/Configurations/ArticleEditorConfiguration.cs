using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class ArticleEditorConfiguration : IEntityTypeConfiguration<ArticleEditor>
{
    public void Configure(EntityTypeBuilder<ArticleEditor> editor)
    {
        editor.HasKey(e => new { e.ArticleId, e.PersonId });
        editor.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
