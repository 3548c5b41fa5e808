using System.Text.RegularExpressions;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Core.Reports;
using static EditorialHub.Tests.Reports.ReportSchool;

namespace EditorialHub.Tests.Reports;

/// <summary>Numbers, the archive, who may print, and a long table across pages.</summary>
public sealed class ReportArchiveTests
{
    [Theory]
    [InlineData(null, "01/BC-BBT")]
    [InlineData(4, "05/BC-BBT")]
    [InlineData(9, "10/BC-BBT")]
    [InlineData(99, "100/BC-BBT")]
    public void Next_AfterTheHighestOfTheYear_LeadingZeroBelowTen(int? highest, string expected)
    {
        Assert.Equal(expected, ReportNumber.Next(2026, highest, "BBT").Text);
    }

    [Fact]
    public async Task Print_NumbersRunFrom01EachCalendarYear_NotTheSchoolYear()
    {
        await using var school = await CreateAsync(MovableClock.Local(2026, 12, 2));
        var secretary = school.Id("secretary");

        var november = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 11), secretary, "");
        var october = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 10), secretary, "");
        school.Clock.Now = MovableClock.Local(2027, 1, 4);
        var december = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 12), secretary, "");
        var semester = await school.Reports.PrintAsync(ReportRequest.ForSemester("2026-2027", 1), school.Id("head"), "");

        Assert.Equal(["01/BC-BBT", "02/BC-BBT", "01/BC-BBT", "02/BC-BBT"], [november.Number, october.Number, december.Number, semester.Number]);
        var archive = await school.Reports.ListAsync(school.Id("principal"));
        Assert.Equal(["02/BC-BBT", "01/BC-BBT", "02/BC-BBT", "01/BC-BBT"], archive.Select(r => r.Number));
        Assert.Equal("Tình hình hoạt động Cổng thông tin điện tử học kỳ I năm học 2026-2027", archive[0].Title);
    }

    [Fact]
    public async Task SchoolYears_OnlyThoseBegun_LatestFirst_AYearPreparedAheadWaitsForItsFirstDay()
    {
        await using var school = await CreateAsync(MovableClock.Local(2027, 6, 20));
        await using (var db = await school.Database.Contexts.CreateDbContextAsync())
        {
            var next = new SchoolYear(new DateOnly(2027, 9, 5), new DateOnly(2028, 1, 17), new DateOnly(2028, 5, 31));
            db.SchoolYears.Add(next);
            await db.SaveChangesAsync();
            // The principal stays the principal in the year prepared ahead.
            db.RoleAssignments.Add(new RoleAssignment(school.Id("principal"), next.Id, Role.Principal));
            await db.SaveChangesAsync();
        }

        Assert.Equal(["2026-2027"], await school.Reports.SchoolYearNamesAsync(school.Id("principal")));
        school.Clock.Now = MovableClock.Local(2027, 9, 5);
        Assert.Equal(["2027-2028", "2026-2027"], await school.Reports.SchoolYearNamesAsync(school.Id("principal")));
    }

    [Fact]
    public async Task Annual_QuotaTable_TwoHalvesOfTheYear_UnitNamesStayReadable()
    {
        await using var school = await CreateAsync(MovableClock.Local(2027, 6, 10));

        var report = await school.Reports.PrintAsync(ReportRequest.Annual("2026-2027"), school.Id("secretary"), "");
        var path = Pdf.Keep((await school.Reports.OpenPdfAsync(report.Id, school.Id("principal"))).Content, "hand-built-annual.pdf");
        Pdf.Png(path, Path.Combine(Path.GetDirectoryName(path)!, "hand-built-annual"));

        // Nine months do not fit beside the names: September to January, then February to May.
        // Each header reads in order, nothing overlapping; the names read as names, not a letter a line.
        var lines = Pdf.Text(path).Split('\n');
        Assert.Single(lines, line => Regex.IsMatch(line, @"STT\s+Đơn vị\s+T9\s+T10\s+T11\s+T12\s+T1\s+Đạt/Phải"));
        Assert.Single(lines, line => Regex.IsMatch(line, @"STT\s+Đơn vị\s+T2\s+T3\s+T4\s+T5\s+Đạt/Phải"));
        Assert.True(lines.Count(line => Regex.IsMatch(line, $@"^\s*\d+\s+{Literature}\s")) >= 2, "the unit's name is not whole on its row");
    }

    [Fact]
    public async Task Print_TheSamePeriodAgain_IsACorrectionWithANewNumber_TheOldKept()
    {
        await using var school = await CreateAsync();
        var first = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 11), school.Id("secretary"), "");
        await school.AddAsync(new Plan(Maths, "toan1", new DateTime(2026, 11, 10, 8, 0, 0),
            Approved: new DateTime(2026, 11, 10, 9, 0, 0), Published: new DateTime(2026, 11, 10, 10, 0, 0)));

        var correction = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 11), school.Id("deputy"), "");

        Assert.Equal(("02/BC-BBT", "01/BC-BBT"), (correction.Number, correction.CorrectsNumber));
        Assert.NotEqual(first.Sha256, correction.Sha256);
        var old = await school.Reports.OpenSnapshotAsync(first.Id, school.Id("head"));
        var corrected = await school.Reports.OpenSnapshotAsync(correction.Id, school.Id("head"));
        Assert.Equal((0, 1), (old.Workflow.PublishedCount, corrected.Workflow.PublishedCount));
        Assert.Equal("Lê Văn Đức", (await school.Reports.ListAsync(school.Id("head")))[0].PrintedByName);
    }

    [Theory]
    [InlineData("principal")]
    [InlineData("editor")]
    [InlineData("toan1")]
    public async Task Print_ByAnyoneButHeadDeputySecretary_Refused(string user)
    {
        await using var school = await CreateAsync();

        var refusal = await Assert.ThrowsAsync<ReportException>(() =>
            school.Reports.PrintAsync(ReportRequest.Monthly(2026, 11), school.Id(user), ""));

        Assert.Equal(ReportMessages.NotAllowedToPrint, refusal.Message);
        Assert.Empty(await school.Reports.ListAsync(school.Id("head")));
    }

    [Theory]
    [InlineData("editor")]
    [InlineData("toan1")]
    public async Task PreviewAndArchive_WithoutViewReports_Refused(string user)
    {
        await using var school = await CreateAsync();

        await Assert.ThrowsAsync<ReportException>(() => school.Reports.PreviewAsync(ReportRequest.Monthly(2026, 11), school.Id(user), null));
        await Assert.ThrowsAsync<ReportException>(() => school.Reports.ListAsync(school.Id(user)));
        await Assert.ThrowsAsync<ReportException>(() => school.Reports.SignatoriesAsync(school.Id(user)));
    }

    [Fact]
    public async Task Reprint_ArchivedFileAltered_RefusedNotServed()
    {
        await using var school = await CreateAsync();
        var report = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 11), school.Id("secretary"), "");
        var file = Directory.GetFiles(Path.Combine(school.Database.Directory, "reports")).Single();
        var bytes = File.ReadAllBytes(file);
        bytes[^10] ^= 1;
        File.WriteAllBytes(file, bytes);

        var refusal = await Assert.ThrowsAsync<ReportException>(() => school.Reports.OpenPdfAsync(report.Id, school.Id("head")));

        Assert.Contains("không còn khớp với mã SHA-256", refusal.Message);
    }

    [Fact]
    public async Task Reprint_ArchivedFileLost_DrawnAgainFromTheSnapshot_SameHash()
    {
        await using var school = await CreateAsync();
        var report = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 11), school.Id("secretary"), "");
        File.Delete(Directory.GetFiles(Path.Combine(school.Database.Directory, "reports")).Single());

        var again = await school.Reports.OpenPdfAsync(report.Id, school.Id("head"));

        Assert.Equal(report.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(again.Content)));
    }

    [Fact]
    public async Task LongTable_RepeatsItsHeaderOnEveryPage_NeverSplitsARow()
    {
        await using var school = await CreateAsync();
        const int refusals = 120;
        for (var i = 0; i < refusals; i++)
            await school.AddAsync(new Plan(LongUnit, "su1", new DateTime(2026, 11, 2, 7, 0, 0).AddHours(i),
                Refused: new DateTime(2026, 11, 2, 8, 0, 0).AddHours(i), RefusalGround: RefusalGround.InsufficientQuality,
                Title: $"Bài số {i + 1:000} về hoạt động ngoại khóa của học sinh khối 10 và khối 11 nhân dịp kỷ niệm ngày thành lập trường"));
        var few = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 10), school.Id("secretary"), "");
        var many = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 11), school.Id("secretary"), "");
        var path = Pdf.Keep((await school.Reports.OpenPdfAsync(many.Id, school.Id("head"))).Content, "long-table.pdf");
        var basePath = Pdf.Keep((await school.Reports.OpenPdfAsync(few.Id, school.Id("head"))).Content, "no-refusals.pdf");

        // Each row holds the long unit name wrapped to six lines, so a page takes the same handful of
        // rows: the table fills whole pages between its first and its last, and the report grows by them.
        var pages = Pdf.Pages(path);
        var rowsOnPage = Enumerable.Range(1, pages)
            .Select(p => System.Text.RegularExpressions.Regex.Count(Pdf.Text(path, p), @"Bài số \d{3}")).ToList();
        var pagesWithRows = Enumerable.Range(1, pages).Where(p => rowsOnPage[p - 1] > 0).ToList();
        Assert.Equal(refusals, rowsOnPage.Sum());
        var middle = pagesWithRows.Skip(1).SkipLast(1).Select(p => rowsOnPage[p - 1]).Distinct().ToList();
        var perPage = Assert.Single(middle);
        Assert.InRange(perPage, 5, 12);
        var first = rowsOnPage[pagesWithRows[0] - 1];
        Assert.Equal(1 + (int)Math.Ceiling((refusals - first) / (double)perPage), pagesWithRows.Count);
        Assert.InRange(pages - Pdf.Pages(basePath), pagesWithRows.Count - 1, pagesWithRows.Count + 1);
        Assert.All(pagesWithRows, p => Assert.Matches(@"STT\s+Ngày\s+Tin bài\s+Đơn vị\s+Căn cứ", Pdf.Text(path, p)));
        // No row split: on a page of the table's middle, each row's first line (its title) and its last
        // (the end of the unit's name) are both there.
        Assert.All(pagesWithRows.Skip(1).SkipLast(1), p =>
            Assert.Equal(rowsOnPage[p - 1], System.Text.RegularExpressions.Regex.Count(Pdf.Text(path, p), @"an ninh")));
        // A row's cells stay together: every number appears once, and its date on the same page.
        var all = Pdf.Text(path);
        for (var i = 1; i <= refusals; i++)
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, $"Bài số {i:000} "));
    }
}
