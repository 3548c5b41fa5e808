namespace EditorialHub.Core.Board;

/// <summary>A unit that provides information (đơn vị cung cấp thông tin).</summary>
public sealed class Unit
{
    private Unit() { Name = ""; }

    public Unit(string name, UnitKind kind, int sortOrder)
    {
        Name = name;
        Kind = kind;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public UnitKind Kind { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; }

    public void Rename(string name) => Name = name;
    public void Deactivate() => IsActive = false;
    public void Reactivate() => IsActive = true;
}

public enum UnitKind
{
    /// <summary>Tổ chuyên môn: owes an article a month by default (Điều 13.3).</summary>
    SubjectDepartment = 1,
    /// <summary>Văn phòng.</summary>
    Office = 2,
    /// <summary>Công đoàn.</summary>
    TradeUnion = 3,
    /// <summary>Đoàn thanh niên.</summary>
    YouthUnion = 4,
    /// <summary>Tập thể lớp.</summary>
    Class = 5,
}
