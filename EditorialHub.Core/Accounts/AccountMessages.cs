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
}
