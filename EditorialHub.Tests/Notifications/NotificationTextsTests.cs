using System.Xml.Linq;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Notifications;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.Notifications;

/// <summary>Every notification the core can make has its words in both languages (looked up by enum name).</summary>
public sealed class NotificationTextsTests
{
    [Theory]
    [InlineData("UiText.resx")]
    [InlineData("UiText.en.resx")]
    public void Resources_EveryKindAndEveryStepOfOnesOwnItemHasAHeadline(string file)
    {
        var keys = XDocument.Load(Repository.PathOf("EditorialHub.Web", "Resources", file))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        // The steps after which someone hears of their own item: every change of state, and the head's decision on a request.
        var ownSteps = ArticleWorkflow.Rules.Where(r => r.From != r.To || r.Action == ArticleAction.DeclineTakeDown)
            .Select(r => r.Action).Distinct();

        Assert.All(Enum.GetValues<NotificationKind>(), kind => Assert.Contains($"Notify_Kind_{kind}", keys));
        Assert.All(ownSteps, action => Assert.Contains($"Notify_Own_{action}", keys));
    }
}
