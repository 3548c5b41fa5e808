using Microsoft.AspNetCore.Identity;

namespace EditorialHub.Core.Board;

/// <summary>
/// A member of staff with an account issued by the school (never self-registered, Điều 10).
/// The sign-in name is <c>UserName</c> (from Identity's user).
/// </summary>
public sealed class Person : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>The unit the person provides information for; none for the school's leadership.</summary>
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>What the person does at school, e.g. "Giáo viên Toán", "Phó Hiệu trưởng".</summary>
    public string JobTitle { get; set; } = "";

    /// <summary>An inactive person cannot sign in; everything they did stays.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Set on an issued or reset password: nothing works until the person chooses their own.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Demo accounts keep their shared password (the demo school only).</summary>
    public bool IsDemo { get; set; }

    /// <summary>"vi" or "en"; Vietnamese unless the person chose otherwise.</summary>
    public string PreferredCulture { get; set; } = "vi";

    public DateTime CreatedAtUtc { get; set; }
}
