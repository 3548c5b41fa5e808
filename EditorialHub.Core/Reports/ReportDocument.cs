using System.Globalization;

namespace EditorialHub.Core.Reports;

/// <summary>One piece of a report's body, in reading order; the PDF, the CSV and the preview draw the same pieces.</summary>
public abstract record ReportBlock;

/// <summary>"I. TÌNH HÌNH CUNG CẤP THÔNG TIN": bold capitals.</summary>
public sealed record SectionHeading(string Text) : ReportBlock;

/// <summary>"1. Tin bài theo chuyên mục": a numbered sub-item with a bold title.</summary>
public sealed record SubHeading(string Text) : ReportBlock;

public sealed record Paragraph(string Text) : ReportBlock;

/// <param name="Name">What the table shows (the CSV's title line).</param>
/// <param name="HasTotalRow">The last row sums the others and is set in bold.</param>
public sealed record ReportTable(
    string Name, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, bool HasTotalRow = false) : ReportBlock;

/// <param name="Weight">Share of the table's width.</param>
/// <param name="Numeric">Figures: centred; text is left-aligned and wraps.</param>
public sealed record TableColumn(string Header, double Weight, bool Numeric = false);

/// <summary>A horizontal bar for each label, e.g. items published per unit.</summary>
public sealed record BarChart(string Name, IReadOnlyList<ChartBar> Bars) : ReportBlock;

public sealed record ChartBar(string Label, int Value);

