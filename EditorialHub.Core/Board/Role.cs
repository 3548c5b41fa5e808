namespace EditorialHub.Core.Board;

/// <summary>
/// What a person does in the editorial work for one school year (the board is re-appointed by
/// decision every year, Điều 5.2). A person may hold several roles at once.
/// </summary>
public enum Role
{
    /// <summary>Trưởng ban: approves anything, the only approver of head-level items, decides take-downs.</summary>
    BoardHead = 1,
    /// <summary>Phó trưởng ban (phụ trách nội dung).</summary>
    BoardDeputy = 2,
    /// <summary>Thư ký (phụ trách CNTT): publishes and administers the system.</summary>
    BoardSecretary = 3,
    /// <summary>Biên tập viên.</summary>
    Editor = 4,
    /// <summary>Tổ trưởng / trưởng đơn vị: tracks the unit's monthly quota.</summary>
    DepartmentHead = 5,
    /// <summary>Thành viên tổ / đơn vị. Everyone who belongs to a unit holds it; it is never assigned by hand.</summary>
    DepartmentMember = 6,
    /// <summary>Hiệu trưởng: reads everything, changes nothing.</summary>
    Principal = 7,
}
