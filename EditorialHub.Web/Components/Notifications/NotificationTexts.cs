using System.Globalization;
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

    /// <summary>A reminder's sentence (its figures are data; its words come from the resx); none for the other kinds.</summary>
    public static string? Detail(this IStringLocalizer<UiText> t, NotificationView notification) => notification.Kind switch
    {
        NotificationKind.QuotaReminder => string.Format(CultureInfo.CurrentCulture, t["Notify_Reminder_Detail"], notification.Number),
        NotificationKind.QuotaDigest => string.Format(CultureInfo.CurrentCulture, t["Notify_Digest_Detail"], notification.Number, notification.Note),
        _ => null,
    };

    /// <summary>Where a click on it leads: the item, the quotas for a reminder, or the list.</summary>
    public static string Link(this NotificationView notification) => notification switch
    {
        { ArticleId: { } id } => $"/items/{id}",
        { Kind: NotificationKind.QuotaReminder or NotificationKind.QuotaDigest } => "/quotas",
        _ => "/notifications",
    };
}
