using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EditorialHub.Core.Notifications.Email;

/// <summary>
/// Sends the queued messages in the background through the configured SMTP server
/// (System.Net.Mail). A failure is retried twice, then logged and dropped: the notification itself
/// is already in the app.
/// </summary>
public sealed class MailDispatcher(MailQueue queue, IOptionsMonitor<EmailOptions> options, ILogger<MailDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var mail in queue.Reader.ReadAllAsync(stoppingToken))
                await SendWithRetriesAsync(mail, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendWithRetriesAsync(OutgoingMail mail, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await SendAsync(mail, options.CurrentValue, ct);
                return;
            }
            catch (Exception exception) when (exception is SmtpException or IOException or InvalidOperationException
                                                  or FormatException or System.Net.Sockets.SocketException)
            {
                if (attempt >= RetryDelays.Length)
                {
                    logger.LogError(exception, "E-mail to {Recipient} could not be sent: {Subject}", mail.ToAddress, mail.Subject);
                    return;
                }
                logger.LogWarning(exception, "E-mail to {Recipient} failed; trying again.", mail.ToAddress);
                await Task.Delay(RetryDelays[attempt], ct);
            }
        }
    }

    private static async Task SendAsync(OutgoingMail mail, EmailOptions settings, CancellationToken ct)
    {
        if (!settings.IsConfigured)
            return;
        using var message = new MailMessage
        {
            From = new MailAddress(settings.From, settings.FromName, Encoding.UTF8),
            Subject = mail.Subject,
            Body = mail.Body,
            // Vietnamese in every part: subject and names as RFC 2047 UTF-8 words, body as UTF-8.
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(mail.ToAddress, mail.ToName, Encoding.UTF8));
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 30_000,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        await client.SendMailAsync(message, ct);
    }
}
