namespace EditorialHub.Core.Board;

/// <summary>
/// What a role lets a person do. The web app turns each permission into a policy; the core's
/// services check the same permissions again on every operation, because the UI is no security
/// boundary. docs/authorization.md is the table of this class.
/// </summary>
public enum Permission
{
    /// <summary>Draft and submit items for one's own unit (/submissions).</summary>
    SubmitItems,
    /// <summary>Take submitted items, edit, categorise, return, refuse (/editing).</summary>
    EditItems,
    /// <summary>Approve items at one's level (/approvals).</summary>
    ApproveItems,
    /// <summary>Publish approved items (/publishing).</summary>
    PublishItems,
    /// <summary>See published items and ask for a take-down (/published).</summary>
    ViewPublished,
    /// <summary>Decide take-downs (Điều 12.4: the head only).</summary>
    TakeDownItems,
    /// <summary>See quotas (/quotas).</summary>
    ViewQuotas,
    /// <summary>Read and print the board's reports (/reports).</summary>
    ViewReports,
    /// <summary>The principal's dashboard (/dashboard).</summary>
    ViewDashboard,
    /// <summary>Accounts, units, settings (/admin).</summary>
    Administer,
}

public static class Permissions
{
    private static readonly IReadOnlyDictionary<Role, Permission[]> ByRole = new Dictionary<Role, Permission[]>
    {
        [Role.BoardHead] =
        [
            Permission.ApproveItems, Permission.ViewPublished, Permission.TakeDownItems,
            Permission.ViewQuotas, Permission.ViewReports, Permission.ViewDashboard,
        ],
        [Role.BoardDeputy] =
        [
            Permission.ApproveItems, Permission.ViewPublished, Permission.ViewQuotas, Permission.ViewReports,
        ],
        [Role.BoardSecretary] =
        [
            Permission.PublishItems, Permission.ViewPublished, Permission.ViewQuotas, Permission.ViewReports,
            Permission.Administer,
        ],
        // Editors may approve routine items where the approval policy allows it (Điều 12.2).
        [Role.Editor] = [Permission.EditItems, Permission.ApproveItems, Permission.ViewPublished, Permission.ViewQuotas],
        [Role.DepartmentHead] = [Permission.SubmitItems, Permission.ViewPublished, Permission.ViewQuotas],
        [Role.DepartmentMember] = [Permission.SubmitItems, Permission.ViewPublished, Permission.ViewQuotas],
        // Read-only: the dashboard, the reports, what is published and the quotas (Điều 13.4).
        [Role.Principal] = [Permission.ViewPublished, Permission.ViewQuotas, Permission.ViewReports, Permission.ViewDashboard],
    };

    public static IReadOnlySet<Permission> Of(IEnumerable<Role> roles) =>
        roles.SelectMany(role => ByRole[role]).ToHashSet();

    public static bool Allows(IEnumerable<Role> roles, Permission permission) =>
        roles.Any(role => ByRole[role].Contains(permission));
}
