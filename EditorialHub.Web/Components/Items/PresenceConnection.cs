using EditorialHub.Core.Articles.Presence;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EditorialHub.Web.Components.Items;

/// <summary>
/// One per circuit (a browser tab): the presence seats its pages hold, hidden from the others while
/// the tab's connection is down and shown again when it comes back. A tab closed normally ends its
/// circuit itself; one whose connection is lost (a phone off the network, a browser killed) is kept by
/// the server for minutes in case it reconnects, and its reader stayed "đang xem" all that time.
/// </summary>
public sealed class PresenceConnection : CircuitHandler
{
    private readonly Lock _gate = new();
    private readonly List<PresenceSeat> _seats = [];
    private bool _down;

    /// <summary>A page of this tab took a seat; it is hidden at once if the connection is already down.</summary>
    public void Hold(PresenceSeat seat)
    {
        bool down;
        lock (_gate)
        {
            // Seats given back (their page went away) need no more news.
            _seats.RemoveAll(held => held.HasLeft);
            _seats.Add(seat);
            down = _down;
        }
        seat.SetAway(down);
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => SetAway(true);

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) => SetAway(false);

    private Task SetAway(bool away)
    {
        List<PresenceSeat> seats;
        lock (_gate)
        {
            _down = away;
            seats = [.. _seats];
        }
        foreach (var seat in seats)
            seat.SetAway(away);
        return Task.CompletedTask;
    }
}
