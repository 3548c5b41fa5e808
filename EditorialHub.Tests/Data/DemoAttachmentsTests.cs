using System.Buffers.Binary;
using EditorialHub.Core.Articles;
using EditorialHub.Core.Articles.Attachments;
using EditorialHub.Core.Articles.Publishing;
using EditorialHub.Tests.Reports;
using EditorialHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EditorialHub.Tests.Data;

/// <summary>The demo school's items carry real files: photos with their descriptions, plans as PDFs.</summary>
public sealed class DemoAttachmentsTests
{
    [Fact]
    public async Task Demo_PhotosAndPlans_OpenForTheirReaders_AsRealFiles()
    {
        await using var database = TestDatabase.Create(FixedClock.At(2026, 11, 21));
        await database.InitializeAsync(demo: true);
        var articles = database.Services.GetRequiredService<ArticleService>();
        await using var db = await database.Contexts.CreateDbContextAsync();
        var attachments = await db.Attachments.AsNoTracking().ToListAsync();
        var photos = attachments.Where(a => a.Kind == AttachmentKind.Image).ToList();
        var plans = attachments.Where(a => a.ContentType == "application/pdf").ToList();
        Assert.True(photos.Count >= 15, $"only {photos.Count} demo photos");
        Assert.True(plans.Count >= 3, $"only {plans.Count} demo plans");
        Assert.All(photos, photo => Assert.False(string.IsNullOrWhiteSpace(photo.AltText)));

        // The author opens a photo: a real PNG, as wide and high as drawn.
        var photo = photos[0];
        var photoAuthor = await db.Articles.Where(a => a.Id == photo.ArticleId).Select(a => a.AuthorId).SingleAsync();
        var photoDownload = await articles.OpenAttachmentAsync(photo.Id, photoAuthor);
        await using (photoDownload.Content)
        {
            Assert.Equal("image/png", photoDownload.ContentType);
            var bytes = new byte[24];
            await photoDownload.Content.ReadExactlyAsync(bytes);
            Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
            Assert.Equal(400, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        }

        // A plan reads as a plan, in Vietnamese, with the item's title.
        var plan = plans[0];
        var planItem = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == plan.ArticleId);
        byte[] pdf;
        var planDownload = await articles.OpenAttachmentAsync(plan.Id, planItem.AuthorId);
        await using (planDownload.Content)
        {
            using var copy = new MemoryStream();
            await planDownload.Content.CopyToAsync(copy);
            pdf = copy.ToArray();
        }
        var text = Pdf.Text(Pdf.Keep(pdf, "demo-plan.pdf"));
        Assert.Contains("KẾ HOẠCH", text);
        Assert.Contains("TRƯỜNG THPT LÊ QUÝ ĐÔN", text);
        Assert.Contains(planItem.Title.Split(' ')[0], text);

        // The checklist of every item with a photo finds the files whole and described.
        foreach (var itemId in photos.Select(p => p.ArticleId).Distinct().Take(5))
        {
            var author = await db.Articles.Where(a => a.Id == itemId).Select(a => a.AuthorId).SingleAsync();
            var checklist = await articles.GetPublishChecklistAsync(itemId, author);
            Assert.Contains(checklist.Checks, c => c.Item == ChecklistItem.AttachmentsOpen && c.Met);
            Assert.Contains(checklist.Checks, c => c.Item == ChecklistItem.ImagesHaveAltText && c.Met);
        }
    }
}
