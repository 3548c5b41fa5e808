namespace EditorialHub.Core.Articles;

/// <summary>Who must approve an item (Điều 12.2). Ordered: a higher level may approve a lower one.</summary>
public enum ApprovalLevel
{
    /// <summary>Biên tập viên.</summary>
    Editor = 1,
    /// <summary>Phó trưởng ban.</summary>
    Deputy = 2,
    /// <summary>Trưởng ban.</summary>
    Head = 3,
}

/// <summary>
/// The workflow's settings (section "Workflow" of appsettings.json): the defaults. The secretary changes the
/// approval policy and the publishing deadline in the app (Settings/WorkflowSettings), which overrides them.
/// </summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflow";

    /// <summary>
    /// Category → approval level. Defaults read Điều 12.2:
    /// - News and ProfessionalTopics → Editor: editors "duyệt và xuất bản các tin bài phản ánh hoạt động
    ///   giảng dạy và giáo dục của trường; các tin bài thuộc chuyên đề, chuyên mục theo tháng, học kì,
    ///   năm học" — the school's routine activity news and the monthly/semester/year topics. A flag still
    ///   lifts such an item to the head, and an editor's own item to the deputy.
    /// - Plans → Deputy: programmes, methods and department activities are the "nội dung liên quan đến
    ///   hoạt động dạy học và giáo dục" that the deputy in charge of content approves.
    /// - Introduction, Direction, Documents, PublicServices → Head: they speak for the school officially
    ///   (its organisation and leadership, directives, commendations and answers to petitions, legal and
    ///   administrative documents, procedures owed to the public): the "tin bài quan trọng" the head
    ///   approves, and the Hiệu trưởng answers for them (Điều 13.4).
    /// Missing categories fall back to these defaults.
    /// </summary>
    public Dictionary<ArticleCategory, ApprovalLevel> ApprovalPolicy { get; set; } = new();

    /// <summary>
    /// Four eyes: when the head wrote or edited a head-level item, nobody else of head level can
    /// approve it; the deputy may then approve it unless the school turns this off.
    /// </summary>
    public bool AllowDeputyWhenHeadIsAuthor { get; set; } = true;

    /// <summary>
    /// The secretary publishes an approved item within this many working days after the day of
    /// approval (Điều 12.2, last bullet: "đăng tải … trong thời gian quy định"; Điều 14); past it the
    /// item is overdue (<see cref="Deadlines"/>).
    /// </summary>
    public int PublishWithinWorkingDays { get; set; } = 2;

    /// <summary>
    /// An official document is published within this many working days after the day it was issued
    /// (Điều 14.2: "cập nhật kịp thời"); past it the document is overdue (<see cref="Deadlines"/>).
    /// </summary>
    public int DocumentPublishWithinWorkingDays { get; set; } = Deadlines.DefaultDocumentPublishWithinWorkingDays;

    /// <summary>
    /// The public holidays, one line each as the secretary writes them ("30/04/2027 Giải phóng miền
    /// Nam", "05/02/2027 - 11/02/2027 Tết Nguyên đán"; <see cref="Settings.HolidayList"/>): not working
    /// days, so no deadline runs out over Tết. Empty by default; the secretary keeps it on /admin.
    /// </summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>
    /// <see cref="Holidays"/> read (a list that no longer reads is no holidays). Read once per list of
    /// lines: the lists evaluate the calendar row by row.
    /// </summary>
    public Settings.HolidayList HolidayList
    {
        get
        {
            var text = string.Join('\n', Holidays);
            if (_holidayList is not { } known || known.Text != text)
                _holidayList = known = (text, Settings.HolidayList.ParseOrEmpty(text));
            return known.List;
        }
    }

    private (string Text, Settings.HolidayList List)? _holidayList;

    /// <summary>The working days these settings define.</summary>
    public WorkingCalendar Calendar => HolidayList.Calendar;

    public static IReadOnlyDictionary<ArticleCategory, ApprovalLevel> DefaultPolicy { get; } =
        new Dictionary<ArticleCategory, ApprovalLevel>
        {
            [ArticleCategory.Introduction] = ApprovalLevel.Head,
            [ArticleCategory.News] = ApprovalLevel.Editor,
            [ArticleCategory.Direction] = ApprovalLevel.Head,
            [ArticleCategory.Plans] = ApprovalLevel.Deputy,
            [ArticleCategory.Documents] = ApprovalLevel.Head,
            [ArticleCategory.PublicServices] = ApprovalLevel.Head,
            [ArticleCategory.ProfessionalTopics] = ApprovalLevel.Editor,
        };

    public ApprovalLevel CategoryLevel(ArticleCategory category) =>
        ApprovalPolicy.TryGetValue(category, out var level) ? level
        : DefaultPolicy.TryGetValue(category, out var fallback) ? fallback
        : ApprovalLevel.Head;

    /// <summary>
    /// The level of an item: the highest of its category's level, Head if any flag is set (Điều 12.2,
    /// first bullet), Deputy if an editor submitted it ("các tin bài được Biên tập viên trình duyệt").
    /// </summary>
    public ApprovalLevel LevelFor(ArticleCategory category, ArticleFlags flags, bool submittedByEditor)
    {
        var level = CategoryLevel(category);
        if (flags != ArticleFlags.None)
            level = ApprovalLevel.Head;
        if (submittedByEditor && level < ApprovalLevel.Deputy)
            level = ApprovalLevel.Deputy;
        return level;
    }
}
