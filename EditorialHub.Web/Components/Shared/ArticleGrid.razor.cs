using EditorialHub.Core.Articles;
using EditorialHub.Web.Auth;
using EditorialHub.Web.Components.ItemList;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.WebUtilities;
using Radzen;
using Radzen.Blazor;

namespace EditorialHub.Web.Components.Shared;

/// <remarks>
/// The search words live in the page's address (<see cref="ItemsQuery.SearchKey"/>, <c>?q=…</c>), so a
/// search can be bookmarked and sent: the box starts with them, searching writes them there (replacing
/// the history entry), and every grid of the page follows the address.
/// </remarks>
public sealed partial class ArticleGrid : IDisposable
{
    private const int PageSize = 20;

    [Inject] private ArticleService Articles { get; set; } = default!;
    [Inject] private CurrentPerson Me { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The criteria the page fixes; the reader's choices are added to them.</summary>
    [Parameter, EditorRequired] public ArticleFilter Filter { get; set; } = default!;

    /// <summary>The states the reader may narrow the list to; none or one: no state filter.</summary>
    [Parameter] public IReadOnlyList<ArticleState>? StateChoices { get; set; }

    [Parameter] public bool ShowCategoryFilter { get; set; } = true;
    [Parameter, EditorRequired] public string EmptyText { get; set; } = "";
    [Parameter] public string? TestId { get; set; }
    [Parameter] public RenderFragment<ArticleListItem>? RowActions { get; set; }

    /// <summary>Show each item under the title it has on the portal (a correction's working title stays with the board).</summary>
    [Parameter] public bool PortalTitles { get; set; }

    private RadzenDataGrid<ArticleListItem>? _grid;
    private IReadOnlyList<ArticleListItem>? _rows;
    private IReadOnlyList<Choice<ArticleState>> _stateChoices = [];
    private IReadOnlyList<Choice<ArticleCategory>> _categoryChoices = [];
    private int _count;
    private bool _loading;
    private ArticleState? _state;
    private ArticleCategory? _category;
    private string? _search;
    // The words the rows on screen were found with, and the page they belong to.
    private string? _searched;
    private string _path = "";
    private bool _onlyOverdue;
    private string? _error;

    protected override void OnInitialized()
    {
        _search = SearchInAddress();
        _path = Navigation.ToAbsoluteUri(Navigation.Uri).AbsolutePath;
        Navigation.LocationChanged += OnLocationChanged;
    }

    protected override void OnParametersSet()
    {
        _stateChoices = (StateChoices ?? []).Select(state => new Choice<ArticleState>(state, T.Name(state))).ToList();
        _categoryChoices = T.Choices<ArticleCategory>("Category");
    }

    public async Task ReloadAsync()
    {
        if (_grid is not null)
            await _grid.FirstPage(forceReload: true);
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        _loading = true;
        _error = null;
        _searched = Words(_search);
        var filter = Filter with
        {
            States = _state is { } state ? [state] : Filter.States,
            Category = _category ?? Filter.Category,
            Search = string.IsNullOrWhiteSpace(_search) ? Filter.Search : _search,
            OnlyOverdue = _onlyOverdue || Filter.OnlyOverdue,
        };
        try
        {
            var page = await Articles.ListAsync(await Me.IdAsync(), filter, new PageRequest((args.Skip ?? 0) / PageSize, PageSize));
            _rows = page.Items;
            _count = page.TotalCount;
        }
        catch (WorkflowException refused)
        {
            _rows = [];
            _count = 0;
            _error = refused.Message;
        }
        _loading = false;
    }

    private async Task SearchOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
            await SearchAsync();
    }

    /// <summary>Puts the words in the address, which reloads every grid of the page; the same words again reload this one.</summary>
    private async Task SearchAsync()
    {
        var words = Words(_search);
        if (words == SearchInAddress())
            await ReloadAsync();
        else
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(ItemsQuery.SearchKey, words), replace: true);
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        // Leaving the page (an item opened) is no new search: this grid is about to go.
        var words = SearchInAddress();
        if (Navigation.ToAbsoluteUri(e.Location).AbsolutePath != _path || words == _searched)
            return;
        _search = words;
        _ = InvokeAsync(async () =>
        {
            await ReloadAsync();
            StateHasChanged();
        });
    }

    private string? SearchInAddress() =>
        QueryHelpers.ParseQuery(Navigation.ToAbsoluteUri(Navigation.Uri).Query).TryGetValue(ItemsQuery.SearchKey, out var value)
            ? Words(value.ToString())
            : null;

    private static string? Words(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
