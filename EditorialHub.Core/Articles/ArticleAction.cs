namespace EditorialHub.Core.Articles;

/// <summary>The verbs of the workflow; <see cref="ArticleWorkflow.Rules"/> says when each is allowed.</summary>
public enum ArticleAction
{
    /// <summary>Gửi Ban Biên tập.</summary>
    Submit = 1,
    /// <summary>Nhận biên tập (or take over from another editor).</summary>
    Take = 2,
    /// <summary>Lưu thay đổi: the provider on a draft, the holding editor while editing.</summary>
    SaveEdit = 3,
    /// <summary>Trình duyệt.</summary>
    SendForApproval = 4,
    /// <summary>Trả lại người cung cấp (with a note).</summary>
    ReturnToProvider = 5,
    /// <summary>Trả lại biên tập viên (with a note, Điều 12.3).</summary>
    ReturnToEditor = 6,
    /// <summary>Xin ý kiến Trưởng ban: the deputy raises the item to head level.</summary>
    Escalate = 7,
    /// <summary>Duyệt.</summary>
    Approve = 8,
    /// <summary>Từ chối đăng (Điều 15 ground and a note).</summary>
    Refuse = 9,
    /// <summary>Đăng lên Cổng (portal address).</summary>
    Publish = 10,
    /// <summary>Đề nghị gỡ bỏ: the provider or an editor asks; the head decides.</summary>
    RequestTakeDown = 11,
    /// <summary>The head grants a pending take-down request.</summary>
    GrantTakeDown = 12,
    /// <summary>The head declines a pending take-down request; the item stays published.</summary>
    DeclineTakeDown = 13,
    /// <summary>Gỡ bỏ on the head's own decision (Điều 12.4 ground and a note).</summary>
    TakeDown = 14,
    /// <summary>Sửa bản đã đăng: an editor opens a correction; the published version stays live.</summary>
    StartCorrection = 15,
    /// <summary>Hủy bản sửa: the correction is dropped and the published text restored (with a note).</summary>
    DiscardCorrection = 16,
    /// <summary>
    /// Đã gỡ khỏi Cổng: the secretary records that she removed a taken-down item from the portal
    /// (Điều 12.4: what the head takes down disappears; a portal on another platform is hers to clear).
    /// </summary>
    ConfirmRemovedFromPortal = 17,
}
