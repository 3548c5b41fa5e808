using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Articles.RichText;

namespace EditorialHub.Core.Articles.Publishing;

/// <summary>What the secretary checks before an item goes on the portal (issue 4, "pre-publish checklist").</summary>
public enum ChecklistItem
{
    /// <summary>The item is filed under one of the portal's sections (Điều 11).</summary>
    CategorySet = 1,
    /// <summary>A summary (sapo) is written: the portal shows it in every list.</summary>
    SummaryPresent = 2,
    /// <summary>Every image, in the body or attached, tells a reader who cannot see it what it shows.</summary>
    ImagesHaveAltText = 3,
    /// <summary>An activity report carries the day its event ended (the 7 days of Điều 14.1 run from it).</summary>
    EventDateSet = 4,
    /// <summary>Every attachment's file is still there, unaltered, and passes the same inspection as on upload (000 Điều 7.4).</summary>
    AttachmentsOpen = 5,
}

/// <summary>An attachment as the checklist sees it: whether its file opened and passed inspection now.</summary>
public sealed record AttachmentCheck(string FileName, AttachmentKind Kind, string? AltText, bool Opens);

/// <summary>
/// One line of the checklist. <paramref name="BodyImagesWithoutAlt"/> counts pictures in the body
/// without alternative text; <paramref name="FileNames"/> names the attachments at fault.
/// </summary>
public sealed record ChecklistCheck(ChecklistItem Item, bool Met, int BodyImagesWithoutAlt = 0, IReadOnlyList<string>? FileNames = null)
{
    public IReadOnlyList<string> Files => FileNames ?? [];
}

/// <summary>The whole checklist of an item, in a fixed order.</summary>
public sealed record PublishChecklistResult(IReadOnlyList<ChecklistCheck> Checks)
{
    public bool AllMet => Checks.All(check => check.Met);

    public IReadOnlyList<ChecklistItem> Unmet => Checks.Where(check => !check.Met).Select(check => check.Item).ToList();
}

/// <summary>
/// The pre-publish checklist as a pure rule: the item's content and what became of its attachments
/// in, one line per <see cref="ChecklistItem"/> out. <see cref="Article.Publish"/> refuses an item
/// with an unmet line unless the secretary states why it goes out anyway; the reason is kept in
/// the history.
/// </summary>
public static class PublishChecklist
{
    public static PublishChecklistResult Evaluate(ArticleContent content, IReadOnlyList<AttachmentCheck> attachments)
    {
        var imagesWithoutAlt = ArticleHtml.ImagesOf(content.Body).Count(image => image.AltText.Length == 0);
        var attachedWithoutAlt = attachments
            .Where(file => file.Kind == AttachmentKind.Image && string.IsNullOrWhiteSpace(file.AltText))
            .Select(file => file.FileName).ToList();
        var broken = attachments.Where(file => !file.Opens).Select(file => file.FileName).ToList();
        return new PublishChecklistResult(
        [
            new(ChecklistItem.CategorySet, Enum.IsDefined(content.Category)),
            new(ChecklistItem.SummaryPresent, !string.IsNullOrWhiteSpace(content.Summary)),
            new(ChecklistItem.ImagesHaveAltText, imagesWithoutAlt == 0 && attachedWithoutAlt.Count == 0, imagesWithoutAlt, attachedWithoutAlt),
            new(ChecklistItem.EventDateSet, !IsEventItem(content) || content.EventEndDate is not null),
            new(ChecklistItem.AttachmentsOpen, broken.Count == 0, FileNames: broken),
        ]);
    }

    /// <summary>
    /// An item about an event: a report of an activity that took place (the quota's "bài viết về hoạt
    /// động", Điều 13.3). Other news, plans and documents have no event to date.
    /// </summary>
    public static bool IsEventItem(ArticleContent content) => content.Kind == ArticleKind.ActivityReport;

    /// <summary>The Vietnamese name of a line, as the history records it.</summary>
    public static string Name(ChecklistItem item) => item switch
    {
        ChecklistItem.CategorySet => "chuyên mục",
        ChecklistItem.SummaryPresent => "tóm tắt",
        ChecklistItem.ImagesHaveAltText => "mô tả ảnh",
        ChecklistItem.EventDateSet => "ngày diễn ra sự kiện",
        ChecklistItem.AttachmentsOpen => "tệp đính kèm mở được",
        _ => item.ToString(),
    };
}
