using EditorialHub.Core.Articles;

namespace EditorialHub.Core.Notifications.Email;

/// <summary>
/// A notification as an e-mail, in Vietnamese (the school's language; the app's screens follow each
/// person's choice, a message in a mailbox cannot).
/// </summary>
public static class NotificationEmail
{
    private const string Prefix = "[Ban Biên tập] ";

    public static OutgoingMail Compose(Notification notification, string toAddress, string toName, EmailOptions options)
    {
        var subject = Prefix + Headline(notification) + ": " + notification.Subject;
        var lines = new List<string> { $"Kính gửi {toName},", "", Headline(notification) + ":", $"    {notification.Subject}" };
        if (!string.IsNullOrWhiteSpace(notification.ActorName))
            lines.Add($"Người thực hiện: {notification.ActorName}");
        if (notification.Kind == NotificationKind.QuotaReminder)
            lines.AddRange(["", $"Còn {notification.Number} ngày là hết tháng mà đơn vị chưa có tin bài nào được đăng tính vào chỉ tiêu (Điều 13.3: mỗi tổ chuyên môn ít nhất một tin bài mỗi tháng)."]);
        else if (notification.Kind == NotificationKind.QuotaDigest)
            lines.AddRange(["", $"{notification.Number} đơn vị chưa đạt chỉ tiêu: {notification.Note}"]);
        else if (!string.IsNullOrWhiteSpace(notification.Note))
            lines.AddRange(["", "Ghi chú:", notification.Note]);
        if (!string.IsNullOrWhiteSpace(options.AppAddress))
        {
            var path = notification.ArticleId is { } id ? $"/items/{id}"
                : notification.Kind is NotificationKind.QuotaReminder or NotificationKind.QuotaDigest ? "/quotas"
                : "/notifications";
            lines.AddRange(["", "Xem trên EditorialHub: " + options.AppAddress.TrimEnd('/') + path]);
        }
        lines.AddRange(["", "—", "Thư này được gửi tự động từ EditorialHub, xin đừng trả lời thư."]);
        return new OutgoingMail(toAddress, toName, subject, string.Join("\r\n", lines));
    }

    public static string Headline(Notification notification) => notification.Kind switch
    {
        NotificationKind.ItemSubmitted => "Tin bài mới chờ biên tập",
        NotificationKind.AwaitingYourApproval => "Tin bài chờ bạn duyệt",
        NotificationKind.ReturnedToYou => "Tin bài được trả lại để biên tập tiếp",
        NotificationKind.ReadyToPublish => "Tin bài đã duyệt, chờ đăng",
        NotificationKind.TakeDownRequested => "Đề nghị gỡ bỏ tin bài",
        NotificationKind.RemoveFromPortal => "Tin bài đã bị gỡ bỏ: cần gỡ khỏi Cổng",
        NotificationKind.TakenOver => "Biên tập viên khác đã nhận tin bài bạn đang biên tập",
        NotificationKind.Mentioned => "Bạn được nhắc đến trong một góp ý",
        NotificationKind.CommentForProvider => "Ban Biên tập góp ý về tin bài của bạn",
        NotificationKind.QuotaReminder => "Nhắc chỉ tiêu tin bài tháng",
        NotificationKind.QuotaDigest => "Tổng hợp đơn vị chưa đạt chỉ tiêu tháng",
        NotificationKind.YourItemChanged => notification.Action switch
        {
            ArticleAction.Submit => "Tin bài của bạn đã được gửi Ban Biên tập",
            ArticleAction.Take => "Tin bài của bạn đang được biên tập",
            ArticleAction.SendForApproval => "Tin bài của bạn đã được trình duyệt",
            ArticleAction.ReturnToProvider => "Tin bài của bạn được trả lại để bổ sung, sửa chữa",
            ArticleAction.ReturnToEditor => "Tin bài của bạn được trả lại biên tập viên",
            ArticleAction.Approve => "Tin bài đã được duyệt",
            ArticleAction.Refuse => "Tin bài bị từ chối đăng",
            ArticleAction.Publish => "Tin bài của bạn đã được đăng lên Cổng",
            ArticleAction.GrantTakeDown => "Đề nghị gỡ bỏ đã được chấp thuận",
            ArticleAction.DeclineTakeDown => "Đề nghị gỡ bỏ không được chấp thuận",
            ArticleAction.TakeDown => "Tin bài của bạn đã bị gỡ bỏ",
            _ => "Tin bài của bạn có thay đổi",
        },
        _ => "Thông báo mới",
    };
}
