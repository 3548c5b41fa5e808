using System.Security.Cryptography;
using EditorialHub.Core.Storage;

namespace EditorialHub.Core.Articles.Attachments;

/// <summary>Settings of attachments (section "Attachments").</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The largest file accepted, in bytes: 10 MB unless the school sets otherwise (DOMAIN.md, 000 Điều 7.4).</summary>
    public long MaxBytes { get; set; } = 10L * 1024 * 1024;
}

/// <summary>
/// An upload written to a temporary file beside the attachments, not yet an attachment. Disposing
/// it deletes the temporary file unless it was committed: a refused upload leaves nothing behind.
/// </summary>
public sealed class StagedFile : IDisposable
{
    private readonly string _path;
    private FileStream? _stream;

    internal StagedFile(string path, FileStream stream, long length, bool tooLarge, string sha256)
    {
        _path = path;
        _stream = stream;
        Length = length;
        TooLarge = tooLarge;
        Sha256 = sha256;
    }

    /// <summary>Bytes read; when <see cref="TooLarge"/>, only as far as the limit.</summary>
    public long Length { get; }

    public bool TooLarge { get; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>The staged content, seekable, for inspection.</summary>
    public Stream Content => _stream ?? throw new ObjectDisposedException(nameof(StagedFile));

    internal string Path => _path;

    internal bool Committed { get; private set; }

    internal void CloseForMove()
    {
        _stream?.Dispose();
        _stream = null;
    }

    internal void MarkCommitted() => Committed = true;

    public void Dispose()
    {
        CloseForMove();
        if (!Committed)
            AttachmentStore.TryDelete(_path);
    }
}

/// <summary>
/// The attachment files under <see cref="StorageOptions.AttachmentsDirectory"/>. Names are generated
/// ("yyyy/MM/guid"), never taken from the uploader, so no name can reach outside the folder or
/// overwrite another file; a file appears under its final name only whole (written to a temporary
/// file first, then moved).
/// </summary>
public sealed class AttachmentStore(StorageOptions storage)
{
    private string Root => Path.GetFullPath(storage.AttachmentsDirectory);

    /// <summary>
    /// Copies <paramref name="content"/> to a temporary file, hashing it, and stops reading one byte
    /// past <paramref name="maxBytes"/> (a hostile client cannot fill the disk through one upload).
    /// </summary>
    public async Task<StagedFile> StageAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var path = Path.Combine(Root, $".upload-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long length = 0;
            var tooLarge = false;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                if (length + read > maxBytes)
                {
                    tooLarge = true;
                    break;
                }
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
                length += read;
            }
            await file.FlushAsync(ct);
            file.Position = 0;
            return new StagedFile(path, file, length, tooLarge, Convert.ToHexStringLower(sha.GetHashAndReset()));
        }
        catch
        {
            await file.DisposeAsync();
            TryDelete(path);
            throw;
        }
    }

    /// <summary>Moves a staged file to its generated name; returns that name ("yyyy/MM/guid").</summary>
    public string Commit(StagedFile staged, DateTime nowUtc)
    {
        var storedName = $"{nowUtc:yyyy}/{nowUtc:MM}/{Guid.NewGuid():N}";
        var target = PathOf(storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        staged.CloseForMove();
        File.Move(staged.Path, target, overwrite: false);
        staged.MarkCommitted();
        return storedName;
    }

    public Stream Open(string storedName) =>
        new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);

    public void Delete(string storedName) => TryDelete(PathOf(storedName));

    /// <summary>The full path of a stored name, refusing anything that would lead outside the attachments folder.</summary>
    internal string PathOf(string storedName)
    {
        var root = Root;
        var path = Path.GetFullPath(Path.Combine(root, storedName));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("A stored attachment name leads outside the attachments folder.");
        return path;
    }

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the next clean-up; never hides the refusal that led here.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
