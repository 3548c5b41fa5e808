using System.Globalization;
using System.Text;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Dashboard;
using EditorialHub.Web.Components.Shared;
using EditorialHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EditorialHub.Web.Components.ItemList;

/// <summary>
/// Says in words what a list at /items holds ("Tin bài của Tổ Toán – Tin học đăng trong tháng
/// 11/2026"), so whoever followed a figure knows what they are looking at.
/// </summary>
public static class ItemsHeading
{
    public static string Describe(IStringLocalizer<UiText> t, ItemsQuery query, string? unitName, string? authorName)
    {
        var text = new StringBuilder(t["ItemList_Items"]);
        if (authorName is not null)
            text.Append(' ').Append(t["ItemList_Of", unitName is null ? authorName : $"{authorName} ({unitName})"]);
        else if (unitName is not null)
            text.Append(' ').Append(t["ItemList_Of", unitName]);

        if (query.Level is { } level)
            text.Append(' ').Append(t["ItemList_AwaitingLevel", t.Name(level)]);
        // "Refused from … to …" already says the state.
        else if (query.State is { } state
                 && !(state == ArticleState.Refused && query.Refused is not null)
                 && !(state == ArticleState.TakenDown && query.TakenDown is not null))
            text.Append(' ').Append(t["ItemList_InState", t.Name(state)]);
        if (query.Category is { } category)
            text.Append(' ').Append(t["ItemList_InCategory", t.Name(category)]);

        AppendDays(t, text, query.Published, "ItemList_PublishedInMonth", "ItemList_PublishedBetween");
        AppendDays(t, text, query.Refused, "ItemList_RefusedInMonth", "ItemList_RefusedBetween");
        AppendDays(t, text, query.TakenDown, "ItemList_TakenDownInMonth", "ItemList_TakenDownBetween");

        if (query.Refusal is { } refusal)
            text.Append(' ').Append(t["ItemList_RefusedFor", t.Name(refusal)]);
        if (query.TakeDown is { } takeDown)
            text.Append(' ').Append(t["ItemList_TakenDownFor", t.Name(takeDown)]);

        var overdue = query.Overdue switch
        {
            OverdueReasons.None => null,
            OverdueReasons.EventNotPublished => t["ItemList_OverdueEvents"].Value,
            OverdueReasons.ApprovedNotPublished => t["ItemList_OverdueApproved"].Value,
            _ => t["ItemList_Overdue"].Value,
        };
        if (overdue is not null)
            text.Append(", ").Append(overdue);
        return text.ToString();
    }

    private static void AppendDays(IStringLocalizer<UiText> t, StringBuilder text, DayRange? days, string monthKey, string betweenKey)
    {
        if (days is null)
            return;
        text.Append(' ').Append(days.IsWholeMonth
            ? t[monthKey, days.From.ToString("MM/yyyy", CultureInfo.InvariantCulture)]
            : t[betweenKey, Day(days.From), Day(days.To)]);
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
