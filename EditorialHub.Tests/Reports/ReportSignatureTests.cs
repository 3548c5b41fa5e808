using EditorialHub.Core.Board;
using EditorialHub.Core.Reports;
using Microsoft.EntityFrameworkCore;
using static EditorialHub.Tests.Reports.ReportSchool;

namespace EditorialHub.Tests.Reports;

/// <summary>
/// Who signs (Nghị định 30): the head for the board, or the deputy in the head's place ("KT."), each
/// named from the board of the year, on the page, in the PDF and in the frozen snapshot.
/// </summary>
public sealed class ReportSignatureTests
{
    private const string DeputyName = "Lê Văn Đức";

    [Theory]
    [InlineData(ReportSignatory.Head, new[] { "TM. BAN BIÊN TẬP", "TRƯỞNG BAN" }, HeadName)]
    [InlineData(ReportSignatory.Deputy, new[] { "TM. BAN BIÊN TẬP", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN" }, DeputyName)]
    public async Task Print_SignatureBlock_AuthorityLinesAndName(ReportSignatory signatory, string[] authority, string name)
    {
        await using var school = await CreateAsync();

        var report = await school.Reports.PrintAsync(ReportRequest.Monthly(2026, 11), school.Id("secretary"), "", signatory);

        var pdf = await school.Reports.OpenPdfAsync(report.Id, school.Id("principal"));
        var path = Pdf.Keep(pdf.Content, $"signature-{signatory}.pdf".ToLowerInvariant());
        var signature = SignatureColumn(Pdf.Text(path, Pdf.Pages(path)));
        Assert.Equal([.. authority, name], signature);
        var snapshot = await school.Reports.OpenSnapshotAsync(report.Id, school.Id("principal"));
        Assert.Equal((signatory == ReportSignatory.Deputy, name), (snapshot.Header.SignedByDeputy, snapshot.Header.SignerName));
    }

    [Fact]
    public async Task Print_DeputySigns_YearWithoutDeputy_RefusedAndNothingArchived()
    {
        await using var school = await CreateAsync();
        await RemoveDeputyAsync(school);

        var refusal = await Assert.ThrowsAsync<ReportException>(() =>
            school.Reports.PrintAsync(ReportRequest.Monthly(2026, 11), school.Id("secretary"), "", ReportSignatory.Deputy));

        Assert.Equal(ReportMessages.NoDeputy, refusal.Message);
        Assert.Empty(await school.Reports.ListAsync(school.Id("head")));
    }

    [Fact]
    public async Task Signatories_TheHeadAndTheDeputyOfTheYear_OnlyTheHeadWhenThereIsNoDeputy()
    {
        await using var school = await CreateAsync();

        Assert.Equal([(ReportSignatory.Head, HeadName), (ReportSignatory.Deputy, DeputyName)],
            await school.Reports.SignatoriesAsync(school.Id("secretary")));
        await RemoveDeputyAsync(school);
        Assert.Equal([(ReportSignatory.Head, HeadName)], await school.Reports.SignatoriesAsync(school.Id("secretary")));
    }

    [Fact]
    public async Task Preview_DeputySigns_ShowsTheDeputyUnderKT()
    {
        await using var school = await CreateAsync();

        var preview = await school.Reports.PreviewAsync(ReportRequest.Monthly(2026, 11), school.Id("deputy"), null, ReportSignatory.Deputy);

        Assert.Equal(["TM. BAN BIÊN TẬP", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], preview.Header.AuthorityLines());
        Assert.Equal(DeputyName, preview.Header.SignerName);
    }

    private static async Task RemoveDeputyAsync(ReportSchool school)
    {
        await using var db = await school.Database.Contexts.CreateDbContextAsync();
        await db.RoleAssignments.Where(a => a.Role == Role.BoardDeputy).ExecuteDeleteAsync();
    }

    /// <summary>The right-hand column of the last page from its first capital line: authority lines, then the name.</summary>
    private static List<string> SignatureColumn(string lastPage)
    {
        var lines = lastPage.Split('\n');
        var start = Array.FindIndex(lines, l => l.Contains("TM. BAN BIÊN TẬP"));
        Assert.True(start >= 0, "No signature block on the last page:\n" + lastPage);
        var column = lines[start].IndexOf("TM. BAN BIÊN TẬP", StringComparison.Ordinal) - 10;
        return lines.Skip(start)
            .Select(l => l.Length > column ? l[column..].Trim() : "")
            .Where(l => l.Length > 0 && !l.StartsWith('-'))
            .ToList();
    }
}
