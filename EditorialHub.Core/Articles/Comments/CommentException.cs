namespace EditorialHub.Core.Articles.Comments;

/// <summary>A comment refused; the page shows <see cref="Exception.Message"/> (Vietnamese).</summary>
public sealed class CommentException(string message) : Exception(message)
{
    public const string CannotComment = "Bạn không có quyền góp ý về tin bài này.";
    public const string BodyRequired = "Hãy viết nội dung góp ý.";
    public static readonly string BodyTooLong = $"Góp ý dài quá {ArticleComment.BodyMaxLength} ký tự; hãy viết ngắn lại.";
    public const string CannotMention = "Người được nhắc đến không xem được góp ý này (góp ý chỉ dành cho Ban Biên tập, hoặc người đó không xem được tin bài).";
}
