using EditorialHub.Core.Articles;
using EditorialHub.Core.Dashboard;
using EditorialHub.Web.Components.Dashboard;
using EditorialHub.Web.Components.ItemList;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Dashboard;

/// <summary>
/// Every figure of the dashboard opens a list at /items; the list must hold exactly as many items as
/// the figure says, read back from the address the way the page reads it, through ArticleService.
/// </summary>
public sealed class DashboardLinksTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private static IEnumerable<(string Figure, int Count, string Url)> Links(DashboardFigures f)
    {
        var p = f.Published;
        yield return ("published this month", p.ThisMonth.Count, DashboardLinks.Published(p.ThisMonth));
        yield return ("published this month last year", p.ThisMonthLastYear.Count, DashboardLinks.Published(p.ThisMonthLastYear));
        yield return ("published this school year", p.YearToDate.Count, DashboardLinks.Published(p.YearToDate));
        yield return ("published last school year", p.YearToDateLastYear.Count, DashboardLinks.Published(p.YearToDateLastYear));
        foreach (var month in p.Months)
        {
            yield return ($"month {month.Month}", month.ThisYear.Count, DashboardLinks.Published(month.ThisYear));
            yield return ($"month {month.Month} last year", month.LastYear.Count, DashboardLinks.Published(month.LastYear));
        }
        foreach (var stage in f.Waiting)
            yield return ($"waiting {stage.State} {stage.Level}", stage.Count, DashboardLinks.Waiting(stage));
        yield return ("overdue events", f.Overdue.Events, DashboardLinks.Overdue(OverdueReasons.EventNotPublished));
        yield return ("overdue approved", f.Overdue.ApprovedNotPublished, DashboardLinks.Overdue(OverdueReasons.ApprovedNotPublished));
        yield return ("refusals", f.Refusals.Sum(r => r.Count), DashboardLinks.Refused(null, f.ClosedOver));
        foreach (var refusal in f.Refusals)
            yield return ($"refused {refusal.Ground}", refusal.Count, DashboardLinks.Refused(refusal.Ground, f.ClosedOver));
        yield return ("take-downs", f.TakeDowns.Sum(r => r.Count), DashboardLinks.TakenDown(null, f.ClosedOver));
        foreach (var takeDown in f.TakeDowns)
            yield return ($"taken down {takeDown.Ground}", takeDown.Count, DashboardLinks.TakenDown(takeDown.Ground, f.ClosedOver));
        foreach (var unit in f.Units)
            yield return ($"unit {unit.UnitName}", unit.Published, DashboardLinks.Unit(unit.UnitId, f.ClosedOver));
        foreach (var author in f.Authors)
            yield return ($"author {author.FullName}", author.Published, DashboardLinks.Author(author.PersonId, f.ClosedOver));
    }

    [Theory]
    [InlineData("hieutruong")]
    [InlineData("truongban")]
    public async Task EveryFigure_ItsListHoldsThatManyItems(string reader)
    {
        var articles = fixture.School.Database.Services.GetRequiredService<ArticleService>();
        var zone = DashboardSchool.Clock.LocalTimeZone;
        var links = Links(fixture.Figures).ToList();

        var differences = new List<string>();
        foreach (var (figure, count, url) in links)
        {
            var filter = ItemsQuery.Parse(url).ToFilter(zone);
            var listed = (await articles.ListAsync(fixture.School.Id(reader), filter, new PageRequest(0, 200))).TotalCount;
            if (listed != count)
                differences.Add($"{figure}: the figure says {count}, {url} lists {listed}");
        }

        Assert.True(links.Count > 25);
        Assert.Contains(links, link => link.Count > 0);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
