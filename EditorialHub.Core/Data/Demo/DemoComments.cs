using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Comments;

namespace EditorialHub.Core.Data.Demo;

/// <summary>
/// Comments on about a third of the demo items that reached the board: the editor's working notes
/// for the approver (board only), requests to the author marked for the provider (naming them), and
/// the author's replies. Written at times between the item's own steps; deterministic.
/// </summary>
internal static class DemoComments
{
    private static readonly string[] BoardNotes =
    [
        "Số liệu trong bài đã đối chiếu với kế hoạch của tổ. Đề nghị anh xem kỹ đoạn cuối nói về phụ huynh trước khi duyệt.",
        "Ảnh thứ ba có học sinh chưa rõ đã được cha mẹ đồng ý cho đăng chưa; tôi đã tạm bỏ ảnh này khỏi bài.",
        "Tiêu đề gốc hơi dài, tôi đã rút gọn để vừa một dòng trên trang chủ của Cổng.",
        "Bài có nhắc tên khách mời của Sở; đã kiểm tra lại chức danh theo giấy mời.",
    ];

    private static readonly string[] ProviderRequests =
    [
        "Đề nghị tác giả bổ sung họ tên đầy đủ và lớp của các em học sinh được nêu trong bài.",
        "Phần mở đầu đã được biên tập lại cho gọn; tác giả xem giúp các con số đã đúng chưa.",
        "Nếu tổ có ảnh hoạt động rõ nét hơn, đề nghị gửi thêm để bài sinh động hơn.",
    ];

    private static readonly string[] AuthorReplies =
    [
        "Em đã kiểm tra lại, các con số đều đúng. Cảm ơn Ban Biên tập đã chỉnh sửa.",
        "Tổ sẽ gửi bổ sung ảnh trong chiều nay ạ.",
        "Em đã bổ sung tên các em vào cuối bài, nhờ anh xem lại giúp.",
    ];

    public static List<ArticleComment> For(IEnumerable<Article> articles, string deputyId)
    {
        var comments = new List<ArticleComment>();
        var turn = 0;
        foreach (var article in articles.Where(a => a.Transitions.Any(t => t.Action == ArticleAction.Take)).OrderBy(a => a.Id))
        {
            if (turn++ % 3 != 0)
                continue;
            var steps = article.Transitions.OrderBy(t => t.AtUtc).ToList();
            var take = steps.First(t => t.Action == ArticleAction.Take);
            var next = steps.FirstOrDefault(t => t.AtUtc > take.AtUtc)?.AtUtc ?? take.AtUtc.AddHours(3);
            var span = next - take.AtUtc;
            DateTime At(double part) => take.AtUtc + span * part;
            var editor = take.ActorId;

            if (turn % 2 == 0)
            {
                // A request to the author, marked for the provider and naming them, and their reply.
                comments.Add(new ArticleComment(article.Id, editor, ProviderRequests[turn % ProviderRequests.Length],
                    visibleToProvider: true, article.AuthorId, At(0.3)));
                comments.Add(new ArticleComment(article.Id, article.AuthorId, AuthorReplies[turn % AuthorReplies.Length],
                    visibleToProvider: true, null, At(0.6)));
            }
            else
            {
                // The editor's note for the approver, kept within the board.
                var mentioned = steps.Any(t => t.ActorId == deputyId) && editor != deputyId ? deputyId : null;
                comments.Add(new ArticleComment(article.Id, editor, BoardNotes[turn % BoardNotes.Length],
                    visibleToProvider: false, mentioned, At(0.5)));
            }
        }
        return comments;
    }
}
