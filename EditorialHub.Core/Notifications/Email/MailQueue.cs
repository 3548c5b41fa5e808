using System.Threading.Channels;

namespace EditorialHub.Core.Notifications.Email;

/// <summary>One message waiting to be sent.</summary>
public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string Body);

/// <summary>
/// Messages waiting for <see cref="MailDispatcher"/>. Queuing never waits and never fails, so a slow
/// or broken mail server cannot hold up or refuse a step of the workflow.
/// </summary>
public sealed class MailQueue
{
    private readonly Channel<OutgoingMail> _channel =
        Channel.CreateUnbounded<OutgoingMail>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(OutgoingMail mail) => _channel.Writer.TryWrite(mail);

    internal ChannelReader<OutgoingMail> Reader => _channel.Reader;
}
