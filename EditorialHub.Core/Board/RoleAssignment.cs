namespace EditorialHub.Core.Board;

/// <summary>One role held by one person for one school year (by the board's founding decision).</summary>
public sealed class RoleAssignment
{
    private RoleAssignment() { PersonId = ""; }

    public RoleAssignment(string personId, int schoolYearId, Role role)
    {
        if (role == Role.DepartmentMember)
            throw new ArgumentException("Membership of a unit comes from the person's unit and is not assigned.", nameof(role));
        PersonId = personId;
        SchoolYearId = schoolYearId;
        Role = role;
    }

    public int Id { get; private set; }
    public string PersonId { get; private set; }
    public Person? Person { get; private set; }
    public int SchoolYearId { get; private set; }
    public SchoolYear? SchoolYear { get; private set; }
    public Role Role { get; private set; }
}
