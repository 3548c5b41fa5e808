using EditorialHub.Core.Articles;
using static EditorialHub.Core.Data.Demo.DemoStaff;

namespace EditorialHub.Core.Data.Demo;

/// <summary>One demo text: what a unit writes about, and in which month it reads naturally (0: any).</summary>
internal sealed record DemoText(
    string Title, string Summary, string Detail, ArticleKind Kind, ArticleCategory Category, int Month = 0, bool IsEvent = false);

/// <summary>
/// The demo's items, written by hand for Trường THPT Lê Quý Đôn (invented): what each unit reports in a
/// school year. <see cref="DemoItems"/> picks them month by month and walks them through the workflow.
/// </summary>
internal static class DemoArticles
{
    /// <summary>What an editor adds when correcting a published item.</summary>
    public const string CorrectionAddition = "<p><em>Đính chính: số liệu ở đoạn trên đã được cập nhật theo báo cáo mới nhất của tổ.</em></p>";

    // An activity of the school's teaching and education: counts for the quota (Điều 13.3).
    private static DemoText A(string title, string summary, string detail, int month = 0) =>
        new(title, summary, detail, ArticleKind.ActivityReport, ArticleCategory.News, month, IsEvent: true);

    // An in-depth professional topic: counts for the quota (Điều 13.3, 14.2).
    private static DemoText T(string title, string summary, string detail, int month = 0) =>
        new(title, summary, detail, ArticleKind.ProfessionalTopic, ArticleCategory.ProfessionalTopics, month);

    // Anything else a unit posts: notices, plans; it does not count for the quota.
    private static DemoText O(string title, string summary, string detail, ArticleCategory category, int month = 0, bool isEvent = false) =>
        new(title, summary, detail, ArticleKind.Other, category, month, isEvent);

