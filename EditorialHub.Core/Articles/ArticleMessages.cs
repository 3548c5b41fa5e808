using EditorialHub.Core.Articles.Publishing;

namespace EditorialHub.Core.Articles;

/// <summary>
/// Every Vietnamese text the workflow shows, in one place: names of states and actions, and the
/// reasons for a refusal (the UI shows them as they are; the board works in Vietnamese).
/// </summary>
public static class ArticleMessages
{
    public static string StateName(ArticleState state) => state switch
    {
        ArticleState.Draft => "Dự thảo",
        ArticleState.Submitted => "Đã gửi",
        ArticleState.Editing => "Đang biên tập",
        ArticleState.AwaitingApproval => "Chờ duyệt",
        ArticleState.Approved => "Đã duyệt",
        ArticleState.Published => "Đã đăng",
        ArticleState.Refused => "Từ chối đăng",
        ArticleState.TakenDown => "Đã gỡ bỏ",
        ArticleState.CorrectionEditing => "Đang sửa bản đã đăng",
        ArticleState.CorrectionAwaitingApproval => "Bản sửa chờ duyệt",
        ArticleState.CorrectionApproved => "Bản sửa đã duyệt",
        _ => state.ToString(),
    };

    public static string ActionName(ArticleAction action) => action switch
    {
        ArticleAction.Submit => "gửi Ban Biên tập",
        ArticleAction.Take => "nhận biên tập",
        ArticleAction.SaveEdit => "lưu thay đổi",
        ArticleAction.SendForApproval => "trình duyệt",
        ArticleAction.ReturnToProvider => "trả lại người cung cấp",
        ArticleAction.ReturnToEditor => "trả lại biên tập viên",
        ArticleAction.Escalate => "xin ý kiến Trưởng ban",
        ArticleAction.Approve => "duyệt",
        ArticleAction.Refuse => "từ chối đăng",
        ArticleAction.Publish => "đăng lên Cổng",
        ArticleAction.RequestTakeDown => "đề nghị gỡ bỏ",
        ArticleAction.GrantTakeDown => "chấp thuận gỡ bỏ",
        ArticleAction.DeclineTakeDown => "không chấp thuận gỡ bỏ",
        ArticleAction.TakeDown => "gỡ bỏ",
        ArticleAction.StartCorrection => "sửa bản đã đăng",
        ArticleAction.DiscardCorrection => "hủy bản sửa",
        ArticleAction.ConfirmRemovedFromPortal => "xác nhận đã gỡ khỏi Cổng",
        _ => action.ToString(),
    };

    public static string LevelName(ApprovalLevel level) => level switch
    {
        ApprovalLevel.Editor => "Biên tập viên",
        ApprovalLevel.Deputy => "Phó trưởng ban",
        ApprovalLevel.Head => "Trưởng ban",
        _ => level.ToString(),
    };

    public static string NotAllowedInState(ArticleAction action, ArticleState state) =>
        $"Không thể {ActionName(action)} khi tin bài đang ở trạng thái “{StateName(state)}”.";

    /// <summary>Who may take <paramref name="action"/>: the message when none of the actor's roles may.</summary>
    public static string WhoMay(ArticleAction action) => action switch
    {
        ArticleAction.Submit => "Chỉ tác giả hoặc thành viên đơn vị cung cấp thông tin mới được gửi tin bài.",
        ArticleAction.Take => "Chỉ Biên tập viên mới được nhận biên tập tin bài.",
        ArticleAction.SaveEdit => "Chỉ người cung cấp (khi là dự thảo) hoặc biên tập viên đang giữ bài (khi đang biên tập) mới được sửa tin bài.",
        ArticleAction.SendForApproval => "Chỉ Biên tập viên mới được trình duyệt tin bài.",
        ArticleAction.ReturnToProvider => "Chỉ Biên tập viên mới được trả lại tin bài cho người cung cấp.",
        ArticleAction.ReturnToEditor => "Chỉ người duyệt (Biên tập viên, Phó trưởng ban, Trưởng ban) mới được trả lại tin bài cho biên tập viên.",
        ArticleAction.Escalate => "Chỉ Phó trưởng ban mới được xin ý kiến Trưởng ban.",
        ArticleAction.Approve => "Chỉ Biên tập viên, Phó trưởng ban hoặc Trưởng ban mới được duyệt tin bài.",
        ArticleAction.Refuse => "Chỉ Biên tập viên hoặc người duyệt mới được từ chối đăng tin bài.",
        ArticleAction.Publish => "Chỉ Thư ký Ban Biên tập mới được đăng tin bài lên Cổng.",
        ArticleAction.RequestTakeDown => "Chỉ người cung cấp thông tin hoặc Biên tập viên mới được đề nghị gỡ bỏ tin bài.",
        ArticleAction.GrantTakeDown or ArticleAction.DeclineTakeDown => "Chỉ Trưởng ban mới được quyết định việc gỡ bỏ tin bài.",
        ArticleAction.TakeDown => "Chỉ Trưởng ban mới được gỡ bỏ tin bài.",
        ArticleAction.StartCorrection => "Chỉ Biên tập viên mới được mở bản sửa của tin bài đã đăng.",
        ArticleAction.DiscardCorrection => "Chỉ biên tập viên đang giữ bản sửa hoặc người duyệt mới được hủy bản sửa.",
        ArticleAction.ConfirmRemovedFromPortal => "Chỉ Thư ký Ban Biên tập mới được xác nhận đã gỡ tin bài khỏi Cổng.",
        _ => "Bạn không có quyền thực hiện thao tác này.",
    };

