namespace EditorialHub.Core.Dashboard;

/// <summary>The dashboard is the principal's and the head's (Điều 13.4; docs/authorization.md).</summary>
public sealed class DashboardRefusedException() : Exception(NotAllowed)
{
    public const string NotAllowed = "Chỉ Hiệu trưởng và Trưởng ban xem được trang Tổng quan.";
}
