using EditorialHub.Core.Articles;

namespace EditorialHub.Web.Components.Items;

/// <summary>What the item form holds while someone types; it becomes an <see cref="ArticleContent"/> on save.</summary>
public sealed class ArticleForm
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public ArticleCategory Category { get; set; } = ArticleCategory.News;
    public ArticleKind Kind { get; set; } = ArticleKind.ActivityReport;
    public bool Sensitive { get; set; }
    public bool FromEducationAuthority { get; set; }
    public bool PublicInterest { get; set; }
    public DateTime? EventEndDate { get; set; }
    public string? Source { get; set; }
    public string? DocumentNumber { get; set; }
    public DateTime? DocumentIssuedOn { get; set; }
    public string? DocumentIssuingBody { get; set; }
    public string? DocumentSummary { get; set; }
    public int? UnitId { get; set; }

    public bool IsDocument => Category == ArticleCategory.Documents;

    public static ArticleForm From(ArticleDetails item) => new()
    {
        Title = item.Title,
        Summary = item.Summary,
        Body = item.Body,
        Category = item.Category,
        Kind = item.Kind,
        Sensitive = item.Flags.HasFlag(ArticleFlags.Sensitive),
        FromEducationAuthority = item.Flags.HasFlag(ArticleFlags.FromEducationAuthority),
        PublicInterest = item.Flags.HasFlag(ArticleFlags.PublicInterest),
        EventEndDate = item.EventEndDate?.ToDateTime(TimeOnly.MinValue),
        Source = item.Source,
        DocumentNumber = item.Document?.Number,
        DocumentIssuedOn = item.Document?.IssuedOn.ToDateTime(TimeOnly.MinValue),
        DocumentIssuingBody = item.Document?.IssuingBody,
        DocumentSummary = item.Document?.Summary,
        UnitId = item.UnitId,
    };

    public ArticleContent ToContent()
    {
        var flags = (Sensitive ? ArticleFlags.Sensitive : ArticleFlags.None)
                    | (FromEducationAuthority ? ArticleFlags.FromEducationAuthority : ArticleFlags.None)
                    | (PublicInterest ? ArticleFlags.PublicInterest : ArticleFlags.None);
        // Half-filled document particulars are passed on as they are: the core says what is missing.
        var document = IsDocument && (DocumentNumber is not null || DocumentIssuedOn is not null || DocumentIssuingBody is not null || DocumentSummary is not null)
            ? new DocumentDetails(DocumentNumber?.Trim() ?? "", DateOnly.FromDateTime(DocumentIssuedOn ?? DateTime.MinValue),
                DocumentIssuingBody?.Trim() ?? "", DocumentSummary?.Trim() ?? "")
            : null;
        return new ArticleContent(
            Title.Trim(), Summary.Trim(), Body, Category, Kind, flags,
            EventEndDate is { } end ? DateOnly.FromDateTime(end) : null,
            string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(),
            document);
    }
}
