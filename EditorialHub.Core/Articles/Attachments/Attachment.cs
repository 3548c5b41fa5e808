namespace EditorialHub.Core.Articles.Attachments;

/// <summary>What an attachment is, decided from its content (000 Điều 7.4: documents, images, video).</summary>
public enum AttachmentKind
{
    Document = 1,
    Image = 2,
    Video = 3,
}

/// <summary>
/// A file attached to an item. The file itself lives under the data folder with a generated name
/// (<see cref="StoredName"/>); the name the uploader gave is kept only to offer it back on download.
/// </summary>
public sealed class Attachment
{
    public const int FileNameMaxLength = 200;
    public const int AltTextMaxLength = 500;
    public const int ContentTypeMaxLength = 100;
    public const int StoredNameMaxLength = 100;

    private Attachment()
    {
        FileName = "";
        ContentType = "";
        Sha256 = "";
        StoredName = "";
        UploadedById = "";
    }

    internal Attachment(
        int articleId, string fileName, AttachmentKind kind, string contentType, long sizeBytes, string sha256,
        string storedName, string uploadedById, DateTime uploadedAtUtc, string? altText)
    {
        ArticleId = articleId;
        FileName = fileName;
        Kind = kind;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        StoredName = storedName;
        UploadedById = uploadedById;
        UploadedAtUtc = uploadedAtUtc;
        AltText = altText;
    }

    public int Id { get; private set; }
    public int ArticleId { get; private set; }

    /// <summary>The uploader's name for it, cleaned of paths and control characters (<see cref="AttachmentNames.Clean"/>).</summary>
    public string FileName { get; private set; }

    public AttachmentKind Kind { get; private set; }

    /// <summary>The content type the content proved to be, never the one the browser claimed.</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the content, lower-case hex: shows the stored file was not altered.</summary>
    public string Sha256 { get; private set; }

    /// <summary>Path under the attachments folder, "yyyy/MM/guid": nothing of the uploader's name.</summary>
    public string StoredName { get; private set; }

    public string UploadedById { get; private set; }
    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>For images: what a reader who cannot see it is told (checked before publishing).</summary>
    public string? AltText { get; private set; }

    /// <summary>The address the app serves it at; the only image address a body may use besides inline pictures.</summary>
    public static string UrlFor(int id) => $"/attachments/{id}";
}
