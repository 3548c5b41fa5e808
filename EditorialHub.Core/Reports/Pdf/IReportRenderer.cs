namespace EditorialHub.Core.Reports.Pdf;

/// <summary>Turns a frozen report into a file. The same snapshot always gives the same bytes.</summary>
public interface IReportRenderer
{
    byte[] Render(ReportSnapshot report);
}
