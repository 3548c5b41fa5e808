using System.Text.RegularExpressions;
using System.Xml.Linq;
using EditorialHub.Core.Articles;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.Web;

public sealed class LocalizationTests
{
    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Repository.PathOf("EditorialHub.Web", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [Fact]
    public void Resources_EveryVietnameseTextHasItsEnglishTwin()
    {
        var vietnamese = Read("UiText.resx");
        var english = Read("UiText.en.resx");

        Assert.Equal(vietnamese.Keys.Order(), english.Keys.Order());
        Assert.All(vietnamese, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void Resources_EveryKeyTheAppAsksForExists()
    {
        var known = Read("UiText.resx").Keys.ToHashSet();
        var sources = Directory.EnumerateFiles(Repository.PathOf("EditorialHub.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor") || f.EndsWith(".cs"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

        var asked = sources
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"(?:T\[""|""(?=(?:Nav|Role|Status|Home|Login|Menu|Section|ChangePassword|Password)_))([A-Za-z_]+)""?")
                .Select(m => m.Groups[1].Value))
            .Where(key => key.Contains('_') && !key.EndsWith('_'))
            .Distinct()
            .ToList();

        Assert.NotEmpty(asked);
        Assert.All(asked, key => Assert.Contains(key, known));
    }

    [Fact]
    public void Resources_EveryWorkflowNameExists()
    {
        // The workflow's words are looked up by enum name ("State_" + state), which the key scan cannot see.
        var known = Read("UiText.resx").Keys.ToHashSet();
        var expected = Names<ArticleState>("State").Concat(Names<ArticleCategory>("Category")).Concat(Names<ArticleKind>("Kind"))
            .Concat(Names<ArticleAction>("Action")).Concat(Names<ArticleAction>("ActionHelp")).Concat(Names<ApprovalLevel>("Level"))
            .Concat(Names<RefusalGround>("RefusalGround")).Concat(Names<TakeDownGround>("TakeDownGround"))
            .Concat(Enum.GetValues<ArticleFlags>().Where(f => f != ArticleFlags.None).Select(f => $"Flag_{f}"));

        Assert.All(expected, key => Assert.Contains(key, known));
        Assert.Equal("Chờ duyệt", Read("UiText.resx")["State_AwaitingApproval"]);
    }

    private static IEnumerable<string> Names<TEnum>(string prefix) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => $"{prefix}_{value}");

    [Fact]
    public void Resources_VietnameseTextsCarryTheirDiacritics()
    {
        var vietnamese = Read("UiText.resx");

        Assert.Equal("Đăng nhập", vietnamese["Login_Title"]);
        Assert.Equal("Trưởng ban", vietnamese["Role_BoardHead"]);
    }
}
