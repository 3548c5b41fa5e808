using EditorialHub.Core.Articles;

namespace EditorialHub.Web.Components.Items;

/// <summary>What the action dialog collected.</summary>
public sealed record ActionInput(string Note, RefusalGround? RefusalGround, TakeDownGround? TakeDownGround, string PortalUrl);
