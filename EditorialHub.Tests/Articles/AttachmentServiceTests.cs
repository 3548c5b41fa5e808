using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;
using Microsoft.EntityFrameworkCore;

namespace EditorialHub.Tests.Articles;

/// <summary>Uploads, lists, downloads and removals on real SQLite and a real data folder.</summary>
public sealed class AttachmentServiceTests(ArticleServiceFixture fixture) : IClassFixture<ArticleServiceFixture>
{
    private readonly ArticleService _articles = fixture.Articles;

    private string Id(string userName) => fixture.Id(userName);

    private string AttachmentsFolder => Path.Combine(fixture.Database.Directory, "attachments");

    private async Task<ArticleHandle> DraftAsync() =>
        await _articles.CreateDraftAsync(Id("gv.toan1"), fixture.MathsUnit, Scenario.News());

    private Task<AttachmentView> AttachAsync(int articleId, string userName, string fileName, byte[] content, string? alt = null) =>
        _articles.AddAttachmentAsync(articleId, Id(userName), fileName, new MemoryStream(content), alt);

    [Fact]
    public async Task Add_PdfToOwnDraft_ListedAndOpenedByTheUnit()
    {
        var item = await DraftAsync();
        var pdf = AttachmentFiles.Pdf();

        var added = await AttachAsync(item.Id, "gv.toan1", "../../Kế hoạch hội giảng.pdf", pdf);
        var list = await _articles.ListAttachmentsAsync(item.Id, Id("tt.toan"));
        var download = await _articles.OpenAttachmentAsync(added.Id, Id("tt.toan"));
        using var copy = new MemoryStream();
        await using (download.Content)
            await download.Content.CopyToAsync(copy);

        var listed = Assert.Single(list);
        Assert.Equal(("Kế hoạch hội giảng.pdf", AttachmentKind.Document, "application/pdf", (long)pdf.Length),
            (listed.FileName, listed.Kind, listed.ContentType, listed.SizeBytes));
        Assert.Equal($"/attachments/{added.Id}", listed.Url);
        Assert.Equal(pdf, copy.ToArray());
        Assert.Equal(("application/pdf", "Kế hoạch hội giảng.pdf"), (download.ContentType, download.DownloadName));
    }

