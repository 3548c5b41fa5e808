using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Comments;
using EditorialHub.Core.Board;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EditorialHub.Core.Data.Configurations;

internal sealed class ArticleCommentConfiguration : IEntityTypeConfiguration<ArticleComment>
{
    public void Configure(EntityTypeBuilder<ArticleComment> comment)
    {
        comment.Property(c => c.Body).HasMaxLength(ArticleComment.BodyMaxLength).IsRequired();
        comment.HasIndex(c => new { c.ArticleId, c.Id });
        comment.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<Person>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne<Person>().WithMany().HasForeignKey(c => c.MentionedPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
