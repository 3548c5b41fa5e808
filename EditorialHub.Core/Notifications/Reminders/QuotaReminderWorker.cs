using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EditorialHub.Core.Notifications.Reminders;

/// <summary>
/// Checks for due quota reminders at start and then every <c>Reminders:CheckEveryMinutes</c> (60 by
/// default). It only calls <see cref="QuotaReminderService"/>; what is due, and that each goes out
/// once, is decided there.
/// </summary>
public sealed class QuotaReminderWorker(
    QuotaReminderService reminders, IConfiguration configuration, ILogger<QuotaReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Reminders:CheckEveryMinutes", 60)));
        // Let start-up (migrations, the demo school) finish first.
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(configuration.GetValue("Reminders:FirstCheckAfterSeconds", 30)), stoppingToken);
            using var timer = new PeriodicTimer(every);
            do
            {
                try
                {
                    var sent = await reminders.SendDueAsync(stoppingToken);
                    if (sent > 0)
                        logger.LogInformation("Sent {Count} quota reminders.", sent);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Checking the quota reminders failed; trying again at the next check.");
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