    public static readonly IReadOnlyDictionary<string, DemoText[]> ByUnit = new Dictionary<string, DemoText[]>
    {
        [Maths] =
        [
            A("Tổ Toán – Tin học sinh hoạt chuyên môn theo nghiên cứu bài học", "Tổ dự giờ và phân tích bài “Hàm số bậc hai” lớp 10A3 theo hướng nghiên cứu bài học.", "Sau tiết dạy của cô Hoàng Thị Lan Anh, các thầy cô tập trung quan sát cách học sinh hoạt động nhóm và đề xuất điều chỉnh phiếu học tập.", 9),
            T("Chuyên đề: Dạy học hình học không gian với phần mềm GeoGebra", "Chuyên đề cấp tổ giới thiệu cách dựng hình và quay mô hình 3D trong tiết Toán 11.", "Thầy Nguyễn Trung Kiên trình bày ba ví dụ dựng thiết diện, kèm hướng dẫn học sinh tự cài đặt GeoGebra trên điện thoại.", 9),
            A("Ngoại khóa “Toán học quanh ta” cho học sinh khối 10", "Hơn 300 học sinh khối 10 tham gia các trò chơi toán học tại sân trường.", "Các đội thi giải mật thư, ước lượng chiều cao cột cờ bằng tam giác đồng dạng và tính lãi suất tiết kiệm.", 10),
            T("Chuyên đề: Ứng dụng Python trong dạy học thống kê lớp 10", "Hướng dẫn dùng Python và bảng tính để xử lí số liệu điều tra của chính học sinh.", "Giáo viên Tin học Ngô Thị Thanh Huyền chia sẻ bộ bài tập thu thập số liệu chiều cao, cân nặng của lớp và vẽ biểu đồ.", 10),
            A("Hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11 của tổ Toán – Tin học", "Sáu tiết dạy tốt được tổ chức từ ngày 10 đến 15/11.", "Các tiết dạy áp dụng phương pháp dạy học tích cực; ba tiết được chọn dự thi hội giảng cấp trường.", 11),
            A("Kết quả kì thi chọn học sinh giỏi Toán, Tin học cấp trường", "Đội tuyển Toán và Tin học gồm 14 học sinh được thành lập sau kì thi cấp trường.", "Đội tuyển sẽ ôn luyện vào chiều thứ Ba và thứ Năm hằng tuần để chuẩn bị cho kì thi cấp tỉnh.", 11),
            T("Chuyên đề: Phát triển năng lực mô hình hóa toán học qua bài toán thực tế", "Tổ trao đổi cách xây dựng bài toán thực tế cho chủ đề hàm số mũ và lôgarit.", "Các ví dụ về tăng trưởng dân số, lãi kép và phân rã phóng xạ được biên soạn thành bộ tư liệu dùng chung.", 12),
            A("Học sinh lớp 11A1 tham gia Ngày hội STEM cấp tỉnh", "Sản phẩm “Hệ thống tưới cây tự động” của nhóm học sinh lớp 11A1 đạt giải Ba.", "Nhóm học sinh lập trình vi điều khiển đo độ ẩm đất và điều khiển máy bơm mini dưới sự hướng dẫn của cô Huyền.", 12),
            A("Sơ kết học kì I: tổ Toán – Tin học rút kinh nghiệm đổi mới kiểm tra, đánh giá", "Tổ tổng hợp kết quả kiểm tra cuối kì I và thống nhất ma trận đề học kì II.", "Tỉ lệ học sinh đạt điểm khá, giỏi môn Toán tăng so với cùng kì năm học trước.", 1),
            T("Chuyên đề: Ôn tập theo định dạng đề thi tốt nghiệp THPT mới môn Toán", "Giới thiệu cấu trúc ba phần của đề thi và cách ôn tập câu hỏi đúng – sai.", "Tổ thống nhất bộ đề ôn tập theo tuần cho khối 12 và lịch phụ đạo buổi chiều.", 2),
            A("Giao lưu Olympic Toán học với trường THPT Nguyễn Trãi", "Đội tuyển hai trường giao lưu giải toán nhanh và chia sẻ kinh nghiệm ôn thi.", "Buổi giao lưu diễn ra trong không khí sôi nổi với sự cổ vũ của gần 200 học sinh.", 3),
            T("Chuyên đề: Dạy học phân hóa trong tiết luyện tập môn Toán", "Chia nhiệm vụ theo ba mức độ để mọi học sinh trong lớp đều được luyện tập vừa sức.", "Kinh nghiệm của cô Bùi Thị Phương ở lớp 10A6 cho thấy học sinh yếu tham gia tích cực hơn khi có phiếu gợi ý.", 0),
            A("Cuộc thi “Tin học trẻ” cấp trường năm học này", "Hơn 60 học sinh dự thi lập trình và sáng tạo sản phẩm số.", "Ba sản phẩm xuất sắc nhất được chọn tham dự hội thi Tin học trẻ cấp tỉnh.", 0),
            O("Kế hoạch hoạt động của tổ Toán – Tin học", "Kế hoạch chuyên môn, bồi dưỡng học sinh giỏi và phụ đạo học sinh yếu của tổ.", "Kế hoạch đã được Hiệu trưởng phê duyệt và gửi tới toàn thể giáo viên trong tổ.", ArticleCategory.Plans),
        ],
        [Literature] =
        [
            A("Tổ Ngữ văn tổ chức sinh hoạt chuyên môn đầu năm học", "Tổ phân công giảng dạy và thống nhất kế hoạch dạy học môn Ngữ văn theo chương trình 2018.", "Các thầy cô thảo luận cách dạy đọc hiểu văn bản ngoài sách giáo khoa trong kiểm tra định kì.", 9),
            T("Chuyên đề: Dạy học đọc hiểu văn bản thông tin theo chương trình 2018", "Chuyên đề giới thiệu quy trình ba bước giúp học sinh đọc hiểu văn bản thông tin.", "Cô Lương Thị Bích Ngọc minh họa bằng văn bản về di sản Vịnh Hạ Long và phiếu học tập kèm theo.", 9),
            A("Câu lạc bộ Văn học “Mực tím” ra mắt thành viên mới", "Câu lạc bộ kết nạp 35 thành viên mới từ khối 10.", "Buổi ra mắt có phần đọc thơ, kể chuyện sách và giới thiệu số báo tường đầu tiên.", 9),
            A("Ngoại khóa “Hành trình cùng Truyện Kiều” kỷ niệm 260 năm sinh Nguyễn Du", "Học sinh khối 11 dựng hoạt cảnh, ngâm thơ và thi hiểu biết về Truyện Kiều.", "Tiết mục hoạt cảnh “Trao duyên” của lớp 11A4 được ban giám khảo đánh giá cao nhất.", 10),
            T("Chuyên đề: Hướng dẫn học sinh viết bài văn nghị luận xã hội", "Tổ chia sẻ cách xây dựng dàn ý và lựa chọn dẫn chứng cho bài nghị luận về một vấn đề đời sống.", "Bộ tiêu chí chấm bài nghị luận được thống nhất để giáo viên và học sinh cùng sử dụng.", 10),
            A("Hội giảng chào mừng ngày 20/11 của tổ Ngữ văn", "Năm tiết dạy tốt với nhiều hình thức tổ chức hoạt động sáng tạo.", "Tiết dạy “Tràng giang” của thầy Trịnh Văn Hải sử dụng sơ đồ tư duy và trình chiếu tranh minh họa do học sinh vẽ.", 11),
            A("Cuộc thi viết “Thầy cô trong mắt em” chào mừng 20/11", "Ban tổ chức nhận 128 bài dự thi của học sinh ba khối.", "Mười bài viết hay nhất được in trong đặc san chào mừng ngày Nhà giáo Việt Nam.", 11),
            T("Chuyên đề: Dạy học viết theo tiến trình cho học sinh lớp 10", "Giới thiệu quy trình viết bốn bước: chuẩn bị, tìm ý và lập dàn ý, viết, kiểm tra và chỉnh sửa.", "Các bài viết của học sinh được lưu trong hồ sơ học tập để theo dõi sự tiến bộ.", 12),
            A("Ngày hội đọc sách của học sinh khối 10", "Thư viện và tổ Ngữ văn tổ chức ngày hội đọc sách với chủ đề “Sách – người bạn đồng hành”.", "Học sinh giới thiệu sách yêu thích, đổi sách cũ lấy sách mới và thi vẽ bìa sách.", 4),
            A("Sơ kết học kì I: tổ Ngữ văn đánh giá việc ra đề mở", "Tổ rút kinh nghiệm việc sử dụng ngữ liệu ngoài sách giáo khoa trong đề kiểm tra cuối kì.", "Kết quả cho thấy học sinh cần được luyện thêm kĩ năng đọc hiểu văn bản nghị luận.", 1),
            A("Học sinh đạt giải cuộc thi “Đại sứ văn hóa đọc” cấp tỉnh", "Em Nguyễn Thu Hà lớp 11A2 đạt giải Nhì cuộc thi Đại sứ văn hóa đọc.", "Bài dự thi viết về cuốn sách “Dế Mèn phiêu lưu ký” và hành trình đọc sách cùng em nhỏ.", 0),
            T("Chuyên đề: Ứng dụng công nghệ số trong dạy học Ngữ văn", "Giới thiệu cách dùng bảng tương tác trực tuyến để học sinh chia sẻ bài viết và nhận xét chéo.", "Cô Phan Thị Thu Trang chia sẻ kinh nghiệm tổ chức nhận xét đồng đẳng ở lớp 12A5.", 0),
            A("Ngoại khóa “Văn học và sân khấu” cho học sinh khối 12", "Học sinh khối 12 chuyển thể các tác phẩm văn học thành tiểu phẩm sân khấu.", "Vở diễn “Vợ chồng A Phủ” của lớp 12A3 giành giải Nhất toàn khối.", 0),
            O("Kế hoạch bồi dưỡng học sinh giỏi môn Ngữ văn", "Lịch bồi dưỡng đội tuyển và phân công giáo viên phụ trách.", "Đội tuyển Ngữ văn học vào chiều thứ Hai và thứ Sáu hằng tuần tại phòng 204.", ArticleCategory.Plans),
        ],
        [Languages] =
        [
            A("Tổ Ngoại ngữ tổ chức Ngày hội tiếng Anh chào năm học mới", "Học sinh khối 10 làm quen câu lạc bộ tiếng Anh qua các trò chơi ngôn ngữ.", "Ngày hội có thi hùng biện ngắn, hát tiếng Anh và góc trao đổi với tình nguyện viên nước ngoài.", 9),
            T("Chuyên đề: Dạy kĩ năng nói tiếng Anh theo nhóm nhỏ", "Chuyên đề giới thiệu kĩ thuật “think – pair – share” trong tiết dạy kĩ năng nói.", "Thầy Lâm Quốc Bảo minh họa tại lớp 10A2 với chủ đề “Family life”.", 9),
            A("Cuộc thi hùng biện tiếng Anh “English Speaking Contest”", "Mười hai thí sinh vào chung kết với chủ đề bảo vệ môi trường.", "Em Trần Minh Anh lớp 11A1 giành giải Nhất với bài nói về rác thải nhựa ở địa phương.", 10),
            T("Chuyên đề: Kiểm tra đánh giá năng lực tiếng Anh theo định dạng mới", "Tổ thống nhất ma trận đề kiểm tra đánh giá bốn kĩ năng.", "Bộ câu hỏi nghe được thu âm lại với giọng đọc chuẩn và lưu trên hệ thống học tập của trường.", 10),
            A("Hội giảng 20/11 của tổ Ngoại ngữ", "Bốn tiết dạy tốt tiếng Anh và một tiết tiếng Pháp được tổ chức.", "Tiết dạy của cô Hà Thị Ngọc Diệp sử dụng trò chơi trực tuyến giúp học sinh luyện từ vựng hiệu quả.", 11),
            A("Giao lưu với giáo viên tình nguyện người Úc", "Học sinh lớp 12 giao lưu, tìm hiểu văn hóa Úc cùng hai giáo viên tình nguyện.", "Buổi giao lưu giúp các em tự tin hơn khi trò chuyện với người nước ngoài.", 11),
            T("Chuyên đề: Dạy từ vựng tiếng Anh qua ngữ cảnh", "Giới thiệu cách dạy từ vựng gắn với đoạn văn và tình huống giao tiếp.", "Các bài tập đoán nghĩa từ qua ngữ cảnh được biên soạn cho cả ba khối lớp.", 12),
            A("Đêm hội Giáng sinh của Câu lạc bộ tiếng Anh", "Câu lạc bộ tiếng Anh tổ chức đêm hội với các tiết mục ca nhạc, kịch ngắn.", "Toàn bộ số tiền bán đồ thủ công được ủng hộ quỹ học bổng cho học sinh khó khăn.", 12),
            A("Sơ kết học kì I môn Ngoại ngữ", "Tổ đánh giá kết quả học kì I và đề ra giải pháp nâng cao kĩ năng nghe.", "Giáo viên thống nhất tăng thời lượng luyện nghe trong các tiết ôn tập.", 1),
            T("Chuyên đề: Ôn thi tốt nghiệp THPT môn tiếng Anh theo cấu trúc mới", "Giới thiệu các dạng bài đọc hiểu và điền từ trong đề thi mới.", "Tổ xây dựng kho bài tập trực tuyến cho học sinh khối 12 tự luyện tại nhà.", 2),
            A("Học sinh đạt giải Olympic tiếng Anh cấp tỉnh", "Đội tuyển tiếng Anh đạt một giải Nhì và hai giải Ba.", "Thành tích là kết quả của quá trình ôn luyện bền bỉ từ đầu năm học.", 0),
            T("Chuyên đề: Dạy học dự án trong môn tiếng Anh", "Học sinh thực hiện dự án giới thiệu di tích lịch sử của địa phương bằng tiếng Anh.", "Sản phẩm là các video ngắn và tờ rơi song ngữ được trưng bày tại thư viện.", 0),
            A("Ngày hội văn hóa Pháp ngữ của học sinh", "Học sinh học tiếng Pháp tìm hiểu ẩm thực, âm nhạc và lễ hội của các nước Pháp ngữ.", "Cô Tô Thị Huế hướng dẫn các em làm bánh crêpe và hát bài “Les Champs-Élysées”.", 3),
            O("Thông báo lịch thi thử IELTS cho học sinh khối 12", "Lịch thi thử, địa điểm và cách đăng kí cho học sinh có nhu cầu.", "Học sinh đăng kí với giáo viên chủ nhiệm trước ngày thi một tuần.", ArticleCategory.News),
        ],
        [Physics] =
        [
            A("Tổ Vật lí – Công nghệ kiểm tra thiết bị thí nghiệm đầu năm", "Tổ rà soát, sửa chữa thiết bị thí nghiệm trước khi vào năm học.", "Nhiều bộ thí nghiệm đo gia tốc rơi tự do được thay cảm biến mới.", 9),
            T("Chuyên đề: Dạy học Vật lí qua thí nghiệm với cảm biến và máy tính", "Chuyên đề hướng dẫn dùng cảm biến kết nối máy tính để thu và xử lí số liệu thí nghiệm.", "Thầy Dương Đình Khánh minh họa thí nghiệm đo chu kì con lắc đơn và vẽ đồ thị trực tiếp trên máy tính.", 9),
            A("Cuộc thi “Tên lửa nước” của học sinh khối 10", "Mười sáu đội thi thiết kế và phóng tên lửa nước tại sân vận động trường.", "Đội lớp 10A5 giành giải Nhất với tầm bay xa 92 mét.", 10),
            T("Chuyên đề: Giáo dục STEM trong môn Công nghệ", "Hướng dẫn tổ chức dự án thiết kế mô hình nhà thông minh cho học sinh lớp 11.", "Thầy Nông Văn Sơn chia sẻ cách đánh giá sản phẩm theo tiêu chí kĩ thuật và thẩm mĩ.", 10),
            A("Hội giảng 20/11 của tổ Vật lí – Công nghệ", "Bốn tiết dạy tốt có sử dụng thí nghiệm trực quan.", "Tiết dạy “Sóng dừng” của cô Chu Thị Thu Thủy được học sinh hào hứng theo dõi.", 11),
            A("Học sinh tham quan nhà máy thủy điện Hòa Bình", "Học sinh lớp 12 tìm hiểu thực tế quá trình sản xuất điện năng.", "Chuyến đi giúp các em hiểu rõ hơn về máy phát điện xoay chiều và truyền tải điện năng.", 11),
            T("Chuyên đề: Rèn kĩ năng giải bài tập Vật lí theo định dạng đề thi mới", "Tổ phân tích các dạng câu hỏi trả lời ngắn và đúng – sai trong đề thi mới.", "Bộ câu hỏi mẫu được chia theo mức độ nhận biết, thông hiểu và vận dụng.", 12),
            A("Sơ kết học kì I tổ Vật lí – Công nghệ", "Tổ đánh giá kết quả dạy học và việc sử dụng thiết bị thí nghiệm.", "Tổ đề xuất bổ sung hai bộ thí nghiệm điện từ cho học kì II.", 1),
            A("Ngày hội khoa học kĩ thuật cấp trường", "Hai mươi dự án khoa học kĩ thuật của học sinh được trưng bày và chấm giải.", "Dự án “Máy lọc nước bằng năng lượng mặt trời” được chọn dự thi cấp tỉnh.", 0),
            T("Chuyên đề: Dạy học tích hợp giáo dục năng lượng tiết kiệm", "Lồng ghép nội dung sử dụng năng lượng tiết kiệm, hiệu quả vào các bài học Vật lí.", "Học sinh thực hiện khảo sát điện năng tiêu thụ của gia đình và đề xuất cách tiết kiệm.", 0),
            A("Câu lạc bộ Robot của trường tham gia giải Robotacon", "Đội robot của trường lọt vào vòng chung kết cấp khu vực.", "Các thành viên câu lạc bộ tự thiết kế, lắp ráp và lập trình robot trong ba tháng.", 3),
            O("Thông báo lịch sử dụng phòng thực hành Vật lí – Công nghệ", "Lịch sử dụng phòng thực hành cho các lớp trong học kì.", "Giáo viên đăng kí phòng trước hai ngày với nhân viên thiết bị.", ArticleCategory.News),
        ],
        [Chemistry] =
        [
            A("Tổ Hóa học – Sinh học phát động phong trào “Lớp học xanh”", "Mỗi lớp nhận chăm sóc một bồn cây và phân loại rác tại lớp.", "Phong trào hưởng ứng chiến dịch làm cho thế giới sạch hơn do Bộ GD&ĐT phát động.", 9),
            T("Chuyên đề: An toàn trong phòng thí nghiệm Hóa học", "Chuyên đề hướng dẫn quy tắc an toàn và xử lí sự cố khi làm thí nghiệm.", "Học sinh được thực hành dùng bình chữa cháy và xử lí hóa chất đổ vỡ.", 9),
            A("Ngoại khóa “Hóa học và cuộc sống” cho học sinh khối 11", "Học sinh làm thí nghiệm vui: núi lửa phun trào, mực vô hình, xà phòng thủ công.", "Các sản phẩm xà phòng thủ công được bán gây quỹ hỗ trợ học sinh khó khăn.", 10),
            T("Chuyên đề: Dạy học Sinh học gắn với thực tiễn nông nghiệp địa phương", "Tổ xây dựng chủ đề nhân giống cây trồng bằng giâm, chiết, ghép.", "Học sinh thực hành nhân giống cây cam tại vườn trường dưới sự hướng dẫn của cô Khúc Thị Hường.", 10),
            A("Hội giảng 20/11 của tổ Hóa học – Sinh học", "Năm tiết dạy tốt với nhiều thí nghiệm trực quan.", "Tiết dạy “Quang hợp ở thực vật” của thầy Đoàn Minh Tâm được đánh giá xuất sắc.", 11),
            A("Học sinh tham gia cuộc thi “Khoa học xanh”", "Ba nhóm học sinh tham gia cuộc thi ý tưởng bảo vệ môi trường.", "Ý tưởng “Phân hữu cơ từ rác thải nhà bếp” đạt giải Khuyến khích cấp tỉnh.", 11),
            T("Chuyên đề: Phát triển năng lực thực nghiệm qua bài thực hành Sinh học", "Chuyên đề hướng dẫn học sinh thiết kế thí nghiệm và viết báo cáo thực hành.", "Mẫu báo cáo thực hành được thống nhất dùng cho toàn khối 11.", 12),
            A("Tuyên truyền phòng chống sốt xuất huyết cho học sinh", "Tổ phối hợp với y tế trường tuyên truyền phòng bệnh mùa mưa.", "Học sinh các lớp ra quân dọn vệ sinh, diệt lăng quăng quanh khuôn viên trường.", 10),
            A("Sơ kết học kì I tổ Hóa học – Sinh học", "Tổ đánh giá kết quả dạy học và hoạt động trải nghiệm học kì I.", "Tổ đề xuất tăng cường các tiết thực hành tại phòng thí nghiệm trong học kì II.", 1),
            T("Chuyên đề: Ôn thi tốt nghiệp THPT môn Hóa học theo chủ đề", "Tổ xây dựng hệ thống bài tập theo chủ đề cho học sinh khối 12.", "Bộ đề ôn luyện được chia sẻ trên hệ thống học trực tuyến của trường.", 2),
            A("Tham quan vườn quốc gia Cúc Phương", "Học sinh lớp 11 tìm hiểu đa dạng sinh học tại vườn quốc gia.", "Các em hoàn thành phiếu tìm hiểu về các loài thực vật và động vật quý hiếm.", 0),
            T("Chuyên đề: Dạy học phân hóa trong môn Sinh học", "Giới thiệu cách thiết kế nhiệm vụ học tập theo năng lực học sinh.", "Kinh nghiệm của cô Giang Thị Thùy Linh ở lớp 10A8 cho thấy học sinh chủ động hơn.", 0),
            O("Kế hoạch sử dụng phòng thí nghiệm Hóa – Sinh", "Kế hoạch thực hành của các khối lớp trong năm học.", "Giáo viên bộ môn đăng kí tiết thực hành theo tuần với nhân viên thiết bị.", ArticleCategory.Plans),
        ],
        [History] =
        [
            A("Tổ Lịch sử – Địa lí tổ chức ôn lại truyền thống Cách mạng tháng Tám", "Học sinh khối 10 nghe kể chuyện về Cách mạng tháng Tám và ngày Quốc khánh 2/9.", "Buổi sinh hoạt có sự tham gia của cựu chiến binh phường Lê Lợi.", 9),
            T("Chuyên đề: Dạy học Lịch sử qua di sản địa phương", "Chuyên đề hướng dẫn khai thác di tích Phố Hiến trong dạy học Lịch sử.", "Thầy Âu Văn Lợi giới thiệu bộ tư liệu ảnh và bản đồ Phố Hiến xưa.", 9),
            A("Học sinh tham quan di tích lịch sử Phố Hiến", "Hơn 200 học sinh khối 11 tham quan, học tập tại khu di tích Phố Hiến.", "Các nhóm học sinh thuyết trình về lịch sử đền Mẫu và chùa Chuông ngay tại di tích.", 10),
            T("Chuyên đề: Sử dụng bản đồ số trong dạy học Địa lí", "Giới thiệu cách dùng bản đồ số và ảnh vệ tinh trong dạy học Địa lí.", "Cô Phùng Thị Vân minh họa bài “Phân bố dân cư” với bản đồ tương tác.", 10),
            A("Hội giảng chào mừng ngày Nhà giáo Việt Nam của tổ Lịch sử – Địa lí", "Bốn tiết dạy tốt ứng dụng công nghệ thông tin hiệu quả.", "Tiết dạy của thầy Lưu Văn Quyết sử dụng phim tư liệu ngắn gây hứng thú cho học sinh.", 11),
            A("Cuộc thi “Tìm hiểu lịch sử quê hương” cấp trường", "Cuộc thi thu hút 30 lớp tham gia với nhiều sản phẩm sáng tạo.", "Sản phẩm đoạt giải Nhất là cuốn sổ tay điện tử về các di tích của tỉnh.", 11),
            A("Ngoại khóa kỉ niệm ngày thành lập Quân đội nhân dân Việt Nam 22/12", "Tổ phối hợp Đoàn trường tổ chức giao lưu với cựu chiến binh.", "Học sinh được nghe kể về những năm tháng chiến đấu và tặng quà các cựu chiến binh.", 12),
            T("Chuyên đề: Dạy học Địa lí gắn với biến đổi khí hậu", "Tổ xây dựng chủ đề tích hợp về biến đổi khí hậu ở Đồng bằng sông Hồng.", "Học sinh thực hiện khảo sát thực tế về lượng mưa và nhiệt độ tại địa phương.", 12),
            A("Sơ kết học kì I tổ Lịch sử – Địa lí", "Tổ đánh giá việc triển khai chương trình Lịch sử bắt buộc ở lớp 10, 11.", "Tổ thống nhất tăng cường hoạt động trải nghiệm tại di tích trong học kì II.", 1),
            T("Chuyên đề: Dạy học Lịch sử bằng sơ đồ tư duy", "Hướng dẫn học sinh hệ thống kiến thức lịch sử bằng sơ đồ tư duy.", "Nhiều sơ đồ tư duy đẹp của học sinh được trưng bày tại thư viện.", 0),
            A("Học sinh đạt giải cuộc thi Đại sứ di sản", "Hai học sinh lớp 11A6 đạt giải Ba cuộc thi Đại sứ di sản cấp tỉnh.", "Bài dự thi giới thiệu về nghề làm nhãn lồng truyền thống của Hưng Yên.", 0),
            O("Thông báo lịch ôn thi học sinh giỏi Lịch sử, Địa lí", "Lịch ôn luyện đội tuyển học sinh giỏi môn Lịch sử và Địa lí.", "Đội tuyển học vào chiều thứ Tư hằng tuần tại phòng 302.", ArticleCategory.News),
        ],
        [Civics] =
        [
            A("Tổ Giáo dục kinh tế và pháp luật tuyên truyền An toàn giao thông đầu năm", "Học sinh kí cam kết chấp hành luật giao thông và đội mũ bảo hiểm.", "Buổi tuyên truyền có sự tham gia của cán bộ Cảnh sát giao thông thành phố.", 9),
            T("Chuyên đề: Dạy học Giáo dục kinh tế và pháp luật qua tình huống", "Chuyên đề giới thiệu cách xây dựng tình huống pháp luật gần gũi với học sinh.", "Cô Ninh Thị Xuân minh họa bằng tình huống mua bán hàng online.", 9),
            A("Phiên tòa giả định về phòng chống bạo lực học đường", "Học sinh khối 11 dàn dựng phiên tòa giả định về một vụ bạo lực học đường.", "Phiên tòa giúp học sinh hiểu hậu quả pháp lí của hành vi bạo lực và cách phòng tránh.", 10),
            T("Chuyên đề: Giáo dục tài chính cá nhân cho học sinh THPT", "Hướng dẫn học sinh lập kế hoạch chi tiêu và tiết kiệm.", "Thầy Mạc Văn Hòa chia sẻ bộ bài tập lập ngân sách cá nhân theo tháng.", 10),
            A("Hội giảng 20/11 của tổ Giáo dục kinh tế và pháp luật", "Ba tiết dạy tốt với phương pháp đóng vai và thảo luận nhóm.", "Tiết dạy “Quyền và nghĩa vụ công dân” của cô Tống Thị Liên thu hút học sinh tham gia.", 11),
            A("Ngày Pháp luật Việt Nam 9/11 tại trường", "Học sinh tham gia cuộc thi tìm hiểu pháp luật và xem triển lãm tranh cổ động.", "Cuộc thi có 500 học sinh tham gia trả lời trực tuyến.", 11),
            T("Chuyên đề: Giáo dục kĩ năng khởi nghiệp cho học sinh", "Chuyên đề giới thiệu các bước xây dựng ý tưởng kinh doanh nhỏ.", "Học sinh lớp 11A3 trình bày ý tưởng kinh doanh nông sản sạch của địa phương.", 12),
            A("Sơ kết học kì I tổ Giáo dục kinh tế và pháp luật", "Tổ đánh giá kết quả dạy học và hoạt động tuyên truyền pháp luật.", "Tổ đề xuất mời chuyên gia về tài chính cá nhân nói chuyện với học sinh.", 1),
            A("Tuyên truyền phòng chống ma túy trong học đường", "Cán bộ công an tuyên truyền về tác hại và thủ đoạn lôi kéo học sinh sử dụng ma túy.", "Học sinh được hướng dẫn cách nhận biết và tố giác hành vi vi phạm.", 0),
            T("Chuyên đề: Sử dụng video tình huống trong dạy học pháp luật", "Giới thiệu cách khai thác video tình huống ngắn trong tiết học.", "Các video do học sinh tự quay được dùng làm học liệu cho các lớp khác.", 0),
            O("Thông báo lịch sinh hoạt câu lạc bộ Pháp luật", "Lịch sinh hoạt của câu lạc bộ trong học kì.", "Câu lạc bộ sinh hoạt vào chiều thứ Bảy tuần thứ hai hằng tháng.", ArticleCategory.News),
        ],
        [Sports] =
        [
            A("Hội khỏe Phù Đổng cấp trường khai mạc", "Hơn 600 vận động viên tranh tài ở 8 môn thi đấu.", "Lễ khai mạc có màn đồng diễn thể dục của 300 học sinh khối 10.", 9),
            T("Chuyên đề: Đổi mới dạy học môn Giáo dục thể chất theo hướng tự chọn", "Chuyên đề giới thiệu cách tổ chức dạy học theo nhóm môn thể thao tự chọn.", "Học sinh được chọn học bóng rổ, cầu lông hoặc bóng đá theo sở thích.", 9),
            A("Giải bóng đá học sinh chào mừng ngày 20/10", "Mười hai đội bóng đá nam và tám đội nữ tham gia giải.", "Đội lớp 11A2 giành chức vô địch giải bóng đá nữ.", 10),
            T("Chuyên đề: Giáo dục quốc phòng và an ninh qua hoạt động trải nghiệm", "Hướng dẫn tổ chức hội thao quốc phòng cho học sinh khối 11.", "Thầy Bế Văn Tùng chia sẻ cách tổ chức các nội dung tháo lắp súng và băng bó cứu thương.", 10),
            A("Hội giảng 20/11 của tổ Thể dục – Quốc phòng và An ninh", "Ba tiết dạy tốt được tổ chức tại nhà đa năng.", "Tiết dạy cầu lông của cô Hứa Thị Nga được đánh giá cao về tổ chức luyện tập.", 11),
            A("Đội tuyển điền kinh của trường tham dự giải cấp tỉnh", "Đội tuyển gồm 12 vận động viên tham gia 8 nội dung thi đấu.", "Các vận động viên giành được hai Huy chương Bạc và ba Huy chương Đồng.", 11),
            A("Hội thao Giáo dục quốc phòng và an ninh khối 11", "Học sinh khối 11 thi đội ngũ, tháo lắp súng và chạy vũ trang.", "Lớp 11A5 giành giải Nhất toàn đoàn.", 12),
            T("Chuyên đề: Phòng chống chấn thương trong giờ học Giáo dục thể chất", "Chuyên đề hướng dẫn khởi động đúng cách và sơ cứu chấn thương thường gặp.", "Tổ phối hợp với nhân viên y tế trường xây dựng quy trình xử lí chấn thương.", 12),
            A("Sơ kết học kì I tổ Thể dục – Quốc phòng và An ninh", "Tổ đánh giá việc dạy học tự chọn và phong trào thể thao.", "Tổ đề xuất bổ sung dụng cụ bóng rổ cho nhà đa năng.", 1),
            A("Giải cầu lông giáo viên, học sinh chào mừng ngày 26/3", "Giải cầu lông giao lưu giữa giáo viên và học sinh toàn trường.", "Giải đấu diễn ra sôi nổi với 64 vận động viên tham gia.", 3),
            T("Chuyên đề: Dạy học bóng rổ cho học sinh mới bắt đầu", "Giới thiệu các bài tập bổ trợ kĩ thuật dẫn bóng và ném rổ.", "Thầy Lã Văn Thắng chia sẻ giáo án mẫu và video minh họa.", 0),
            O("Thông báo lịch tập luyện đội tuyển thể thao", "Lịch tập luyện của các đội tuyển thể thao của trường.", "Các đội tuyển tập vào chiều thứ Ba, thứ Năm tại sân vận động trường.", ArticleCategory.News),
        ],
        [Office] =
        [
            O("Thông báo lịch tựu trường và khai giảng năm học mới", "Học sinh tựu trường ngày 1/9, lễ khai giảng tổ chức lúc 7 giờ 30 ngày 5/9.", "Phụ huynh đưa đón học sinh tại cổng phụ đường Nguyễn Văn Linh để bảo đảm an toàn giao thông.", ArticleCategory.Direction, 9),
            O("Lễ khai giảng năm học mới của Trường THPT Lê Quý Đôn", "Thầy và trò nhà trường long trọng tổ chức lễ khai giảng, đón 540 học sinh lớp 10.", "Hiệu trưởng đọc thư của Chủ tịch nước gửi ngành giáo dục; đại diện học sinh phát biểu quyết tâm.", ArticleCategory.News, 9, isEvent: true),
            O("Công khai cam kết chất lượng giáo dục năm học", "Nhà trường công khai cam kết chất lượng giáo dục theo Thông tư 09/2024/TT-BGDĐT.", "Nội dung công khai gồm điều kiện tuyển sinh, chương trình giáo dục và kết quả đạt được.", ArticleCategory.Direction, 10),
            O("Hướng dẫn thủ tục xin cấp bản sao bằng tốt nghiệp THPT", "Các bước, hồ sơ và thời gian giải quyết khi đề nghị cấp bản sao bằng tốt nghiệp.", "Người đề nghị nộp hồ sơ tại văn phòng nhà trường vào giờ hành chính các ngày làm việc.", ArticleCategory.PublicServices, 10),
            O("Thông báo tổ chức Hội nghị cán bộ, công chức, viên chức", "Hội nghị tổ chức ngày 12/10 tại hội trường nhà trường.", "Các tổ chuyên môn nộp báo cáo tổng hợp ý kiến về văn phòng trước ngày 8/10.", ArticleCategory.Direction, 10),
            O("Giới thiệu Ban Giám hiệu và cơ cấu tổ chức nhà trường", "Thông tin về Ban Giám hiệu, các tổ chuyên môn, văn phòng và các đoàn thể.", "Thông tin liên hệ của từng bộ phận được cập nhật theo quyết định phân công năm học.", ArticleCategory.Introduction, 11),
            O("Kế hoạch tổ chức các hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11", "Các hoạt động hội giảng, văn nghệ, thể thao và gặp mặt chào mừng ngày 20/11.", "Các tổ chuyên môn và đoàn thể đăng kí nội dung tham gia với văn phòng trước ngày 30/10.", ArticleCategory.Plans, 10),
            O("Lễ kỉ niệm ngày Nhà giáo Việt Nam 20/11", "Nhà trường tổ chức lễ kỉ niệm, tôn vinh các thầy cô giáo tiêu biểu.", "Buổi lễ có sự tham dự của đại diện lãnh đạo địa phương, Ban đại diện cha mẹ học sinh và các thế hệ cựu học sinh.", ArticleCategory.News, 11, isEvent: true),
            O("Thông báo lịch kiểm tra cuối học kì I", "Lịch kiểm tra tập trung các môn học cuối học kì I.", "Học sinh có mặt tại phòng kiểm tra trước giờ kiểm tra 15 phút.", ArticleCategory.Direction, 12),
            O("Thông báo tuyển sinh vào lớp 10 năm học mới", "Chỉ tiêu, phương thức tuyển sinh và lịch nhận hồ sơ vào lớp 10.", "Thông tin chi tiết theo kế hoạch tuyển sinh của Sở GD&ĐT Hưng Yên.", ArticleCategory.Direction, 4),
        ],
        [TradeUnion] =
        [
            O("Công đoàn trường tổ chức gặp mặt chúc mừng ngày Phụ nữ Việt Nam 20/10", "Công đoàn trường tổ chức gặp mặt, tặng hoa chúc mừng các cô giáo, nữ nhân viên.", "Chương trình văn nghệ do các thầy giáo biểu diễn nhận được nhiều tràng pháo tay.", ArticleCategory.News, 10, isEvent: true),
            O("Công đoàn trường thăm hỏi đoàn viên có hoàn cảnh khó khăn", "Ban chấp hành Công đoàn thăm hỏi, tặng quà ba đoàn viên ốm đau dài ngày.", "Kinh phí trích từ quỹ tương trợ do đoàn viên đóng góp.", ArticleCategory.News, 9),
            O("Hội thi “Nữ công khéo tay” chào mừng 20/10", "Các tổ công đoàn thi cắm hoa và làm bánh truyền thống.", "Tổ công đoàn Ngữ văn giành giải Nhất phần thi cắm hoa.", ArticleCategory.News, 10, isEvent: true),
            O("Công đoàn trường tổ chức giải bóng chuyền hơi chào mừng 20/11", "Tám đội bóng chuyền hơi của các tổ công đoàn tham gia thi đấu.", "Giải đấu góp phần tăng cường đoàn kết trong tập thể sư phạm.", ArticleCategory.News, 11, isEvent: true),
            O("Đại hội Công đoàn cơ sở nhiệm kì mới", "Đại hội bầu Ban chấp hành Công đoàn cơ sở gồm 5 đồng chí.", "Đại hội thông qua nghị quyết với các chỉ tiêu chăm lo đời sống đoàn viên.", ArticleCategory.News, 9, isEvent: true),
            O("Công đoàn phát động ủng hộ đồng bào bị thiệt hại do bão lũ", "Đoàn viên công đoàn quyên góp ủng hộ đồng bào các tỉnh miền Trung.", "Số tiền quyên góp được chuyển qua Liên đoàn Lao động tỉnh.", ArticleCategory.News, 10),
            O("Công đoàn tổ chức tham quan nghỉ dưỡng cho đoàn viên", "Đoàn viên công đoàn tham quan, nghỉ dưỡng tại Sầm Sơn.", "Chuyến đi được tổ chức vào dịp nghỉ giữa học kì.", ArticleCategory.News, 0, isEvent: true),
            O("Công đoàn trao quà Tết cho đoàn viên", "Mỗi đoàn viên nhận một phần quà Tết từ quỹ công đoàn.", "Công đoàn đặc biệt quan tâm tới các đoàn viên có hoàn cảnh khó khăn.", ArticleCategory.News, 1),
        ],
        [YouthUnion] =
        [
            A("Đại hội Đoàn trường nhiệm kì mới", "Đại hội bầu Ban chấp hành Đoàn trường gồm 11 đồng chí.", "Đại hội đề ra các chỉ tiêu về phong trào học tập, tình nguyện và rèn luyện đoàn viên.", 9),
            A("Đoàn trường tổ chức Tết Trung thu cho thiếu nhi địa phương", "Đoàn viên tổ chức vui Trung thu, tặng quà cho thiếu nhi phường Lê Lợi.", "Chương trình có múa lân, phá cỗ và rước đèn ông sao quanh khu phố.", 9),
            A("Hội trại chào mừng ngày thành lập Hội Liên hiệp Thanh niên Việt Nam 15/10", "Ba mươi chi đoàn dựng trại và tham gia các trò chơi lớn.", "Trại của chi đoàn 11A2 giành giải Nhất với chủ đề “Tuổi trẻ và biển đảo quê hương”.", 10),
            A("Đoàn trường ra quân “Chủ nhật xanh”", "Đoàn viên dọn vệ sinh, trồng cây xanh quanh khuôn viên trường.", "Hoạt động hưởng ứng phong trào bảo vệ môi trường do Tỉnh đoàn phát động.", 10),
            A("Văn nghệ chào mừng ngày Nhà giáo Việt Nam 20/11", "Hội diễn văn nghệ của 30 chi đoàn với chủ đề “Tri ân thầy cô”.", "Tiết mục múa “Bụi phấn” của chi đoàn 12A1 đoạt giải Nhất.", 11),
            A("Ngày hội hiến máu tình nguyện “Giọt hồng tri ân”", "Hơn 120 đoàn viên, giáo viên tham gia hiến máu tình nguyện.", "Đoàn trường phối hợp với Trung tâm Y tế tỉnh tổ chức ngày hội.", 11),
            A("Đoàn trường tổ chức chương trình “Xuân yêu thương”", "Đoàn viên gói bánh chưng tặng các gia đình chính sách và học sinh khó khăn.", "Chương trình trao 50 suất quà Tết cho học sinh có hoàn cảnh khó khăn.", 1),
            A("Ngày hội “Tháng Thanh niên” chào mừng 26/3", "Đoàn trường tổ chức ngày hội với các hoạt động văn hóa, thể thao, tình nguyện.", "Mười đoàn viên ưu tú được kết nạp Đảng trong dịp này.", 3),
            A("Đoàn trường tổ chức tuyên truyền về an toàn trên không gian mạng", "Đoàn viên được hướng dẫn nhận diện tin giả và bảo vệ thông tin cá nhân.", "Buổi tuyên truyền do cán bộ Công an tỉnh trình bày.", 0),
            A("Cuộc thi “Rung chuông vàng” khối 10", "Cuộc thi kiến thức tổng hợp thu hút 100 học sinh khối 10.", "Em Lê Hoàng Nam lớp 10A1 là người trụ lại cuối cùng.", 12),
        ],
    };