    [Fact]
    public async Task Add_Stored_UnderAGeneratedNameWithItsHash()
    {
        var item = await DraftAsync();
        var png = AttachmentFiles.Png();

        var added = await AttachAsync(item.Id, "gv.toan1", "khai-giang.png", png, "Lễ khai giảng năm học mới");

        await using var db = await fixture.Database.Contexts.CreateDbContextAsync();
        var row = await db.Attachments.SingleAsync(a => a.Id == added.Id);
        Assert.Matches("^2026/11/[0-9a-f]{32}$", row.StoredName);
        Assert.Equal(png, await File.ReadAllBytesAsync(Path.Combine(AttachmentsFolder, row.StoredName)));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png)), row.Sha256);
        Assert.Equal((AttachmentKind.Image, "Lễ khai giảng năm học mới"), (row.Kind, row.AltText));
        Assert.Empty(Directory.EnumerateFiles(AttachmentsFolder, "*khai-giang*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Open_DraftAttachmentByMemberOfAnotherUnit_NotFoundLikeAnUnknownId()
    {
        var item = await DraftAsync();
        var added = await AttachAsync(item.Id, "gv.toan1", "de-kiem-tra.pdf", AttachmentFiles.Pdf());

        var guessed = await Assert.ThrowsAsync<WorkflowException>(() => _articles.OpenAttachmentAsync(added.Id, Id("gv.van1")));
        var editor = await Assert.ThrowsAsync<WorkflowException>(() => _articles.OpenAttachmentAsync(added.Id, Id("btv.van")));
        var unknown = await Assert.ThrowsAsync<WorkflowException>(() => _articles.OpenAttachmentAsync(added.Id + 100_000, Id("gv.van1")));
        var list = await Assert.ThrowsAsync<WorkflowException>(() => _articles.ListAttachmentsAsync(item.Id, Id("gv.van1")));

        Assert.Equal((WorkflowError.NotFound, AttachmentMessages.NotFound), (guessed.Code, guessed.Message));
        Assert.Equal((WorkflowError.NotFound, AttachmentMessages.NotFound), (editor.Code, editor.Message));
        Assert.Equal((unknown.Code, unknown.Message), (guessed.Code, guessed.Message));
        Assert.Equal(WorkflowError.CannotRead, list.Code);
    }

    [Fact]
    public async Task Open_SubmittedItem_BoardReadsOtherUnitDoesNot()
    {
        var item = await DraftAsync();
        var added = await AttachAsync(item.Id, "gv.toan1", "bien-ban.docx", AttachmentFiles.Docx());
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));

        var download = await _articles.OpenAttachmentAsync(added.Id, Id("btv.van"));
        await download.Content.DisposeAsync();
        var refusal = await Assert.ThrowsAsync<WorkflowException>(() => _articles.OpenAttachmentAsync(added.Id, Id("gv.van1")));

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.ContentType);
        Assert.Equal(WorkflowError.NotFound, refusal.Code);
    }

    [Fact]
    public async Task Add_ByWhoMayNotEditNow_RefusedNothingWritten()
    {
        var item = await DraftAsync();
        var before = Files();

        var otherUnit = await Assert.ThrowsAsync<WorkflowException>(() => AttachAsync(item.Id, "gv.van1", "a.pdf", AttachmentFiles.Pdf()));
        await _articles.SubmitAsync(item.Id, Id("gv.toan1"));
        var afterSubmit = await Assert.ThrowsAsync<WorkflowException>(() => AttachAsync(item.Id, "gv.toan1", "a.pdf", AttachmentFiles.Pdf()));
        await _articles.TakeAsync(item.Id, Id("btv.toan"));
        var otherEditor = await Assert.ThrowsAsync<WorkflowException>(() => AttachAsync(item.Id, "btv.van", "a.pdf", AttachmentFiles.Pdf()));
        var byHoldingEditor = await AttachAsync(item.Id, "btv.toan", "anh-bo-sung.jpg", AttachmentFiles.Jpeg());

        Assert.Equal(WorkflowError.CannotRead, otherUnit.Code);
        Assert.Equal(ArticleMessages.NotAllowedInState(ArticleAction.SaveEdit, ArticleState.Submitted), afterSubmit.Message);
        Assert.Equal(ArticleMessages.NotHoldingEditor, otherEditor.Message);
        Assert.Equal(AttachmentKind.Image, byHoldingEditor.Kind);
        Assert.Single(Files().Except(before));
    }

    [Fact]
    public async Task Remove_ByTheAuthor_RowAndFileGone()
    {
        var item = await DraftAsync();
        var added = await AttachAsync(item.Id, "gv.toan1", "nham.pdf", AttachmentFiles.Pdf());
        var before = Files();

        var otherUnit = await Assert.ThrowsAsync<WorkflowException>(() => _articles.RemoveAttachmentAsync(added.Id, Id("gv.van1")));
        await _articles.RemoveAttachmentAsync(added.Id, Id("gv.toan1"));

        Assert.Equal(WorkflowError.NotFound, otherUnit.Code);
        Assert.Empty(await _articles.ListAttachmentsAsync(item.Id, Id("gv.toan1")));
        Assert.Single(before.Except(Files()));
        var gone = await Assert.ThrowsAsync<WorkflowException>(() => _articles.OpenAttachmentAsync(added.Id, Id("gv.toan1")));
        Assert.Equal(WorkflowError.NotFound, gone.Code);
    }

    private HashSet<string> Files() => Directory.Exists(AttachmentsFolder)
        ? Directory.EnumerateFiles(AttachmentsFolder, "*", SearchOption.AllDirectories).ToHashSet()
        : [];
}

