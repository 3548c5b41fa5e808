using System.Globalization;
using EditorialHub.Core;
using EditorialHub.Core.Reports;
using EditorialHub.Web.Auth;
using EditorialHub.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Radzen;

namespace EditorialHub.Web.Components.Reports;

/// <summary>/reports: choose a period, preview its figures, write section V, print; the archive below.</summary>
public partial class ReportsPage
{
    [Inject] private ReportService Reports { get; set; } = null!;
    [Inject] private CurrentPerson Me { get; set; } = null!;
    [Inject] private TimeProvider Clock { get; set; } = null!;
    [Inject] private NotificationService Notifications { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;

    private ReportKind _kind = ReportKind.Monthly;
    private string? _month;
    private string? _year;
    private int _semester = 1;
    private ReportSignatory _signatory = ReportSignatory.Head;
    private List<string> _years = [];
    private bool _mayPrint;
    private ReportSnapshot? _preview;
    private string _proposals = "";
    private string? _error;
    private bool _printing;
    private ArchivedReportInfo? _printed;
    private ReportArchive? _archive;

    private IEnumerable<object> Kinds =>
    [
        new { Kind = ReportKind.Monthly, Text = T["Reports_Kind_Monthly"].Value },
        new { Kind = ReportKind.Semester, Text = T["Reports_Kind_Semester"].Value },
        new { Kind = ReportKind.Annual, Text = T["Reports_Kind_Annual"].Value },
    ];

    private IEnumerable<object> Semesters =>
    [
        new { Number = 1, Text = T["Reports_Semester_1"].Value },
        new { Number = 2, Text = T["Reports_Semester_2"].Value },
    ];

    /// <summary>The head, and the deputy when the year has one (who signs in the head's place).</summary>
    private List<SignatoryOption> Signatories { get; } = [];

    private sealed record SignatoryOption(ReportSignatory Signatory, string Text);

    /// <summary>The last eighteen months, the latest first: the value "2026-11", shown as "Tháng 11/2026".</summary>
    private List<MonthOption> Months { get; } = [];

    private sealed record MonthOption(string Value, string Text);

    private bool CanAsk => _kind == ReportKind.Monthly ? _month is not null : _year is not null;

    private string PreviewPath(string extension) => Request() is { } request
        ? $"/reports/preview.{extension}?{string.Join('&', Query(request))}"
        : "";

    protected override async Task OnInitializedAsync()
    {
        var today = Clock.Today();
        for (var i = 0; i < 18; i++)
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-i);
            Months.Add(new MonthOption(month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                string.Format(CultureInfo.InvariantCulture, T["Reports_MonthOption"], month.Month.ToString("00", CultureInfo.InvariantCulture), month.Year)));
        }
        // Early in a month the board reports on the month before.
        _month = Months[today.Day <= 15 ? 1 : 0].Value;
        var me = await Me.IdAsync();
        _years = (await Reports.SchoolYearNamesAsync(me)).ToList();
        _year = _years.FirstOrDefault();
        _mayPrint = await Reports.MayPrintAsync(me);
        foreach (var (signatory, name) in await Reports.SignatoriesAsync(me))
            Signatories.Add(new SignatoryOption(signatory, string.Format(CultureInfo.CurrentCulture,
                T[signatory == ReportSignatory.Deputy ? "Reports_Signatory_Deputy" : "Reports_Signatory_Head"],
                name.Length > 0 ? name : T["Reports_Signatory_Unnamed"].Value)));
    }

    private void Reset()
    {
        _preview = null;
        _error = null;
    }

    private ReportRequest? Request()
    {
        if (_kind == ReportKind.Monthly && _month is { } month)
        {
            var parts = month.Split('-');
            return ReportRequest.Monthly(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        if (_year is null)
            return null;
        return _kind == ReportKind.Semester ? ReportRequest.ForSemester(_year, _semester) : ReportRequest.Annual(_year);
    }

    private static IEnumerable<string> Query(ReportRequest request) => request.Kind switch
    {
        ReportKind.Monthly => ["kind=monthly", $"period={request.Year:0000}-{request.Month:00}"],
        ReportKind.Semester => ["kind=semester", $"period={request.SchoolYearName}", $"semester={request.Semester}"],
        _ => ["kind=annual", $"period={request.SchoolYearName}"],
    };

    private async Task PreviewAsync()
    {
        Reset();
        if (Request() is not { } request)
            return;
        try
        {
            _preview = await Reports.PreviewAsync(request, await Me.IdAsync(), _proposals, _signatory);
        }
        catch (ReportException e)
        {
            _error = e.Message;
        }
    }

    private async Task PrintAsync()
    {
        if (Request() is not { } request)
            return;
        _printing = true;
        _error = null;
        try
        {
            _printed = await Reports.PrintAsync(request, await Me.IdAsync(), _proposals, _signatory);
            Notifications.Notify(NotificationSeverity.Success, T["Reports_Printed", _printed.Number]);
            _preview = null;
            _proposals = "";
            if (_archive is not null)
                await _archive.ReloadAsync();
            await HandOverAsync(_printed);
        }
        catch (ReportException e)
        {
            _error = e.Message;
        }
        finally
        {
            _printing = false;
        }
    }

    /// <summary>
    /// The printed report goes to the person at once, as a download (a phone keeps it with its files,
    /// a computer opens it from the download bar), without leaving the page; "In lại" in the archive
    /// opens the same file later. A browser that refuses loses nothing: the archive row is there.
    /// </summary>
    private async Task HandOverAsync(ArchivedReportInfo printed)
    {
        try
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Reports/ReportsPage.razor.js");
            await module.InvokeVoidAsync("download", ReportEndpoints.PdfPath(printed.Id));
        }
        catch (JSException)
        {
        }
    }
}
