using EditorialHub.Core.Notifications;
using EditorialHub.Tests.Support;

namespace EditorialHub.Tests.Notifications;

/// <summary>The demo school with its mail server set to a real SMTP sink on loopback.</summary>
public sealed class EmailFixture : NotificationFixture
{
    public SmtpSink Sink { get; private set; } = null!;

    protected override async Task<IDictionary<string, string?>?> EmailSettingsAsync()
    {
        Sink = await SmtpSink.StartAsync();
        return new Dictionary<string, string?>
        {
            ["Email:Host"] = "127.0.0.1",
            ["Email:Port"] = Sink.Port.ToString(),
            ["Email:EnableSsl"] = "false",
            ["Email:From"] = "bbt@thpt-lequydon.edu.vn",
            ["Email:AppAddress"] = "https://bbt.thpt-lequydon.edu.vn",
        };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Sink is not null)
            await Sink.DisposeAsync();
    }
}

/// <summary>Notifications go out by e-mail through a real SMTP server, in Vietnamese, to the right person.</summary>
public sealed class EmailDeliveryTests(EmailFixture fixture) : IClassFixture<EmailFixture>
{
    [Fact]
    public async Task Submit_EditorReceivesAnEmail_WithAVietnameseSubjectAndTheLink()
    {
        const string title = "Hội thi giáo viên dạy giỏi cấp trường năm học 2026–2027";
        var id = await fixture.SubmittedItemAsync(title);

        var mail = await fixture.Sink.WaitForAsync(m => m.Subject.Contains(title), TimeSpan.FromSeconds(30));

        Assert.Equal(["btv.toan@thpt-lequydon.edu.vn"], mail.EnvelopeTo);
        Assert.Equal("Vũ Mạnh Cường", Assert.Single(mail.To).Name);
        Assert.Equal($"[Ban Biên tập] Tin bài mới chờ biên tập: {title}", mail.Subject);
        Assert.Equal("Ban Biên tập Cổng thông tin điện tử", Assert.Single(mail.From).Name);
        Assert.Contains("Người thực hiện: Hoàng Thị Lan Anh", mail.Text);
        Assert.Contains($"https://bbt.thpt-lequydon.edu.vn/items/{id}", mail.Text);
    }

    [Fact]
    public async Task Mention_ReachesThePersonNamed()
    {
        var id = await fixture.SubmittedItemAsync("Sinh hoạt chuyên đề: đổi mới kiểm tra đánh giá môn Toán");
        await fixture.Comments.AddAsync(id, fixture.Id("btv.toan"), "Đề nghị anh cho ý kiến về phần số liệu.", false, fixture.Id("phoban"));

        var mail = await fixture.Sink.WaitForAsync(
            m => m.EnvelopeTo.Contains("phoban@thpt-lequydon.edu.vn") && m.Subject.Contains("đổi mới kiểm tra"), TimeSpan.FromSeconds(30));

        Assert.Equal("[Ban Biên tập] Bạn được nhắc đến trong một góp ý: Sinh hoạt chuyên đề: đổi mới kiểm tra đánh giá môn Toán", mail.Subject);
        Assert.Contains("Đề nghị anh cho ý kiến về phần số liệu.", mail.Text);
    }
}

/// <summary>A mail server that does not answer neither holds up nor refuses the step; the bell still rings.</summary>
public sealed class UnreachableMailServerFixture : NotificationFixture
{
    protected override Task<IDictionary<string, string?>?> EmailSettingsAsync() =>
        Task.FromResult<IDictionary<string, string?>?>(new Dictionary<string, string?>
        {
            ["Email:Host"] = "127.0.0.1",
            // A port nobody listens on.
            ["Email:Port"] = AppServer.FreePort().ToString(),
            ["Email:EnableSsl"] = "false",
            ["Email:From"] = "bbt@thpt-lequydon.edu.vn",
        });
}

public sealed class UnreachableMailServerTests(UnreachableMailServerFixture fixture) : IClassFixture<UnreachableMailServerFixture>
{
    [Fact]
    public async Task Submit_Succeeds_AndTheNotificationIsStored()
    {
        var id = await fixture.SubmittedItemAsync("Tin bài khi máy chủ thư không trả lời");

        Assert.Contains(await fixture.LatestAsync("btv.toan"), n => n.ArticleId == id && n.Kind == NotificationKind.ItemSubmitted);
    }
}
