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
}