/// <summary>
/// The body of a report as words and tables: sections I–V of issue 6 in the form of Nghị định 30
/// (headings, numbered sub-items, justified paragraphs, ending "./."). Pure: from a snapshot only.
/// </summary>
public static class ReportDocument
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The summary line (trích yếu) under "BÁO CÁO".</summary>
    public static string Title(ReportPeriod period) =>
        $"Tình hình hoạt động Cổng thông tin điện tử {period.Wording}";

    public static IReadOnlyList<ReportBlock> Body(ReportSnapshot report)
    {
        var blocks = new List<ReportBlock>
        {
            new Paragraph(
                $"Thực hiện Điều 16 Quy chế hoạt động của Cổng thông tin điện tử {report.Header.SchoolName}, "
                + $"{report.Header.BoardName} báo cáo tình hình hoạt động của Cổng thông tin điện tử {report.Period.Wording} "
                + $"(từ ngày {VietnameseDates.Short(report.Period.From)} đến ngày {VietnameseDates.Short(report.Period.To)}) như sau:"),
        };
        Supply(report, blocks);
        Workflow(report.Workflow, blocks);
        Refusals(report.Refusals, blocks);
        Assessment(report.Assessment, blocks);
        Proposals(report.Proposals, blocks);
        // The body of an administrative document ends with "./." (Nghị định 30, Phụ lục I).
        var last = (Paragraph)blocks[^1];
        blocks[^1] = new Paragraph(last.Text.TrimEnd('.', ' ') + "./.");
        return blocks;
    }

    private static void Supply(ReportSnapshot report, List<ReportBlock> blocks)
    {
        var supply = report.Supply;
        blocks.Add(new SectionHeading("I. TÌNH HÌNH CUNG CẤP THÔNG TIN"));
        blocks.Add(new SubHeading("1. Thực hiện chỉ tiêu tin bài của các đơn vị (khoản 3 Điều 13)"));
        if (supply.Quota is { } quota)
            Quota(quota, blocks);
        else
            blocks.Add(new Paragraph("Chưa có số liệu chỉ tiêu tin bài cho kỳ báo cáo này."));

        var submitted = supply.Categories.Sum(c => c.Submitted);
        var published = supply.Categories.Sum(c => c.Published);
        blocks.Add(new SubHeading("2. Tin bài theo chuyên mục"));
        blocks.Add(new Paragraph(
            $"Trong {report.Period.Wording}, Ban Biên tập tiếp nhận {submitted} tin bài; {published} tin bài được đăng trên Cổng thông tin điện tử."));
        blocks.Add(new ReportTable("Tin bài theo chuyên mục",
            [new("STT", 0.6, true), new("Chuyên mục", 4), new("Tiếp nhận", 1.3, true), new("Đã đăng", 1.3, true)],
            [
                .. supply.Categories.Select((c, i) => Row(i + 1, c.Category, c.Submitted, c.Published)),
                ["", "Tổng cộng", Number(submitted), Number(published)],
            ],
            HasTotalRow: true));

        blocks.Add(new SubHeading("3. Tin bài theo đơn vị cung cấp thông tin"));
        blocks.Add(new ReportTable("Tin bài theo đơn vị",
            [new("STT", 0.6, true), new("Đơn vị", 4), new("Gửi về", 1.1, true), new("Đã đăng", 1.1, true), new("Bị từ chối", 1.1, true)],
            [
                .. supply.Units.Select((u, i) => Row(i + 1, u.Unit, u.Submitted, u.Published, u.Refused)),
                ["", "Tổng cộng", Number(supply.Units.Sum(u => u.Submitted)), Number(supply.Units.Sum(u => u.Published)),
                    Number(supply.Units.Sum(u => u.Refused))],
            ],
            HasTotalRow: true));
        if (supply.Units.Any(u => u.Published > 0))
            blocks.Add(new BarChart("Biểu đồ: số tin bài được đăng của từng đơn vị",
                supply.Units.Select(u => new ChartBar(u.Unit, u.Published)).ToList()));
    }

    private static void Quota(QuotaFigures quota, List<ReportBlock> blocks)
    {
        if (quota.Rows.Count == 0)
        {
            blocks.Add(new Paragraph("Trong kỳ báo cáo không có đơn vị nào được giao chỉ tiêu tin bài."));
            return;
        }
        blocks.Add(new Paragraph(quota.MonthsDue == 0
            ? $"{quota.Rows.Count} đơn vị có chỉ tiêu; chưa có tháng nào đến hạn tính chỉ tiêu."
            : $"{quota.Rows.Count} đơn vị có chỉ tiêu; đạt {quota.MonthsMet}/{quota.MonthsDue} lượt tháng đến hạn, tỷ lệ hoàn thành chỉ tiêu {Percent(quota.MonthsMet, quota.MonthsDue)}."));
        // A whole year's months do not fit across an A4 page beside the units' names: a year is shown as
        // two tables (September to January, February to May: the usual semesters), each as wide as a semester's.
        var parts = quota.Months.Count > 6
            ? [(0, (quota.Months.Count + 1) / 2), ((quota.Months.Count + 1) / 2, quota.Months.Count / 2)]
            : new[] { (0, quota.Months.Count) };
        foreach (var (first, count) in parts)
        {
            var months = Enumerable.Range(first, count).ToList();
            string Due(IEnumerable<QuotaMonthFigure> cells) =>
                $"{cells.Count(c => c.Outcome == "met")}/{cells.Count(c => c.Outcome is "met" or "missed")}";
            var name = parts.Length == 1
                ? "Thực hiện chỉ tiêu tin bài"
                : $"Thực hiện chỉ tiêu tin bài từ tháng {quota.Months[first]:M/yyyy} đến tháng {quota.Months[first + count - 1]:M/yyyy}";
            blocks.Add(new ReportTable(name,
                [new("STT", 0.6, true), new("Đơn vị", 3.2), .. months.Select(m => new TableColumn($"T{quota.Months[m].Month}", 1.1, true)), new("Đạt/Phải đạt", 1.2, true)],
                [
                    .. quota.Rows.Select((r, i) => (IReadOnlyList<string>)
                        [Number(i + 1), r.Unit, .. months.Select(m => QuotaCellText(r.Cells[m])),
                            parts.Length == 1 ? $"{r.Met}/{r.Due}" : Due(months.Select(m => r.Cells[m]))]),
                    ["", "Tổng cộng", .. months.Select(m => Due(quota.Rows.Select(r => r.Cells[m]))),
                        parts.Length == 1 ? $"{quota.MonthsMet}/{quota.MonthsDue}" : Due(quota.Rows.SelectMany(r => months.Select(m => r.Cells[m])))],
                ],
                HasTotalRow: true));
        }
        blocks.Add(new Paragraph("Ghi chú: “Đạt” – đơn vị có đủ số tin bài được đăng trong tháng; “Không đạt” – tháng đã hết mà chưa đủ; “Đang xử lý” – tháng chưa hết, có tin bài đang trong quy trình; “Chưa có” – tháng chưa hết, chưa có tin bài; ô trống – tháng không tính chỉ tiêu. Tỷ lệ hoàn thành tính trên các tháng đã đạt hoặc đã hết."));
    }

    private static string QuotaCellText(QuotaMonthFigure cell) => cell.Outcome switch
    {
        "met" => ReportWords.QuotaMet,
        "pending" => ReportWords.QuotaPending,
        "missed" => ReportWords.QuotaMissed,
        "open" => ReportWords.QuotaOpen,
        _ => "",
    };

    private static void Workflow(WorkflowFigures figures, List<ReportBlock> blocks)
    {
        blocks.Add(new SectionHeading("II. CÔNG TÁC BIÊN TẬP, DUYỆT VÀ ĐĂNG TẢI THÔNG TIN"));
        blocks.Add(new SubHeading("1. Số tin bài qua từng khâu"));
        blocks.Add(new ReportTable("Số tin bài qua từng khâu",
            [new("STT", 0.6, true), new("Khâu xử lý", 5), new("Số tin bài", 1.4, true)],
            figures.Stages.Select((s, i) => Row(i + 1, s.Stage, s.Items)).ToList()));

        blocks.Add(new SubHeading("2. Thời gian xử lý và thời hạn đăng tải"));
        blocks.Add(new Paragraph(figures.MedianDaysToPublish is { } median
            ? $"Thời gian từ khi tin bài được gửi về Ban Biên tập đến khi được đăng (tính trên {figures.PublishedCount} tin bài đăng trong kỳ): "
              + $"trung vị {Days(median)} ngày; lâu nhất {Days(figures.LongestDaysToPublish!.Value)} ngày (tin bài “{figures.LongestTitle}”)."
            : "Trong kỳ không có tin bài nào được đăng."));
        blocks.Add(new Paragraph(
            $"Tin bài về sự kiện, hoạt động được đăng trong kỳ: {figures.EventsPublished}, trong đó {figures.EventsOnTime} tin bài "
            + $"được đăng trong thời hạn 07 ngày sau khi sự kiện kết thúc (khoản 1 Điều 14), {figures.EventsPublished - figures.EventsOnTime} tin bài đăng muộn."));
        blocks.Add(new Paragraph(
            $"Tin bài đã duyệt được đăng trong kỳ: {figures.ApprovedPublished}, trong đó {figures.ApprovedPublishedLate} tin bài "
            + $"được đăng quá thời hạn {figures.PublishWithinWorkingDays} ngày làm việc sau khi duyệt."));
    }

    private static void Refusals(RefusalFigures figures, List<ReportBlock> blocks)
    {
        blocks.Add(new SectionHeading("III. TỪ CHỐI ĐĂNG VÀ GỠ BỎ THÔNG TIN"));
        blocks.Add(new SubHeading("1. Tin bài bị từ chối đăng (Điều 15)"));
        Decisions("Tin bài bị từ chối đăng", figures.Refused, figures.RefusalGrounds, "từ chối đăng", blocks);
        blocks.Add(new SubHeading("2. Tin bài bị gỡ bỏ (khoản 4 Điều 12)"));
        Decisions("Tin bài bị gỡ bỏ", figures.TakenDown, figures.TakeDownGrounds, "gỡ bỏ", blocks);
    }

    private static void Decisions(
        string name, IReadOnlyList<DecisionRow> rows, IReadOnlyList<GroundRow> grounds, string verb, List<ReportBlock> blocks)
    {
        if (rows.Count == 0)
        {
            blocks.Add(new Paragraph($"Trong kỳ không có tin bài nào bị {verb}."));
            return;
        }
        blocks.Add(new Paragraph(
            $"Có {rows.Count} tin bài bị {verb}: "
            + string.Join("; ", grounds.Where(g => g.Items > 0).Select(g => $"{LowerFirst(g.Ground)}: {g.Items}")) + "."));
        blocks.Add(new ReportTable(name,
            [new("STT", 0.6, true), new("Ngày", 1.3, true), new("Tin bài", 3.6), new("Đơn vị", 2), new("Căn cứ", 2.6)],
            rows.Select((r, i) => (IReadOnlyList<string>)[Number(i + 1), VietnameseDates.Short(r.On), r.Title, r.Unit, r.Ground]).ToList()));
    }

    private static void Assessment(AssessmentFigures figures, List<ReportBlock> blocks)
    {
        blocks.Add(new SectionHeading("IV. ĐÁNH GIÁ CHUNG"));
        blocks.Add(new SubHeading("1. Tập thể, cá nhân có nhiều đóng góp, đề nghị khen thưởng (Điều 17)"));
        blocks.Add(new Paragraph(figures.UnitsToCommend.Count > 0
            ? $"Tập thể: {string.Join(", ", figures.UnitsToCommend)}."
            : "Tập thể: chưa có đơn vị đủ điều kiện."));
        if (figures.PeopleToCommend.Count > 0)
            blocks.Add(People("Cá nhân đề nghị khen thưởng", figures.PeopleToCommend));
        else
            blocks.Add(new Paragraph("Cá nhân: chưa có cá nhân đủ điều kiện."));

        blocks.Add(new SubHeading("2. Tập thể, cá nhân chưa hoàn thành, cần chấn chỉnh"));
        blocks.Add(new Paragraph(figures.UnitsShort.Count > 0
            ? $"Tập thể: {string.Join(", ", figures.UnitsShort)}."
            : "Tập thể: không có."));
        if (figures.PeopleShort.Count > 0)
            blocks.Add(People("Cá nhân cần chấn chỉnh", figures.PeopleShort));
        else
            blocks.Add(new Paragraph("Cá nhân: không có cá nhân cung cấp thông tin sai sự thật hoặc trái quy định."));
    }

    private static ReportTable People(string name, IReadOnlyList<PersonRow> people) =>
        new(name,
            [new("STT", 0.6, true), new("Họ và tên", 2.6), new("Đơn vị", 2.4), new("Ghi chú", 3.2)],
            people.Select((p, i) => (IReadOnlyList<string>)[Number(i + 1), p.Name, p.Unit, p.Reason]).ToList());

    private static void Proposals(string proposals, List<ReportBlock> blocks)
    {
        blocks.Add(new SectionHeading("V. ĐỀ XUẤT, KIẾN NGHỊ"));
        var paragraphs = proposals.Replace("\r\n", "\n").Split('\n')
            .Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        if (paragraphs.Count == 0)
            paragraphs.Add("Ban Biên tập không có đề xuất, kiến nghị trong kỳ này.");
        blocks.AddRange(paragraphs.Select(p => new Paragraph(p)));
    }

    private static IReadOnlyList<string> Row(int index, string name, params int[] figures) =>
        [Number(index), name, .. figures.Select(Number)];

    private static string Number(int value) => value.ToString(Vietnamese);

    public static string Days(double days) => days.ToString("0.0", Vietnamese);

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0.0", Vietnamese) + "%";

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
