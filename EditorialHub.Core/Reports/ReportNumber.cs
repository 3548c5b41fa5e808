using System.Globalization;

namespace EditorialHub.Core.Reports;

/// <summary>
/// "Số: 05/BC-BBT": the board's own sequence, from 01 on 1 January each calendar year (not the school
/// year), a leading zero below 10, "BC" for a report and the issuer's code (a setting).
/// </summary>
public sealed record ReportNumber(int Year, int Sequence, string IssuerCode)
{
    public const string ReportTypeCode = "BC";

    public string Text => $"{Sequence.ToString("00", CultureInfo.InvariantCulture)}/{ReportTypeCode}-{IssuerCode}";

    /// <summary>The number after the highest already given in <paramref name="year"/> (null when none yet).</summary>
    public static ReportNumber Next(int year, int? highestSequenceThisYear, string issuerCode) =>
        new(year, (highestSequenceThisYear ?? 0) + 1, issuerCode);
}
