using EditorialHub.Core.Articles;
using EditorialHub.Core.Dashboard;
using EditorialHub.Web.Components.ItemList;

namespace EditorialHub.Web.Components.Dashboard;

/// <summary>
/// Where each figure of the dashboard leads: the list at /items of exactly the items it counts
/// (DashboardLinksTests checks that each list holds as many items as its figure says).
/// </summary>
public static class DashboardLinks
{
    public static string Published(CountOver figure) => new ItemsQuery(Published: figure.Days).ToUrl();

    public static string Waiting(StageWait stage) => new ItemsQuery(State: stage.State, Level: stage.Level).ToUrl();

    public static string Overdue(OverdueReasons reasons) => new ItemsQuery(Overdue: reasons).ToUrl();

    public static string Refused(RefusalGround? ground, DayRange days) =>
        new ItemsQuery(State: ArticleState.Refused, Refused: days, Refusal: ground).ToUrl();

    public static string TakenDown(TakeDownGround? ground, DayRange days) =>
        new ItemsQuery(State: ArticleState.TakenDown, TakenDown: days, TakeDown: ground).ToUrl();

    public static string Unit(int unitId, DayRange days) => new ItemsQuery(Unit: unitId, Published: days).ToUrl();

    public static string Author(string personId, DayRange days) => new ItemsQuery(Author: personId, Published: days).ToUrl();
}
