using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EditorialHub.Core.Reports;

/// <summary>The archive's form of a snapshot: JSON, Vietnamese letters kept readable, enums by name.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(ReportSnapshot report) => JsonSerializer.Serialize(report, Options);

    public static ReportSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize<ReportSnapshot>(json, Options)
        ?? throw new ReportException("Bản lưu của báo cáo bị hỏng.");
}
