using System.Security.Claims;
using EditorialHub.Core.Board;
using EditorialHub.Web.Auth;

namespace EditorialHub.Web.Components.Layout;

/// <summary>
/// One place of the app: its fixed route, who may open it, its name and icon.
/// <see cref="InNavigation"/> false: reached by links only (the item lists the dashboard's figures open).
/// </summary>
public sealed record AppSection(string Route, Permission? Requires, string TitleKey, string DescriptionKey, string Icon, bool InNavigation = true);

/// <summary>
/// The app's places. Navigation, the home page and the tests all read this one table; each page's
/// [Authorize] names the same permission, so a link never shows what the page would refuse.
/// </summary>
public static class AppSections
{
    public static readonly AppSection Home = new("/", null, "Nav_Home", "Nav_Home_Text", "home");

    public static readonly IReadOnlyList<AppSection> All =
    [
        Home,
        new("/submissions", Permission.SubmitItems, "Nav_Submissions", "Nav_Submissions_Text", "edit_note"),
        new("/editing", Permission.EditItems, "Nav_Editing", "Nav_Editing_Text", "edit_document"),
        new("/approvals", Permission.ApproveItems, "Nav_Approvals", "Nav_Approvals_Text", "fact_check"),
        new("/publishing", Permission.PublishItems, "Nav_Publishing", "Nav_Publishing_Text", "publish"),
        new("/published", Permission.ViewPublished, "Nav_Published", "Nav_Published_Text", "public"),
        new("/quotas", Permission.ViewQuotas, "Nav_Quotas", "Nav_Quotas_Text", "event_available"),
        new("/reports", Permission.ViewReports, "Nav_Reports", "Nav_Reports_Text", "summarize"),
        new("/dashboard", Permission.ViewDashboard, "Nav_Dashboard", "Nav_Dashboard_Text", "monitoring"),
        new("/admin", Permission.Administer, "Nav_Admin", "Nav_Admin_Text", "manage_accounts"),
        // Any list of items by the address (state, unit, month…); ArticleService decides what each reader sees.
        new("/items", null, "ItemList_PageTitle", "ItemList_Intro", "list", InNavigation: false),
    ];

    /// <summary>The places shown in the navigation and on the home page for <paramref name="user"/>.</summary>
    public static IEnumerable<AppSection> For(ClaimsPrincipal user) =>
        All.Where(section => section.InNavigation && (section.Requires is not { } permission || user.Has(permission)));

    public static AppSection At(string route) => All.Single(section => section.Route == route);
}
