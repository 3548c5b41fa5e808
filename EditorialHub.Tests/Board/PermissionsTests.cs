using EditorialHub.Core.Board;

namespace EditorialHub.Tests.Board;

public sealed class PermissionsTests
{
    // The table of DOMAIN.md's roles, written out by hand: a row per role, a column per permission
    // (S submit, E edit, A approve, P publish, V view published, T take down, Q quotas,
    // R reports, D dashboard, M administer). docs/authorization.md shows the same table.
    private const string Columns = "SEAPVTQRDM";

    // Aligned by hand so the columns read as a table.
#pragma warning disable format
    private static readonly Dictionary<Role, string> Table = new()
    {
        [Role.BoardHead] =        "..A.VTQRD.",
        [Role.BoardDeputy] =      "..A.V.QR..",
        [Role.BoardSecretary] =   "...PV.QR.M",
        [Role.Editor] =           ".EA.V.Q...",
        [Role.DepartmentHead] =   "S...V.Q...",
        [Role.DepartmentMember] = "S...V.Q...",
        [Role.Principal] =        "....V.QRD.",
    };
#pragma warning restore format

    private static readonly Permission[] ByColumn =
    [
        Permission.SubmitItems, Permission.EditItems, Permission.ApproveItems, Permission.PublishItems,
        Permission.ViewPublished, Permission.TakeDownItems, Permission.ViewQuotas, Permission.ViewReports,
        Permission.ViewDashboard, Permission.Administer,
    ];

    public static TheoryData<Role, Permission, bool> EveryCell()
    {
        var data = new TheoryData<Role, Permission, bool>();
        foreach (var (role, row) in Table)
            for (var column = 0; column < Columns.Length; column++)
                data.Add(role, ByColumn[column], row[column] != '.');
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCell))]
    public void Allows_EachRoleAndPermission_MatchesTheTable(Role role, Permission permission, bool expected)
    {
        Assert.Equal(expected, Permissions.Allows([role], permission));
    }

    [Fact]
    public void Table_CoversEveryRoleAndPermission()
    {
        Assert.Equal(Enum.GetValues<Role>().Order(), Table.Keys.Order());
        Assert.Equal(Enum.GetValues<Permission>().Order(), ByColumn.Order());
    }

    [Fact]
    public void Of_SeveralRoles_UnitesTheirPermissions()
    {
        // A principal who chairs the board approves and takes down as well as watching.
        var both = Permissions.Of([Role.Principal, Role.BoardHead]);

        Assert.Contains(Permission.ApproveItems, both);
        Assert.Contains(Permission.TakeDownItems, both);
        Assert.Contains(Permission.ViewDashboard, both);
        Assert.DoesNotContain(Permission.Administer, both);
    }

    [Fact]
    public void Of_NoRoles_AllowsNothing()
    {
        Assert.Empty(Permissions.Of([]));
    }
}
