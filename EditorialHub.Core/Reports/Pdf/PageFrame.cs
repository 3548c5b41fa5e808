namespace EditorialHub.Core.Reports.Pdf;

/// <summary>
/// The measures of REPORT-FORMAT.md (Nghị định 30/2020/NĐ-CP, Phụ lục I), in points. Where the decree
/// gives a range, the middle of it.
/// </summary>
internal static class PageFrame
{
    public static double Mm(double millimetres) => millimetres * 72 / 25.4;

    public static readonly double Width = Mm(210);
    public static readonly double Height = Mm(297);
    public static readonly double Top = Mm(22.5);      // 20–25 mm
    public static readonly double Bottom = Mm(22.5);   // 20–25 mm
    public static readonly double Left = Mm(32.5);     // 30–35 mm
    public static readonly double Right = Mm(17.5);    // 15–20 mm
    public static readonly double TextWidth = Width - Left - Right;
    public static readonly double TextBottom = Height - Bottom;

    public const double HeaderCaps = 12.5;      // superior body, school, national title: 12–13 pt
    public const double NumberSize = 13;        // "Số: …": 13 pt
    public const double Text = 13.5;            // motto, place and date, title, body, signature: 13–14 pt
    public const double TableText = 12;         // tables: not set by the decree; smaller so that they fit
    public const double RecipientsTitle = 12;   // "Nơi nhận:" 12 pt bold italic
    public const double Recipients = 11;        // entries 11 pt
    public const double LineSpacing = 1.15;     // single to 1.5
    public const double ParagraphSpace = 6;     // at least 6 pt between paragraphs
    public static readonly double FirstLineIndent = Mm(12.7); // 1 cm or 1.27 cm
    public const double CellPadding = 3;
    public const double SignatureRoom = 72;     // room for the hand signature and the seal
}
