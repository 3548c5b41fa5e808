using EditorialHub.Core.Articles;
using EditorialHub.Core.Board;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.Articles;

/// <summary>docs/authorization.md prints the workflow table; this keeps the page and the code one table.</summary>
public sealed class WorkflowTableDocumentTests
{
    private static readonly Role[] Columns =
        [Role.BoardHead, Role.BoardDeputy, Role.BoardSecretary, Role.Editor, Role.DepartmentHead, Role.DepartmentMember, Role.Principal];

    [Fact]
    public void Document_WorkflowTable_IsExactlyTheCodesTable()
    {
        var lines = File.ReadAllLines(Repository.PathOf("docs", "authorization.md"));
        var header = Array.FindIndex(lines, line => line.StartsWith("| from | action | to |"));
        Assert.True(header >= 0, "The workflow table is missing from docs/authorization.md.");

        var documented = lines.Skip(header + 2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (
                From: Enum.Parse<ArticleState>(cells[0]),
                Action: Enum.Parse<ArticleAction>(cells[1]),
                To: Enum.Parse<ArticleState>(cells[2]),
                Roles: string.Join(",", Columns.Where((_, i) => cells[3 + i] == "✔").Order())))
            .ToList();
        var inCode = ArticleWorkflow.Rules
            .Select(rule => (rule.From, rule.Action, rule.To, Roles: string.Join(",", rule.Roles.Order())))
            .ToList();

        Assert.Equal(inCode, documented);
    }
}