    /// <summary>
    /// Items the board refused, one per ground of Điều 15 (the fourth twice), with the note the board
    /// wrote: the reports list refusals by ground (Điều 16).
    /// </summary>
    public static readonly IReadOnlyList<(string Unit, string Author, DemoText Text, RefusalGround Ground, string Note, bool ByApprover)> Refusals =
    [
        (Civics, "gv.gdcd2", T("Góc nhìn: Có nên bỏ môn Giáo dục quốc phòng khỏi nhà trường?", "Bài viết nêu ý kiến cá nhân đề nghị bỏ một môn học bắt buộc.", "Bài dẫn nhiều bình luận trên mạng xã hội chưa được kiểm chứng."),
            RefusalGround.ContraryToPolicyOrLaw,
            "Bài viết đi ngược chủ trương giáo dục quốc phòng và an ninh là môn học bắt buộc (Luật Giáo dục quốc phòng và an ninh); không đăng trên Cổng.", true),
        (Maths, "gv.toan3", A("Đề và đáp án kiểm tra giữa kì I môn Toán khối 12", "Tổ chia sẻ đề kiểm tra và đáp án để học sinh tham khảo.", "Đề gồm 12 câu trắc nghiệm và 4 câu trả lời ngắn."),
            RefusalGround.SecretOrNotPublic,
            "Đề kiểm tra còn dùng cho các lớp kiểm tra bù tuần sau; đề chưa được phép công khai.", false),
        (Sports, "gv.td1", A("Học sinh trường giành Huy chương Vàng điền kinh cấp tỉnh", "Em Vũ Đức Anh lớp 12A4 giành Huy chương Vàng nội dung chạy 400 m.", "Thành tích được ghi nhận tại giải điền kinh học sinh tỉnh."),
            RefusalGround.Untrue,
            "Theo kết quả chính thức của Sở, em Đức Anh đạt Huy chương Đồng, không phải Huy chương Vàng; thông tin không đúng sự thật.", false),
        (Physics, "gv.ly3", A("Tổ Vật lí tổ chức ngoại khóa", "Tổ tổ chức ngoại khóa cho học sinh.", "Buổi ngoại khóa thành công tốt đẹp."),
            RefusalGround.InsufficientQuality,
            "Bài quá sơ sài: không nêu thời gian, lớp tham gia, nội dung; ảnh mờ. Tổ viết lại thành bài mới nếu muốn đăng.", false),
        (Chemistry, "gv.hoa2", A("Hình ảnh buổi thực hành Hóa học lớp 10", "Một số hình ảnh buổi thực hành.", "Ảnh chụp bằng điện thoại trong phòng thí nghiệm."),
            RefusalGround.InsufficientQuality,
            "Chỉ có ảnh, không có nội dung tin; học sinh trong ảnh không đeo kính bảo hộ, không nên đăng.", true),
        (Office, "vp.yte", O("Danh sách học sinh mắc bệnh mãn tính cần theo dõi sức khỏe", "Danh sách họ tên, lớp và bệnh của học sinh cần theo dõi.", "Giáo viên chủ nhiệm lưu ý khi tổ chức hoạt động thể chất.", ArticleCategory.News),
            RefusalGround.OtherwiseBarredByLaw,
            "Thông tin sức khỏe của học sinh là dữ liệu cá nhân nhạy cảm (Nghị định 13/2023/NĐ-CP), không được đăng công khai; gửi nội bộ cho giáo viên chủ nhiệm.", true),
    ];

