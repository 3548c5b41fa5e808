using EditorialHub.Core.Articles;
using EditorialHub.Core.Dashboard;
using EditorialHub.Web.Auth;
using Microsoft.AspNetCore.Components;

namespace EditorialHub.Web.Components.Dashboard;

/// <summary>
/// The principal's dashboard. It listens to the board's work (ArticleChangeFeed) and reads its
/// figures again shortly after each step, so a publication shows without a reload; a burst of steps
/// (a secretary publishing five items) is read once.
/// </summary>
public sealed partial class DashboardPage
{
    /// <summary>How long to wait for more steps before reading again.</summary>
    internal static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(400);

    [Inject] private DashboardService Dashboard { get; set; } = default!;
    [Inject] private ArticleChangeFeed Changes { get; set; } = default!;
    [Inject] private CurrentPerson Me { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private DashboardFigures? _figures;
    private DateTime _loadedAt;
    private string? _error;
    private IDisposable? _subscription;
    private CancellationTokenSource? _pending;
    private readonly CancellationTokenSource _disposed = new();

    protected override async Task OnInitializedAsync()
    {
        // Only the live page listens: the prerendered one is thrown away at once.
        if (RendererInfo.IsInteractive)
            _subscription = Changes.Subscribe(OnChangeAsync);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _figures = await Dashboard.GetAsync(await Me.IdAsync(), _disposed.Token);
            _loadedAt = Clock.GetLocalNow().DateTime;
            _error = null;
        }
        catch (DashboardRefusedException refused)
        {
            _error = refused.Message;
        }
    }

    /// <summary>Called on the thread of whoever acted: only schedules a read on this page's own.</summary>
    private Task OnChangeAsync(ArticleChange change)
    {
        var next = new CancellationTokenSource();
        Interlocked.Exchange(ref _pending, next)?.Cancel();
        _ = RefreshSoonAsync(next.Token);
        return Task.CompletedTask;
    }

    private async Task RefreshSoonAsync(CancellationToken superseded)
    {
        try
        {
            await Task.Delay(Debounce, superseded);
            if (_disposed.IsCancellationRequested)
                return;
            await InvokeAsync(async () =>
            {
                await LoadAsync();
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // A newer step came in (it reads instead), or the page closed.
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the delay and the read.
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _disposed.Cancel();
        _pending?.Cancel();
    }
}
