using EditorialHub.Core.Board;

namespace EditorialHub.Core.Data.Demo;

/// <summary>The demo school's units and staff, written by hand (Trường THPT Lê Quý Đôn is invented).</summary>
internal static class DemoStaff
{
    public const string Maths = "Tổ Toán – Tin học";
    public const string Literature = "Tổ Ngữ văn";
    public const string Languages = "Tổ Ngoại ngữ";
    public const string Physics = "Tổ Vật lí – Công nghệ";
    public const string Chemistry = "Tổ Hóa học – Sinh học";
    public const string History = "Tổ Lịch sử – Địa lí";
    public const string Civics = "Tổ Giáo dục kinh tế và pháp luật";
    public const string Sports = "Tổ Thể dục – Quốc phòng và An ninh";
    public const string Office = "Văn phòng";
    public const string TradeUnion = "Công đoàn trường";
    public const string YouthUnion = "Đoàn Thanh niên";

    public sealed record DemoUnit(string Name, UnitKind Kind);

    public sealed record DemoPerson(string UserName, string FullName, string JobTitle, string? Unit, params Role[] Roles);

    public static readonly DemoUnit[] Units =
    [
        new(Maths, UnitKind.SubjectDepartment),
        new(Literature, UnitKind.SubjectDepartment),
        new(Languages, UnitKind.SubjectDepartment),
        new(Physics, UnitKind.SubjectDepartment),
        new(Chemistry, UnitKind.SubjectDepartment),
        new(History, UnitKind.SubjectDepartment),
        new(Civics, UnitKind.SubjectDepartment),
        new(Sports, UnitKind.SubjectDepartment),
        new(Office, UnitKind.Office),
        new(TradeUnion, UnitKind.TradeUnion),
        new(YouthUnion, UnitKind.YouthUnion),
    ];

