namespace EditorialHub.Web.Resources;

/// <summary>
/// The app's words. UiText.resx holds the Vietnamese (the default, neutral language);
/// UiText.en.resx the English. Components read them through IStringLocalizer&lt;UiText&gt;.
/// </summary>
public sealed class UiText;
