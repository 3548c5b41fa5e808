using EditorialHub.Core.Notifications;
using EditorialHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EditorialHub.Web.Components.Notifications;

/// <summary>The words of a notification, from the resx ("Notify_Kind_…", "Notify_Own_…" for one's own item).</summary>
public static class NotificationTexts
{
    public static string Headline(this IStringLocalizer<UiText> t, NotificationView notification) =>
        notification is { Kind: NotificationKind.YourItemChanged, Action: { } action }
            ? t[$"Notify_Own_{action}"]
            : t[$"Notify_Kind_{notification.Kind}"];

    /// <summary>Where a click on it leads: the item, or the list for a notification about no item.</summary>
    public static string Link(this NotificationView notification) =>
        notification.ArticleId is { } id ? $"/items/{id}" : "/notifications";
}