    public static readonly DemoPerson[] People =
    [
        // The school's leadership: the principal watches, a vice-principal chairs the board.
        new("hieutruong", "Nguyễn Văn Thành", "Hiệu trưởng", null, Role.Principal),
        new("truongban", "Trần Thị Thu Hà", "Phó Hiệu trưởng", null, Role.BoardHead),
        new("phoban", "Lê Quang Minh", "Phó Hiệu trưởng", null, Role.BoardDeputy),

        // Tổ Toán – Tin học (the secretary is its IT teacher)
        new("tt.toan", "Phạm Đức Long", "Tổ trưởng, giáo viên Toán", Maths, Role.DepartmentHead),
        new("thuky", "Đỗ Thị Hồng Nhung", "Giáo viên Tin học", Maths, Role.BoardSecretary),
        new("btv.toan", "Vũ Mạnh Cường", "Tổ phó, giáo viên Toán", Maths, Role.Editor),
        new("gv.toan1", "Hoàng Thị Lan Anh", "Giáo viên Toán", Maths),
        new("gv.toan2", "Nguyễn Trung Kiên", "Giáo viên Toán", Maths),
        new("gv.toan3", "Bùi Thị Phương", "Giáo viên Toán", Maths),
        new("gv.toan4", "Đặng Văn Tuấn", "Giáo viên Toán", Maths),
        new("gv.tin1", "Ngô Thị Thanh Huyền", "Giáo viên Tin học", Maths),

        // Tổ Ngữ văn
        new("tt.van", "Lương Thị Bích Ngọc", "Tổ trưởng, giáo viên Ngữ văn", Literature, Role.DepartmentHead),
        new("btv.van", "Nguyễn Thị Mai Hương", "Giáo viên Ngữ văn", Literature, Role.Editor),
        new("gv.van1", "Trịnh Văn Hải", "Giáo viên Ngữ văn", Literature),
        new("gv.van2", "Phan Thị Thu Trang", "Giáo viên Ngữ văn", Literature),
        new("gv.van3", "Đinh Thị Hạnh", "Giáo viên Ngữ văn", Literature),
        new("gv.van4", "Tạ Minh Châu", "Giáo viên Ngữ văn", Literature),
        new("gv.van5", "Vương Thị Yến", "Giáo viên Ngữ văn", Literature),

        // Tổ Ngoại ngữ
        new("tt.anh", "Cao Thị Kim Oanh", "Tổ trưởng, giáo viên Tiếng Anh", Languages, Role.DepartmentHead),
        new("btv.anh", "Lâm Quốc Bảo", "Giáo viên Tiếng Anh", Languages, Role.Editor),
        new("gv.anh1", "Hà Thị Ngọc Diệp", "Giáo viên Tiếng Anh", Languages),
        new("gv.anh2", "Mai Xuân Trường", "Giáo viên Tiếng Anh", Languages),
        new("gv.anh3", "Kiều Thị Thảo", "Giáo viên Tiếng Anh", Languages),
        new("gv.anh4", "Tô Thị Huế", "Giáo viên Tiếng Pháp", Languages),

        // Tổ Vật lí – Công nghệ
        new("tt.ly", "Hồ Văn Nam", "Tổ trưởng, giáo viên Vật lí", Physics, Role.DepartmentHead),
        new("gv.ly1", "Chu Thị Thu Thủy", "Giáo viên Vật lí", Physics),
        new("gv.ly2", "Dương Đình Khánh", "Giáo viên Vật lí", Physics),
        new("gv.ly3", "Lý Thị Hoa", "Giáo viên Vật lí", Physics),
        new("gv.cn1", "Nông Văn Sơn", "Giáo viên Công nghệ", Physics),

        // Tổ Hóa học – Sinh học
        new("tt.hoa", "Triệu Thị Minh Nguyệt", "Tổ trưởng, giáo viên Hóa học", Chemistry, Role.DepartmentHead),
        new("gv.hoa1", "Quách Văn Phúc", "Giáo viên Hóa học", Chemistry),
        new("gv.hoa2", "Văn Thị Loan", "Giáo viên Hóa học", Chemistry),
        new("gv.sinh1", "Khúc Thị Hường", "Giáo viên Sinh học", Chemistry),
        new("gv.sinh2", "Đoàn Minh Tâm", "Giáo viên Sinh học", Chemistry),
        new("gv.sinh3", "Giang Thị Thùy Linh", "Giáo viên Sinh học", Chemistry),

        // Tổ Lịch sử – Địa lí
        new("tt.su", "Âu Văn Lợi", "Tổ trưởng, giáo viên Lịch sử", History, Role.DepartmentHead),
        new("gv.su1", "Thái Thị Ngân", "Giáo viên Lịch sử", History),
        new("gv.su2", "Lưu Văn Quyết", "Giáo viên Lịch sử", History),
        new("gv.dia1", "Phùng Thị Vân", "Giáo viên Địa lí", History),
        new("gv.dia2", "La Văn Đông", "Giáo viên Địa lí", History),

        // Tổ Giáo dục kinh tế và pháp luật
        new("tt.gdcd", "Ninh Thị Xuân", "Tổ trưởng, giáo viên GDKT&PL", Civics, Role.DepartmentHead),
        new("gv.gdcd1", "Mạc Văn Hòa", "Giáo viên GDKT&PL", Civics),
        new("gv.gdcd2", "Tống Thị Liên", "Giáo viên GDKT&PL", Civics),
        new("gv.gdcd3", "Lê Thị Thanh Tâm", "Giáo viên GDKT&PL", Civics),

        // Tổ Thể dục – Quốc phòng và An ninh
        new("tt.td", "Khổng Văn Dũng", "Tổ trưởng, giáo viên Thể dục", Sports, Role.DepartmentHead),
        new("gv.td1", "Lã Văn Thắng", "Giáo viên Thể dục", Sports),
        new("gv.td2", "Hứa Thị Nga", "Giáo viên Thể dục", Sports),
        new("gv.qp1", "Bế Văn Tùng", "Giáo viên GDQP-AN", Sports),
        new("gv.qp2", "Đàm Quang Huy", "Giáo viên GDQP-AN", Sports),

        // Văn phòng
        new("vp.truong", "Nghiêm Thị Hằng", "Kế toán, phụ trách văn phòng", Office, Role.DepartmentHead),
        new("vp.vanthu", "Từ Thị Mơ", "Văn thư", Office),
        new("vp.thuvien", "Lò Thị Hiền", "Nhân viên thư viện", Office),
        new("vp.thietbi", "Hầu Văn Kiên", "Nhân viên thiết bị", Office),
        new("vp.yte", "Giáp Thị Duyên", "Nhân viên y tế", Office),
        new("vp.baove", "Ông Văn Bình", "Nhân viên bảo vệ", Office),

        // Công đoàn trường
        new("cd.chutich", "Viên Thị Hậu", "Chủ tịch Công đoàn", TradeUnion, Role.DepartmentHead),
        new("cd.uyvien", "Kim Văn Lực", "Ủy viên Ban chấp hành Công đoàn", TradeUnion),

        // Đoàn Thanh niên
        new("doan.bithu", "Lạc Thị Tuyết", "Bí thư Đoàn trường", YouthUnion, Role.DepartmentHead),
        new("doan.phobithu", "Sầm Văn Toàn", "Phó Bí thư Đoàn trường", YouthUnion),
        new("doan.uyvien", "Mông Thị Thắm", "Ủy viên Ban chấp hành Đoàn trường", YouthUnion),
    ];
}
