using System.Globalization;

namespace EditorialHub.Core.Reports;

/// <summary>Dates as an administrative document writes them (Nghị định 30/2020/NĐ-CP, Phụ lục I).</summary>
public static class VietnameseDates
{
    /// <summary>
    /// "Hưng Yên, ngày 05 tháng 01 năm 2027": a leading zero for days below 10 and for the months
    /// 1 and 2 only ("ngày 29 tháng 6"), so that a handwritten digit cannot be added in front.
    /// </summary>
    public static string PlaceAndDate(string place, DateOnly day) =>
        $"{place}, ngày {day.Day.ToString("00", CultureInfo.InvariantCulture)} tháng {MonthNumber(day.Month)} năm {day.Year}";

    public static string MonthNumber(int month) =>
        month <= 2 ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture);

    /// <summary>"05/11/2026" for tables.</summary>
    public static string Short(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
