namespace EditorialHub.Core.Articles;

/// <summary>
/// One step an item just took, told to whoever listens after it is saved: the notification bell,
/// the dashboard and any open list update from it without a reload.
/// </summary>
public sealed record ArticleChange(
    int ArticleId, int UnitId, string ActorId, ArticleAction Action, ArticleState From, ArticleState To, DateTime AtUtc);

/// <summary>
/// In-process publish/subscribe of <see cref="ArticleChange"/>s (one app process serves the school).
/// <see cref="ArticleService"/> publishes after each successful save, never before, so a listener
/// that reads the database sees the change. A listener that throws is logged by no one and
/// skipped: one broken listener must not refuse the board's work.
/// </summary>
public sealed class ArticleChangeFeed
{
    private readonly Lock _gate = new();
    private ImmutableListeners _listeners = ImmutableListeners.Empty;

    /// <summary>Listens until the returned handle is disposed (a component does so when it goes away).</summary>
    public IDisposable Subscribe(Func<ArticleChange, Task> listener)
    {
        lock (_gate)
            _listeners = _listeners.With(listener);
        return new Subscription(this, listener);
    }

    internal async Task PublishAsync(IEnumerable<ArticleChange> changes)
    {
        var listeners = _listeners;
        foreach (var change in changes)
            foreach (var listener in listeners.Items)
            {
                try
                {
                    await listener(change);
                }
                catch (Exception)
                {
                    // See the class comment: the change is saved; a listener's trouble is its own.
                }
            }
    }

    private void Unsubscribe(Func<ArticleChange, Task> listener)
    {
        lock (_gate)
            _listeners = _listeners.Without(listener);
    }

    private sealed class Subscription(ArticleChangeFeed feed, Func<ArticleChange, Task> listener) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(listener);
    }

    /// <summary>Copy-on-write list so publishing never holds the lock while a listener runs.</summary>
    private sealed record ImmutableListeners(IReadOnlyList<Func<ArticleChange, Task>> Items)
    {
        public static readonly ImmutableListeners Empty = new([]);
        public ImmutableListeners With(Func<ArticleChange, Task> listener) => new([.. Items, listener]);
        public ImmutableListeners Without(Func<ArticleChange, Task> listener) =>
            new(Items.Where(l => l != listener).ToList());
    }
}