    /// <summary>Notes an editor writes when returning an item to its provider (Điều 12.3).</summary>
    public static readonly string[] ReturnToProviderNotes =
    [
        "Đề nghị bổ sung thời gian, địa điểm và số học sinh tham gia; ảnh cần có chú thích.",
        "Tiêu đề dài, đề nghị rút gọn dưới 15 chữ; bổ sung tên giáo viên phụ trách.",
        "Ảnh có học sinh không mặc đồng phục, đề nghị thay ảnh khác.",
        "Phần nội dung chính còn chung chung, đề nghị nêu kết quả cụ thể (số giải, tên học sinh).",
        "Đề nghị kiểm tra lại chính tả và cách viết hoa tên cơ quan, tổ chức.",
    ];

    /// <summary>Notes an approver writes when returning an item to its editor (Điều 12.3).</summary>
    public static readonly string[] ReturnToEditorNotes =
    [
        "Sapo cần nêu rõ ý nghĩa của hoạt động; đoạn hai lặp ý với sapo.",
        "Ghi đúng tên chương trình theo Thông tư, không viết tắt “CT GDPT”.",
        "Đề nghị bỏ ảnh số 3 (thiếu sáng) và ghi nguồn ảnh.",
        "Kiểm tra lại số liệu học sinh đạt giải với danh sách của Sở.",
        "Tên giáo viên ghi đầy đủ họ tên, bỏ cách gọi “cô Lan Anh” ở đoạn đầu.",
    ];

    /// <summary>What a provider adds when answering a return (the second revision).</summary>
    public static readonly string[] ProviderAdditions =
    [
        "<p>Hoạt động diễn ra trong hai buổi sáng với sự tham gia của 8 lớp và 12 giáo viên.</p>",
        "<p>Ảnh: học sinh trong giờ hoạt động nhóm (ảnh do tổ chuyên môn cung cấp).</p>",
        "<p>Kết quả: 3 giải Nhất, 5 giải Nhì và 8 giải Ba được trao cho các tập thể và cá nhân.</p>",
        "<p>Giáo viên phụ trách: tổ trưởng chuyên môn cùng các giáo viên trong tổ.</p>",
    ];

    /// <summary>What an editor adds while editing (a later revision).</summary>
    public static readonly string[] EditorAdditions =
    [
        "<p><em>Ban Biên tập</em></p>",
        "<p>Tin và ảnh: Ban Biên tập Cổng thông tin điện tử nhà trường.</p>",
        "<p>Một số hình ảnh của hoạt động được đăng kèm theo bài.</p>",
    ];
}
