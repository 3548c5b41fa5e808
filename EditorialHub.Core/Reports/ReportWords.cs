using EditorialHub.Core.Articles;

namespace EditorialHub.Core.Reports;

/// <summary>The names the printed report uses. The report is a Vietnamese administrative document, so these are not translated.</summary>
public static class ReportWords
{
    public static string Category(ArticleCategory category) => category switch
    {
        ArticleCategory.Introduction => "Giới thiệu",
        ArticleCategory.News => "Tin tức, sự kiện",
        ArticleCategory.Direction => "Chỉ đạo, điều hành",
        ArticleCategory.Plans => "Chiến lược, kế hoạch",
        ArticleCategory.Documents => "Văn bản",
        ArticleCategory.PublicServices => "Dịch vụ công trực tuyến",
        ArticleCategory.ProfessionalTopics => "Chuyên đề chuyên môn",
        _ => category.ToString(),
    };

    public static string Refusal(RefusalGround ground) => ground switch
    {
        RefusalGround.ContraryToPolicyOrLaw => "Không phù hợp chủ trương, chính sách, pháp luật (khoản 1 Điều 15)",
        RefusalGround.SecretOrNotPublic => "Bí mật nhà nước, chưa được phổ biến công khai (khoản 2 Điều 15)",
        RefusalGround.Untrue => "Không đúng sự thật (khoản 3 Điều 15)",
        RefusalGround.InsufficientQuality => "Không đảm bảo chất lượng (khoản 4 Điều 15)",
        RefusalGround.OtherwiseBarredByLaw => "Pháp luật không cho phép đăng (khoản 5 Điều 15)",
        _ => ground.ToString(),
    };

    public static string TakeDown(TakeDownGround ground) => ground switch
    {
        TakeDownGround.NoLongerTimely => "Không còn phù hợp về thời điểm",
        TakeDownGround.NoLongerAppropriate => "Không còn phù hợp về nội dung",
        TakeDownGround.ProviderAsked => "Theo đề nghị của người cung cấp thông tin",
        _ => ground.ToString(),
    };

    /// <summary>The stages counted in section II, in the workflow's order, with the actions that reach them.</summary>
    public static IReadOnlyList<(string Stage, ArticleAction[] Actions)> Stages { get; } =
    [
        ("Gửi về Ban Biên tập", [ArticleAction.Submit]),
        ("Nhận biên tập", [ArticleAction.Take]),
        ("Trả lại người cung cấp để bổ sung", [ArticleAction.ReturnToProvider]),
        ("Trình duyệt", [ArticleAction.SendForApproval]),
        ("Trả lại biên tập viên chỉnh sửa", [ArticleAction.ReturnToEditor]),
        ("Xin ý kiến Trưởng ban", [ArticleAction.Escalate]),
        ("Được duyệt", [ArticleAction.Approve]),
        ("Được đăng trên Cổng", [ArticleAction.Publish]),
        ("Bị từ chối đăng", [ArticleAction.Refuse]),
        ("Bị gỡ bỏ", [ArticleAction.TakeDown, ArticleAction.GrantTakeDown]),
    ];

    public const string QuotaMet = "Đạt";
    public const string QuotaPending = "Đang xử lý";
    public const string QuotaMissed = "Không đạt";
    public const string QuotaOpen = "Chưa có";
}
