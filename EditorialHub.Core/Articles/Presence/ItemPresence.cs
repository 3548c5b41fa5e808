namespace EditorialHub.Core.Articles.Presence;

/// <summary>Someone who has an item open now; <paramref name="Editing"/> when their editor form is open.</summary>
public sealed record PresentPerson(string PersonId, string Name, bool Editing);

/// <summary>
/// Who has which item open, live (issue 4: "everyone looking at an item sees who else has it open for
/// editing"). One registry for the app (a singleton: one process serves the school). Each open item
/// page takes a <see cref="PresenceSeat"/> and is told whenever the people on that item change; it
/// gives the seat back (disposes it) when it goes away, so nobody lingers after leaving. The
/// optimistic-concurrency refusal stays the real guard; this only lets people see each other first.
/// </summary>
public sealed class ItemPresence
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, List<PresenceSeat>> _seats = [];

    /// <summary>Takes a seat on <paramref name="articleId"/>; <paramref name="changed"/> is called after every change on that item.</summary>
    public PresenceSeat Enter(int articleId, string personId, string name, Func<Task> changed)
    {
        var seat = new PresenceSeat(this, articleId, personId, name, changed);
        lock (_gate)
        {
            if (!_seats.TryGetValue(articleId, out var seats))
                _seats[articleId] = seats = [];
            seats.Add(seat);
        }
        Notify(articleId);
        return seat;
    }

    /// <summary>The people on an item now, one line each (a person in two tabs is editing if either tab is), by name.</summary>
    public IReadOnlyList<PresentPerson> On(int articleId)
    {
        lock (_gate)
        {
            if (!_seats.TryGetValue(articleId, out var seats))
                return [];
            return seats.Where(seat => !seat.Away).GroupBy(seat => seat.PersonId)
                .Select(group => new PresentPerson(group.Key, group.First().Name, group.Any(seat => seat.Editing)))
                .OrderBy(person => person.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
                .ToList();
        }
    }

    internal void Changed(PresenceSeat seat) => Notify(seat.ArticleId);

    internal void Leave(PresenceSeat seat)
    {
        lock (_gate)
        {
            if (!_seats.TryGetValue(seat.ArticleId, out var seats) || !seats.Remove(seat))
                return;
            if (seats.Count == 0)
                _seats.Remove(seat.ArticleId);
        }
        Notify(seat.ArticleId);
    }

    private void Notify(int articleId)
    {
        List<PresenceSeat> listeners;
        lock (_gate)
            listeners = _seats.TryGetValue(articleId, out var seats) ? [.. seats] : [];
        foreach (var listener in listeners)
            _ = listener.TellAsync();
    }
}

/// <summary>One open item page's place on an item. Dispose it when the page goes away.</summary>
public sealed class PresenceSeat : IDisposable
{
    private readonly ItemPresence _registry;
    private readonly Func<Task> _changed;
    private bool _left;

    internal PresenceSeat(ItemPresence registry, int articleId, string personId, string name, Func<Task> changed)
    {
        _registry = registry;
        ArticleId = articleId;
        PersonId = personId;
        Name = name;
        _changed = changed;
    }

    public int ArticleId { get; }
    public string PersonId { get; }
    public string Name { get; }
    public bool Editing { get; private set; }

    /// <summary>
    /// The page's connection is down (its tab closed, or the network dropped): not shown to the others,
    /// though the seat is kept in case the page comes back before the server lets it go.
    /// </summary>
    public bool Away { get; private set; }

    /// <summary>Given back: its page went away.</summary>
    public bool HasLeft => _left;

    /// <summary>Says whether this page has the editor open; the others on the item are told.</summary>
    public void SetEditing(bool editing)
    {
        if (_left || Editing == editing)
            return;
        Editing = editing;
        _registry.Changed(this);
    }

    /// <summary>Says the page's connection went down or came back; the others on the item are told.</summary>
    public void SetAway(bool away)
    {
        if (_left || Away == away)
            return;
        Away = away;
        _registry.Changed(this);
    }

    public void Dispose()
    {
        if (_left)
            return;
        _left = true;
        _registry.Leave(this);
    }

    internal async Task TellAsync()
    {
        try
        {
            await _changed();
        }
        catch (Exception)
        {
            // A page that went away mid-call (its circuit closed) must not disturb the others.
        }
    }
}
