using System.Net;
using System.Text.RegularExpressions;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.EndToEnd;

/// <summary>
/// Walks the route × account table of docs/authorization.md against the running app: the document
/// is the specification, and any cell the app answers differently fails.
/// </summary>
[Collection(DemoAppCollection.Name)]
public sealed partial class AuthorizationTableTests(DemoAppFixture fixture)
{
    private static readonly (string[] Accounts, List<(string Route, int[] Expected)> Rows) Table = ReadTable();

    public static TheoryData<string> Accounts()
    {
        var data = new TheoryData<string>();
        foreach (var account in Table.Accounts)
            data.Add(account);
        return data;
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task EveryRoute_SignedInAccount_AnswersAsTheTableSays(string account)
    {
        using var http = await SignedInClientAsync(account);
        var column = Array.IndexOf(Table.Accounts, account);

        var differences = new List<string>();
        foreach (var (route, expected) in Table.Rows)
        {
            var response = await http.GetAsync(route);
            if ((int)response.StatusCode != expected[column])
                differences.Add($"{route}: expected {expected[column]}, got {(int)response.StatusCode}");
        }

        Assert.True(differences.Count == 0, $"{account}:\n" + string.Join("\n", differences));
    }

    [Fact]
    public async Task EveryRoute_Anonymous_GoesToSignIn()
    {
        using var http = NewClient(new CookieContainer());

        foreach (var (route, _) in Table.Rows)
        {
            var response = await http.GetAsync(route);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [InlineData("/Account/Logout")]
    [InlineData("/Account/Culture")]
    public async Task FormEndpoint_PostedFromElsewhereWithoutToken_IsRefused(string endpoint)
    {
        using var http = await SignedInClientAsync("gv.toan2");

        var response = await http.PostAsync(endpoint, new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-GB" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode); // still signed in
    }

    [Fact]
    public void Table_CoversEveryAppSection()
    {
        var routes = Table.Rows.Select(r => r.Route).ToHashSet();

        Assert.All(EditorialHub.Web.Components.Layout.AppSections.All, section => Assert.Contains(section.Route, routes));
    }

    private HttpClient NewClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = fixture.App.Address,
        };

    /// <summary>Signs in through the real sign-in form (antiforgery token and all).</summary>
    private async Task<HttpClient> SignedInClientAsync(string account)
    {
        var http = NewClient(new CookieContainer());
        var form = await http.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = account,
            ["Input.Password"] = Journey.DemoPassword,
        }));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"sign-in of {account}: {response.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        return http;
    }

    private static (string[] Accounts, List<(string, int[])> Rows) ReadTable()
    {
        var lines = File.ReadAllLines(Repository.PathOf("docs", "authorization.md"));
        var header = Array.FindIndex(lines, line => line.StartsWith("| route | hieutruong"));
        string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
        var accounts = Cells(lines[header]).Skip(1).ToArray();
        var rows = lines.Skip(header + 2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(Cells)
            .Select(cells => (cells[0], cells.Skip(1).Select(int.Parse).ToArray()))
            .ToList();
        return (accounts, rows);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