    public const string NotProvider = "Chỉ tác giả hoặc thành viên của đơn vị cung cấp tin bài mới được làm việc này.";
    public const string NotProviderNorEditor = "Chỉ tác giả, thành viên của đơn vị cung cấp tin bài hoặc Biên tập viên mới được đề nghị gỡ bỏ.";
    public const string NotHoldingEditor = "Tin bài đang do biên tập viên khác biên tập.";
    public const string AlreadyHolding = "Bạn đang biên tập tin bài này.";
    public const string FourEyes = "Bạn không được quyết định duyệt tin bài do chính mình viết hoặc biên tập (nguyên tắc bốn mắt).";

    public static string LevelTooLow(ApprovalLevel level) =>
        $"Tin bài này thuộc thẩm quyền duyệt của {LevelName(level)}; bạn không đủ thẩm quyền.";

    public const string AlreadyHeadLevel = "Tin bài đã thuộc thẩm quyền duyệt của Trưởng ban.";
    public const string TakeDownAlreadyRequested = "Tin bài đã có đề nghị gỡ bỏ đang chờ Trưởng ban quyết định.";
    public const string DraftEverSubmitted = "Chỉ xóa được bản nháp chưa từng gửi Ban Biên tập. Tin bài đã gửi được giữ lại cùng lịch sử của nó.";
    public const string NotDraftAuthor = "Chỉ người viết bản nháp mới được xóa bản nháp đó.";
    public const string AlreadyRemovedFromPortal = "Thư ký đã xác nhận gỡ tin bài này khỏi Cổng.";
    public const string NoTakeDownRequest = "Tin bài không có đề nghị gỡ bỏ nào đang chờ quyết định.";
    public const string NoteRequired = "Cần ghi rõ lý do hoặc nội dung cần sửa (ghi chú).";
    public const string RefusalGroundRequired = "Cần chọn một căn cứ từ chối đăng theo Điều 15.";
    public const string TakeDownGroundRequired = "Cần chọn một căn cứ gỡ bỏ theo khoản 4 Điều 12.";
    public const string PortalAddressRequired = "Cần nhập địa chỉ (http hoặc https) của bài đã đăng trên Cổng.";
    public const string TitleRequired = "Tin bài cần có tiêu đề.";
    public const string TitleTooLong = "Tiêu đề dài quá 300 ký tự.";
    public const string SummaryTooLong = "Tóm tắt dài quá 1000 ký tự.";
    public const string BodyTooLarge =
        "Nội dung tin bài quá dài để lưu: tối đa 100.000 ký tự chữ và định dạng, 3 triệu ký tự kể cả ảnh dán thẳng vào bài. "
        + "Hãy chia thành nhiều tin bài hoặc đưa ảnh thành tệp đính kèm; bản đã lưu trước đó vẫn giữ nguyên.";
    public const string UnknownCategory = "Chuyên mục hoặc loại tin bài không hợp lệ.";
    public const string DocumentFieldsRequired = "Văn bản cần có số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu.";
    public const string Concurrency = "Tin bài vừa được người khác lưu thay đổi. Nội dung của bạn chưa được lưu và vẫn còn trên màn hình; hãy mở bản mới nhất rồi áp dụng lại thay đổi.";
    public const string NotFound = "Không tìm thấy tin bài.";
    public const string RevisionNotFound = "Không tìm thấy bản đã lưu cần so sánh.";
    public const string CannotExport = "Chỉ Thư ký Ban Biên tập mới được tải bản sao để đăng, khi tin bài đã duyệt hoặc đã đăng.";

    public static string ChecklistUnmet(IEnumerable<ChecklistItem> unmet) =>
        $"Tin bài chưa đạt bảng kiểm trước khi đăng ({string.Join(", ", unmet.Select(PublishChecklist.Name))}). "
        + "Hãy sửa, hoặc ghi rõ lý do vẫn đăng.";

    /// <summary>The history's note when the secretary publishes with unmet lines.</summary>
    public static string PublishedUnchecked(IEnumerable<ChecklistItem> unmet, string reason) =>
        $"Đăng khi chưa đạt: {string.Join(", ", unmet.Select(PublishChecklist.Name))}. Lý do: {reason}";
    public const string CannotRead = "Bạn không có quyền xem tin bài này.";
    public const string CannotCreateForUnit = "Bạn chỉ được viết tin bài cho đơn vị của mình.";
    public const string UnknownUnit = "Đơn vị cung cấp thông tin không tồn tại hoặc đã ngừng hoạt động.";
    public const string NoRoles = "Tài khoản của bạn không giữ vai trò nào trong năm học hiện tại.";
}
