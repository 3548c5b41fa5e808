namespace EditorialHub.Core.Reports;

/// <summary>A report could not be made or opened; the message is for the person, in Vietnamese.</summary>
public sealed class ReportException(string message) : Exception(message);
