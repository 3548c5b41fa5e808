using System.Globalization;

namespace EditorialHub.Core.Articles.Attachments;

/// <summary>Why an upload was refused, in the board's words: what the file really is and what to do.</summary>
public static class AttachmentMessages
{
    public const string Accepted =
        "tài liệu (pdf, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp), ảnh (png, jpg, gif, webp) và video (mp4, webm)";

    public const string NameRequired = "Tệp cần có tên, ví dụ «ke-hoach-hoi-giang.pdf».";
    public const string NotFound = "Không tìm thấy tệp đính kèm.";
    public const string AltTextTooLong = "Mô tả ảnh dài quá 500 ký tự.";
    public const string FileMissing = "Không đọc được tệp đính kèm trong thư mục dữ liệu. Hãy báo thư ký Ban Biên tập (phụ trách CNTT).";

    public static string ExecutableExtension(string name, string extension) =>
        $"Tệp «{name}» là tệp chạy được hoặc tập lệnh (.{extension}). EditorialHub không nhận tệp chạy được.";

    public static string UnsupportedExtension(string name, string extension) => extension.Length == 0
        ? $"Tệp «{name}» không có phần mở rộng cho biết loại tệp. EditorialHub chỉ nhận {Accepted}."
        : $"EditorialHub không nhận loại tệp «.{extension}» (tệp «{name}»); chỉ nhận {Accepted}.";

    /// <summary>The claimed type is a cover for something that runs: an executable, a script, a web page.</summary>
    public static string DisguisedExecutable(string name, string claimed, string actual, bool program) =>
        $"Tệp «{name}» không phải {claimed} thật: nội dung là {actual}. "
        + (program ? "EditorialHub không nhận tệp chạy được." : "EditorialHub không nhận tập lệnh hay trang web.");

    public static string Mismatch(string name, string claimed, string actual) =>
        $"Tệp «{name}» không phải {claimed} thật: nội dung là {actual}. Hãy lưu lại đúng định dạng rồi tải lên lại.";

    public static string NotGenuine(string name, string claimed, string reason) =>
        $"Tệp «{name}» không phải {claimed} thật: {reason}.";

    public static string Macro(string name) =>
        $"Tệp «{name}» có chứa macro (mã chạy được). EditorialHub không nhận tài liệu có macro; hãy lưu lại thành tài liệu thường rồi tải lên lại.";

    public static string ZipBomb(string name) =>
        $"Tệp «{name}» bị từ chối: phần nén bên trong giải nén ra quá lớn hoặc có quá nhiều mục (nghi là bom nén — zip bomb).";

    public static string TooLarge(string name, long maxBytes) => $"Tệp «{name}» vượt quá {Size(maxBytes)}.";

    public static string Empty(string name) => $"Tệp «{name}» rỗng.";

    /// <summary>"10 MB", "512 KB": the limit as people say it.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{Decimal(bytes / (1024d * 1024))} MB"
        : $"{Decimal(bytes / 1024d)} KB";

    // Vietnamese writes a decimal comma (1,5 MB); independent of the server's culture data.
    private static string Decimal(double value) => value.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}
