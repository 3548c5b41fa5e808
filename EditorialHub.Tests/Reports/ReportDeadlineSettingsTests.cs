using EditorialHub.Core.Reports;
using EditorialHub.Core.Settings;
using Microsoft.Extensions.DependencyInjection;
using static EditorialHub.Tests.Reports.ReportSchool;

namespace EditorialHub.Tests.Reports;

/// <summary>
/// Section II counts an approved item as published late against the settings in force: the deadline
/// and the holidays the secretary set in the app, not appsettings.json alone.
/// </summary>
public sealed class ReportDeadlineSettingsTests
{
    [Theory]
    [InlineData(null, null, 1)]                        // approved Thursday 19/11, 2 working days: late from Tuesday 24/11
    [InlineData("20/11/2026 Nghỉ bù", null, 0)]        // Friday off: due by the end of Tuesday
    [InlineData(null, 3, 0)]                           // three working days: due by the end of Tuesday
    [InlineData("25/11/2026 Nghỉ bù", null, 1)]        // a holiday after the deadline changes nothing
    public async Task ApprovedPublishedLate_CountsWithTheHolidaysAndTheDeadlineSetInTheApp(string? holidays, int? days, int late)
    {
        await using var school = await CreateAsync();
        await school.AddAsync(new Plan(Maths, "toan1", new DateTime(2026, 11, 18, 8, 0, 0),
            Approved: new DateTime(2026, 11, 19, 10, 0, 0), Published: new DateTime(2026, 11, 24, 9, 0, 0)));
        var settings = school.Database.Services.GetRequiredService<WorkflowSettings>();
        if (holidays is not null)
            await settings.ChangeHolidaysAsync(school.Id("secretary"), holidays);
        if (days is { } d)
            await settings.ChangePublishWithinWorkingDaysAsync(school.Id("secretary"), d);

        var figures = await school.Builder.BuildAsync(await school.Reports.ResolveAsync(ReportRequest.Monthly(2026, 11)));

        Assert.Equal((1, late), (figures.Workflow.ApprovedPublished, figures.Workflow.ApprovedPublishedLate));
        Assert.Equal(days ?? 2, figures.Workflow.PublishWithinWorkingDays);
    }
}
