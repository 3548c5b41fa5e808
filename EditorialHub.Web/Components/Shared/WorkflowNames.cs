using EditorialHub.Core.Articles;
using EditorialHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EditorialHub.Web.Components.Shared;

/// <summary>The words for the workflow's enums, from the resx (keys "State_Draft", "Category_News", …).</summary>
public static class WorkflowNames
{
    public static string Name(this IStringLocalizer<UiText> t, ArticleState state) => t[$"State_{state}"];
    public static string Name(this IStringLocalizer<UiText> t, ArticleCategory category) => t[$"Category_{category}"];
    public static string Name(this IStringLocalizer<UiText> t, ArticleKind kind) => t[$"Kind_{kind}"];
    public static string Name(this IStringLocalizer<UiText> t, ArticleFlags flag) => t[$"Flag_{flag}"];
    public static string Name(this IStringLocalizer<UiText> t, ArticleAction action) => t[$"Action_{action}"];

    /// <summary>
    /// A button's words: what pressing it does. Deciding a take-down request says it plainly ("Đồng ý
    /// gỡ theo đề nghị", "Không gỡ"), and the head's own take-down, while a request waits, says whose decision it is.
    /// </summary>
    public static string Button(this IStringLocalizer<UiText> t, ArticleAction action, bool takeDownRequested) => action switch
    {
        ArticleAction.GrantTakeDown => t["ActionButton_GrantTakeDown"],
        ArticleAction.DeclineTakeDown => t["ActionButton_DeclineTakeDown"],
        ArticleAction.TakeDown when takeDownRequested => t["ActionButton_TakeDownOverRequest"],
        _ => t.Name(action),
    };
    public static string Name(this IStringLocalizer<UiText> t, ApprovalLevel level) => t[$"Level_{level}"];
    public static string Name(this IStringLocalizer<UiText> t, RefusalGround ground) => t[$"RefusalGround_{ground}"];
    public static string Name(this IStringLocalizer<UiText> t, TakeDownGround ground) => t[$"TakeDownGround_{ground}"];

    /// <summary>The single flags set on an item, in order.</summary>
    public static IEnumerable<ArticleFlags> Each(this ArticleFlags flags) =>
        Enum.GetValues<ArticleFlags>().Where(flag => flag != ArticleFlags.None && flags.HasFlag(flag));

    /// <summary>A value and its words, for drop-downs.</summary>
    public static IReadOnlyList<Choice<TEnum>> Choices<TEnum>(this IStringLocalizer<UiText> t, string prefix)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new Choice<TEnum>(value, t[$"{prefix}_{value}"])).ToList();

    /// <summary>
    /// A stored moment (UTC; SQLite gives it back without a kind) as the school's clock reads it, never
    /// the server's: a school whose server runs in UTC still sees its own times.
    /// </summary>
    public static string LocalTime(this DateTime utc, TimeProvider clock, string format = "dd/MM/yyyy HH:mm") =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone).ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record Choice<TEnum>(TEnum Value, string Text);
