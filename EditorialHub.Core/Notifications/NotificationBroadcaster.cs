namespace EditorialHub.Core.Notifications;

/// <summary>
/// Tells the open pages of one person that their notifications changed (a new one, or read on
/// another tab), so the bell updates without a reload. In process: one app serves the school.
/// A listener that throws is skipped: a closed circuit must not stop the others hearing.
/// </summary>
public sealed class NotificationBroadcaster
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Func<Task>>> _listeners = [];

    /// <summary>Listens for <paramref name="personId"/> until the handle is disposed (the bell does so when it goes away).</summary>
    public IDisposable Subscribe(string personId, Func<Task> listener)
    {
        lock (_gate)
        {
            if (!_listeners.TryGetValue(personId, out var list))
                _listeners[personId] = list = [];
            list.Add(listener);
        }
        return new Subscription(this, personId, listener);
    }

    /// <summary>How many open pages listen for the person (the tests check that pages let go).</summary>
    public int ListenerCount(string personId)
    {
        lock (_gate)
            return _listeners.TryGetValue(personId, out var list) ? list.Count : 0;
    }

    public async Task TellAsync(string personId)
    {
        Func<Task>[] listeners;
        lock (_gate)
            listeners = _listeners.TryGetValue(personId, out var list) ? [.. list] : [];
        foreach (var listener in listeners)
        {
            try
            {
                await listener();
            }
            catch (Exception)
            {
                // See the class comment.
            }
        }
    }

    private void Unsubscribe(string personId, Func<Task> listener)
    {
        lock (_gate)
        {
            if (!_listeners.TryGetValue(personId, out var list))
                return;
            list.Remove(listener);
            if (list.Count == 0)
                _listeners.Remove(personId);
        }
    }

    private sealed class Subscription(NotificationBroadcaster owner, string personId, Func<Task> listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                owner.Unsubscribe(personId, listener);
        }
    }
}
