namespace EditorialHub.Core.Articles;

/// <summary>Where an item stands in the workflow of Điều 12 (DOMAIN.md, "How").</summary>
public enum ArticleState
{
    /// <summary>Dự thảo: the provider is writing it; only the provider's side sees it.</summary>
    Draft = 1,
    /// <summary>Đã gửi: waiting for an editor to take it.</summary>
    Submitted = 2,
    /// <summary>Đang biên tập: an editor holds it (Điều 12.3).</summary>
    Editing = 3,
    /// <summary>Chờ duyệt at the item's approval level (Điều 12.2).</summary>
    AwaitingApproval = 4,
    /// <summary>Đã duyệt: the secretary publishes it within the deadline (Điều 12.2, 14).</summary>
    Approved = 5,
    /// <summary>Đã đăng on the portal.</summary>
    Published = 6,
    /// <summary>Từ chối đăng on one of the grounds of Điều 15. Final.</summary>
    Refused = 7,
    /// <summary>Đã gỡ bỏ by the head (Điều 12.4). Final.</summary>
    TakenDown = 8,

    // A correction of a published item (issue 4): the published version stays on the portal, and
    // readable here, while the corrected text goes through editing and approval again.

    /// <summary>Đang sửa bản đã đăng: an editor holds the correction.</summary>
    CorrectionEditing = 9,
    /// <summary>Bản sửa chờ duyệt, at the item's approval level.</summary>
    CorrectionAwaitingApproval = 10,
    /// <summary>Bản sửa đã duyệt: the secretary publishes it in place of the published version.</summary>
    CorrectionApproved = 11,
}

/// <summary>Groups of states that several rules share.</summary>
public static class ArticleStates
{
    /// <summary>A correction is under way; the last published version is what the portal shows.</summary>
    public static IReadOnlyList<ArticleState> Correction { get; } =
        [ArticleState.CorrectionEditing, ArticleState.CorrectionAwaitingApproval, ArticleState.CorrectionApproved];

    /// <summary>On the portal now: published, or published and being corrected.</summary>
    public static IReadOnlyList<ArticleState> OnPortal { get; } = [ArticleState.Published, .. Correction];

    public static bool IsCorrection(ArticleState state) => state is ArticleState.CorrectionEditing
        or ArticleState.CorrectionAwaitingApproval or ArticleState.CorrectionApproved;

    public static bool IsOnPortal(ArticleState state) => state == ArticleState.Published || IsCorrection(state);
}
