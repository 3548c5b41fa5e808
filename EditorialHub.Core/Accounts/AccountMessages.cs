namespace EditorialHub.Core.Accounts;

/// <summary>Why the core refused an account operation, as the secretary reads it.</summary>
internal static class AccountMessages
{
    public const string NotAllowed = "Chỉ thư ký Ban Biên tập (phụ trách CNTT) được quản lý tài khoản.";
    public const string NotFound = "Không tìm thấy tài khoản này. Có thể nó vừa bị thay đổi; hãy tải lại danh sách.";
    public const string InvalidUserName = "Tên đăng nhập gồm 3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (ví dụ: gv.toan5).";
    public const string UserNameTaken = "Tên đăng nhập \"{0}\" đã có người dùng. Hãy chọn tên khác.";
    public const string MissingFullName = "Hãy nhập họ và tên (tối đa 200 ký tự).";
    public const string InvalidEmail = "Địa chỉ e-mail không hợp lệ.";
    public const string EmailTaken = "Địa chỉ e-mail này đã thuộc về một tài khoản khác.";
    public const string UnknownUnit = "Tổ/đơn vị đã chọn không còn hoạt động.";
    public const string OwnAccount = "Bạn không thể tự khóa tài khoản của chính mình.";
    public const string LastSecretary = "Đây là thư ký duy nhất của năm học: cần có thư ký khác trước khi khóa tài khoản hoặc bỏ vai trò này.";
    public const string RoleNotAssignable = "Thành viên tổ được xác định theo tổ của người đó, không gán riêng.";
    public const string NoUnit = "không thuộc tổ";
    public const string FieldFullName = "Họ và tên";
    public const string FieldEmail = "E-mail";
    public const string FieldUnit = "Tổ/đơn vị";
    public const string FieldJobTitle = "Chức vụ";
    public const string InvalidJobTitle = "Chức vụ, công việc tối đa 200 ký tự.";
    public const string UnknownSchoolYear = "Không tìm thấy năm học này. Hãy tải lại trang.";
    public const string SchoolYearEnded = "Năm học {0} đã kết thúc: danh sách vai trò của năm đó được giữ nguyên như đã quyết định, không sửa nữa.";
    public const string InvalidUnitName = "Hãy nhập tên tổ/đơn vị (tối đa 200 ký tự).";
    public const string UnitNameTaken = "Đã có tổ/đơn vị tên \"{0}\". Hãy chọn tên khác.";
    public const string InvalidUnitKind = "Hãy chọn loại tổ/đơn vị.";
    public const string UnitNotFound = "Không tìm thấy tổ/đơn vị này. Hãy tải lại danh sách.";
    public const string UnitHasPeople = "Chưa thể ngừng hoạt động \"{0}\": còn {1} người đang hoạt động thuộc tổ này. Hãy chuyển họ sang tổ khác (tab Tài khoản, nút Sửa) trước.";
    public const string UnitHasItems = "Chưa thể ngừng hoạt động \"{0}\": còn {1} tin bài của tổ đang trong quy trình (dự thảo, chờ biên tập, chờ duyệt hoặc chờ đăng). Hãy xử lý xong các tin bài đó trước.";
    public const string InvalidApprovalLevel = "Mức duyệt không hợp lệ.";
    public const string InvalidPublishWithin = "Thời hạn đăng là số ngày làm việc từ {0} đến {1}.";
    public const string HolidayUnreadable = "Dòng {0} (“{1}”): không đọc được ngày. Mỗi dòng ghi một ngày theo dạng ngày/tháng/năm, ví dụ 30/04/2027, hoặc một khoảng như 05/02/2027 - 11/02/2027, rồi tên ngày nghỉ nếu muốn.";
    public const string HolidayEndsBeforeStart = "Dòng {0} (“{1}”): ngày cuối đứng trước ngày đầu. Ghi ngày đầu trước, ví dụ 05/02/2027 - 11/02/2027.";
    public const string HolidayTooLong = "Dòng {0} (“{1}”): một đợt nghỉ dài quá {2} ngày. Chỉ ghi các ngày nghỉ lễ, Tết; nghỉ hè không cần ghi.";
    public const string HolidaysTooMany = "Danh sách chỉ ghi được tối đa {0} dòng.";
}
