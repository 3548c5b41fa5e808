namespace EditorialHub.Core.Board;

/// <summary>
/// Who the school is, as it appears on screens and on the board's reports. A setting (section
/// "School" of appsettings.json), never code: every school that installs EditorialHub changes it.
/// </summary>
public sealed class SchoolOptions
{
    public const string Section = "School";

    /// <summary>E.g. "Trường THPT Tiên Lữ".</summary>
    public string Name { get; set; } = "";

    /// <summary>The body above the school, e.g. "Sở GD&amp;ĐT Hưng Yên".</summary>
    public string SuperiorBody { get; set; } = "";

    /// <summary>The place on dated documents, e.g. "Tiên Lữ".</summary>
    public string Place { get; set; } = "";

    /// <summary>The school's time zone (IANA id); its days and times are the app's, whatever the server's (<see cref="SchoolClock"/>).</summary>
    public string TimeZone { get; set; } = SchoolClock.DefaultZoneId;

    /// <summary>E.g. "Ban Biên tập Cổng thông tin điện tử".</summary>
    public string BoardName { get; set; } = "Ban Biên tập Cổng thông tin điện tử";

    // The board's reports (Nghị định 30/2020/NĐ-CP; REPORT-FORMAT.md).

    /// <summary>The issuer's code in a report's number: "Số: 05/BC-BBT".</summary>
    public string ReportIssuerCode { get; set; } = "BBT";

    /// <summary>Who signs the reports; empty: the Trưởng ban of the school year on the day of printing.</summary>
    public string ReportSigner { get; set; } = "";

    /// <summary>"Nơi nhận" before the closing "Lưu: VT, BBT."; each printed as "- …;".</summary>
    public List<string> ReportRecipients { get; set; } = [];

    public static IReadOnlyList<string> DefaultReportRecipients { get; } =
        ["Hiệu trưởng (để báo cáo)", "Các thành viên Ban Biên tập"];
}
