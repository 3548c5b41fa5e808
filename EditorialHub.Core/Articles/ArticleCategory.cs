namespace EditorialHub.Core.Articles;

/// <summary>The portal's sections (Điều 11, plus the professional topics of Điều 13.3 and 14.2).</summary>
public enum ArticleCategory
{
    /// <summary>Giới thiệu (Điều 11.1).</summary>
    Introduction = 1,
    /// <summary>Tin tức, sự kiện (Điều 11.2).</summary>
    News = 2,
    /// <summary>Chỉ đạo, điều hành (Điều 11.3).</summary>
    Direction = 3,
    /// <summary>Chiến lược, kế hoạch (Điều 11.4).</summary>
    Plans = 4,
    /// <summary>Văn bản (Điều 11.5): carries number/symbol, issue date, issuing body and summary.</summary>
    Documents = 5,
    /// <summary>Dịch vụ công trực tuyến (Điều 11.6).</summary>
    PublicServices = 6,
    /// <summary>Chuyên đề chuyên môn (Điều 13.3, 14.2).</summary>
    ProfessionalTopics = 7,
}

/// <summary>What an item is; it decides what counts towards a department's quota (Điều 13.3).</summary>
public enum ArticleKind
{
    /// <summary>A report of the school's teaching and education activities.</summary>
    ActivityReport = 1,
    /// <summary>An in-depth professional topic.</summary>
    ProfessionalTopic = 2,
    Other = 3,
}

/// <summary>Any flag routes approval to the head (Điều 12.2, first bullet).</summary>
[Flags]
public enum ArticleFlags
{
    None = 0,
    /// <summary>Có tính chất nhạy cảm.</summary>
    Sensitive = 1,
    /// <summary>Thông tin của Sở, của ngành.</summary>
    FromEducationAuthority = 2,
    /// <summary>Được học sinh, phụ huynh và nhân dân đặc biệt quan tâm.</summary>
    PublicInterest = 4,
}
