namespace EditorialHub.Core.Reports;

/// <summary>The Vietnamese words of the reports feature: refusals, and the names the report prints.</summary>
public static class ReportMessages
{
    public const string NotAllowedToView = "Bạn không có quyền xem báo cáo của Ban Biên tập.";
    public const string NotAllowedToPrint = "Chỉ Trưởng ban, Phó trưởng ban hoặc Thư ký Ban Biên tập mới được in (ban hành) báo cáo.";
    public const string UnknownSemester = "Học kỳ phải là 1 hoặc 2.";
    public const string NotFound = "Không tìm thấy báo cáo này trong lưu trữ.";
    public const string ProposalsTooLong = "Phần đề xuất, kiến nghị quá dài (tối đa 8.000 ký tự).";
    public const string NoSigner = "Chưa có Trưởng ban của năm học này để ký báo cáo. Thư ký phân công Trưởng ban (trang Quản trị, thẻ “Ban Biên tập”) hoặc đặt School:ReportSigner trong appsettings.json.";

    public const string NoDeputy = "Năm học này chưa có Phó trưởng ban để ký thay. Chọn Trưởng ban ký, hoặc thư ký phân công Phó trưởng ban (trang Quản trị, thẻ “Ban Biên tập”).";

    public const string CommandUsage =
        "Cách dùng: report monthly YYYY-MM | report semester YYYY-YYYY 1|2 | report annual YYYY-YYYY, kèm --out <tệp.pdf> (thêm --deputy nếu Phó trưởng ban ký thay). "
        + "Ví dụ: report monthly 2026-11 --out bao-cao-11-2026.pdf";

    public static string UnknownSchoolYear(string name) =>
        $"Chưa có năm học {name} trong hệ thống. Thư ký nhập năm học (ngày khai giảng, kết thúc học kỳ I, kết thúc năm học) trước khi in báo cáo.";

    public static string ArchivedFileChanged(string number) =>
        $"Tệp lưu trữ của báo cáo số {number} không còn khớp với mã SHA-256 đã ghi khi in; không thể in lại bản gốc. Hãy khôi phục thư mục dữ liệu từ bản sao lưu.";
}
