using EditorialHub.Core.Articles;
using EditorialHub.Core.Reports;
using static EditorialHub.Tests.Reports.ReportSchool;

namespace EditorialHub.Tests.Reports;

/// <summary>
/// The hand-built school with its November 2026 (and a little of October and December around it).
/// The comments give each item's part in the figures the tests expect; 1 November 2026 is a Sunday.
/// </summary>
public sealed class NovemberSchool : IAsyncLifetime
{
    internal ReportSchool School { get; private set; } = null!;

    public static ReportRequest November { get; } = ReportRequest.Monthly(2026, 11);

    public async Task InitializeAsync()
    {
        School = await CreateAsync();
        var s = School;
        // 1. An event item: 2 days from submission to publication; the event ended 30/10, due by 07/11: on time; approved Tue, published Wed: on time.
        await s.AddAsync(new Plan(Maths, "toan1", D(11, 2, 8), Approved: D(11, 3, 10), Published: D(11, 4, 8), EventEnd: new DateOnly(2026, 10, 30)));
        // 2. A topic, 4 days; the event ended 01/11 and it appeared on 13/11: late; approved Mon 9/11, due by the end of Wed 11/11: late.
        await s.AddAsync(new Plan(Maths, "toan2", D(11, 9, 8), Approved: D(11, 9, 15), Published: D(11, 13, 8),
            EventEnd: new DateOnly(2026, 11, 1), Category: ArticleCategory.ProfessionalTopics));
        // 3. One day.
        await s.AddAsync(new Plan(Literature, "van1", D(11, 16, 8), Approved: D(11, 16, 10), Published: D(11, 17, 8)));
        // 4. Submitted in October, published 2/11: 13 days, the longest; counted as published in November, not as submitted.
        await s.AddAsync(new Plan(Literature, "van1", D(10, 20, 8), Approved: D(11, 1, 20), Published: D(11, 2, 8),
            Category: ArticleCategory.Plans, Title: "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027"));
        // 5. Refused: untrue (Điều 15.3) — its author is named in section IV.2 (Điều 17).
        await s.AddAsync(new Plan(LongUnit, "su1", D(11, 18, 8), Refused: D(11, 19, 10), RefusalGround: RefusalGround.Untrue));
        // 6. Refused: not of sufficient quality.
        await s.AddAsync(new Plan(Office, "vp1", D(11, 20, 8), Refused: D(11, 20, 15), RefusalGround: RefusalGround.InsufficientQuality));
        // 7. Published in October, taken down on 25/11: no longer timely.
        await s.AddAsync(new Plan(Maths, "toan1", D(10, 1, 8), Approved: D(10, 2, 8), Published: D(10, 5, 8),
            TakenDown: D(11, 25, 10), TakeDownGround: TakeDownGround.NoLongerTimely));
        // 8. Approved on 26/11, not yet published.
        await s.AddAsync(new Plan(Maths, "toan1", D(11, 26, 8), Approved: D(11, 26, 10)));
        // 9. Submitted and sent for approval in November, approved and published in December.
        await s.AddAsync(new Plan(Literature, "van1", D(11, 30, 8), Approved: D(12, 1, 9), Published: D(12, 1, 14)));
    }

    private static DateTime D(int month, int day, int hour) => new(2026, month, day, hour, 0, 0);

    public async Task DisposeAsync() => await School.DisposeAsync();
}