/// <summary>
/// Hostile uploads through the service, on a database of their own so that "nothing left behind"
/// can be checked as an empty attachments folder (issue 3: refused with a clear message, nothing
/// already saved lost).
/// </summary>
public sealed class AttachmentRefusalTests(ArticleServiceFixture fixture) : IClassFixture<ArticleServiceFixture>
{
    private readonly ArticleService _articles = fixture.Articles;

    public static TheoryData<string, byte[], string> Hostile => new()
    {
        { "bao-cao.pdf", AttachmentFiles.WindowsExecutable(),
            "Tệp «bao-cao.pdf» không phải PDF thật: nội dung là chương trình chạy được (.exe). EditorialHub không nhận tệp chạy được." },
        { "../../etc/passwd.pdf", AttachmentFiles.Text("root:x:0:0:root:/root:/bin/bash\n"),
            "Tệp «passwd.pdf» không phải PDF thật: nội dung là văn bản thuần. Hãy lưu lại đúng định dạng rồi tải lên lại." },
        { "C:\\Windows\\setup.exe", AttachmentFiles.WindowsExecutable(),
            "Tệp «setup.exe» là tệp chạy được hoặc tập lệnh (.exe). EditorialHub không nhận tệp chạy được." },
        { "anh.jpg\0.sh", AttachmentFiles.Text("#!/bin/sh\nid\n"),
            "Tệp «anh.jpg.sh» là tệp chạy được hoặc tập lệnh (.sh). EditorialHub không nhận tệp chạy được." },
        { "anh.png", AttachmentFiles.Text("<html><script>alert(1)</script></html>"),
            "Tệp «anh.png» không phải ảnh PNG thật: nội dung là trang web HTML (có thể chạy mã trong trình duyệt). EditorialHub không nhận tập lệnh hay trang web." },
        { "bom.docx", AttachmentFiles.ZipBombDocx(50), AttachmentMessages.ZipBomb("bom.docx") },
        { "lon.pdf", [.. AttachmentFiles.Pdf(), .. new byte[10 * 1024 * 1024]], "Tệp «lon.pdf» vượt quá 10 MB." },
        { new string('a', 500) + ".pdf", AttachmentFiles.WindowsExecutable(),
            $"Tệp «{new string('a', 196)}.pdf» không phải PDF thật: nội dung là chương trình chạy được (.exe). EditorialHub không nhận tệp chạy được." },
    };

    [Theory]
    // Not enumerated at discovery: xunit would serialize the multi-megabyte files into the test cases
    // (a discovery of many GB, killed by the out-of-memory killer on a shared 24 GB machine).
    [MemberData(nameof(Hostile), DisableDiscoveryEnumeration = true)]
    public async Task Add_HostileFile_RefusedNothingLeftBodyUntouched(string fileName, byte[] content, string expected)
    {
        var personId = fixture.Id("gv.toan1");
        var item = await _articles.CreateDraftAsync(personId, fixture.MathsUnit, Scenario.News());
        var before = await _articles.GetAsync(item.Id, personId);
        var folder = Path.Combine(fixture.Database.Directory, "attachments");
        // The demo school's own files are there already: nothing may be added to them.
        string[] Files() => Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
        var filesBefore = Files();

        var refusal = await Assert.ThrowsAsync<WorkflowException>(() =>
            _articles.AddAttachmentAsync(item.Id, personId, fileName, new MemoryStream(content)));

        Assert.Equal((WorkflowError.AttachmentRefused, expected), (refusal.Code, refusal.Message));
        var after = await _articles.GetAsync(item.Id, personId);
        Assert.Equal((before.Body, before.Version, before.RevisionNumber), (after.Body, after.Version, after.RevisionNumber));
        Assert.Empty(await _articles.ListAttachmentsAsync(item.Id, personId));
        Assert.True(Files().Order().SequenceEqual(filesBefore.Order()), "a refused upload left a file behind");
    }
}
