namespace EditorialHub.Core.Quotas;

/// <summary>A quota operation the core refused, with the reason in words the person reads.</summary>
public sealed class QuotaRefusedException(QuotaRefusal reason, string message) : Exception(message)
{
    public QuotaRefusal Reason { get; } = reason;
}

public enum QuotaRefusal
{
    NotAllowed,
    NotFound,
    InvalidDates,
    OverlappingYear,
    InvalidTarget,
    PastMonth,
}

/// <summary>Refusals as people read them.</summary>
internal static class QuotaMessages
{
    public const string CannotView = "Bạn không có quyền xem chỉ tiêu tin bài.";
    public const string OnlyOwnUnit = "Bạn chỉ xem được chỉ tiêu của tổ/đơn vị mình.";
    public const string OnlyBoard = "Chỉ Ban Biên tập và Hiệu trưởng xem được bảng chỉ tiêu của toàn trường.";
    public const string OnlySecretary = "Chỉ thư ký Ban Biên tập được thay đổi năm học và chỉ tiêu.";
    public const string YearNotFound = "Không tìm thấy năm học này. Hãy tải lại trang.";
    public const string UnitNotFound = "Không tìm thấy tổ/đơn vị này hoặc tổ/đơn vị đã ngừng hoạt động.";
    public const string DatesOutOfOrder = "Ngày khai giảng phải trước ngày kết thúc học kỳ I, và ngày này phải trước ngày kết thúc năm học; năm học dài không quá 12 tháng.";
    public const string Overlapping = "Ngày của năm học này trùng với năm học {0}.";
    public const string TargetOutOfRange = "Chỉ tiêu là số tin bài mỗi tháng, từ 0 đến 20.";
    public const string TargetInPast = "Chỉ tiêu chỉ thay đổi được từ tháng này trở đi; kết quả các tháng đã qua được giữ nguyên.";
}
