using EditorialHub.Core.Articles;
using EditorialHub.Web.Auth;
using EditorialHub.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace EditorialHub.Web.Components.Items;

public partial class ItemPage
{
    [Inject] private ArticleService Articles { get; set; } = default!;
    [Inject] private CurrentPerson Me { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter] public int Id { get; set; }

    private ArticleDetails? _item;
    private IReadOnlyList<ArticleHistoryEntry> _history = [];
    private IReadOnlyList<ArticleRevisionView> _revisions = [];
    private ArticleForm? _form;
    private bool _editing, _busy, _stale;
    private string? _error, _loadError;

    /// <summary>The last time the item was handed back with a note, while it still waits for that fix.</summary>
    private ArticleHistoryEntry? LatestReturn =>
        _item?.State is ArticleState.Draft or ArticleState.Editing or ArticleState.CorrectionEditing
        && _history.LastOrDefault(entry => entry.From != entry.To) is { } last
        && last.Action is ArticleAction.ReturnToProvider or ArticleAction.ReturnToEditor
            ? last
            : null;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            var me = await Me.IdAsync();
            _item = await Articles.GetAsync(Id, me);
            _history = await Articles.GetHistoryAsync(Id, me);
            _revisions = await Articles.GetRevisionsAsync(Id, me);
            _loadError = null;
        }
        catch (WorkflowException refused)
        {
            _loadError = refused.Message;
        }
    }

    private void StartEdit()
    {
        if (_item is null)
            return;
        _form = ArticleForm.From(_item);
        _editing = true;
        _error = null;
        _stale = false;
    }

    private void CancelEdit()
    {
        _editing = false;
        _form = null;
        _error = null;
        _stale = false;
    }

    private async Task SaveAsync()
    {
        if (_item is null || _form is null)
            return;
        _busy = true;
        _error = null;
        try
        {
            await Articles.SaveEditAsync(_item.Id, await Me.IdAsync(), _form.ToContent(), _item.Version);
            _editing = false;
            _form = null;
            Notifications.Notify(NotificationSeverity.Success, T["Item_Saved"]);
            await LoadAsync();
        }
        catch (WorkflowException refused)
        {
            // The form stays as typed; on a concurrency refusal the reader may open the latest version.
            _error = refused.Message;
            _stale = refused.Code == WorkflowError.Concurrency;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task LoadLatestAsync()
    {
        CancelEdit();
        await LoadAsync();
    }

    private async Task ActAsync(ArticleAction action)
    {
        if (_item is null)
            return;
        _error = null;
        var id = _item.Id;
        if (action is ArticleAction.Submit or ArticleAction.Take)
        {
            _busy = true;
            try
            {
                await RunAsync(action, id, new ActionInput("", null, null, ""));
                Notifications.Notify(NotificationSeverity.Success, T.Name(action), T["Item_Done"]);
            }
            catch (WorkflowException refused)
            {
                _error = refused.Message;
            }
            finally
            {
                _busy = false;
            }
            await LoadAsync();
            return;
        }

        if (action == ArticleAction.Publish)
        {
            // The checklist and the reason it may need: a dialog of its own.
            var published = await Dialogs.OpenAsync<PublishDialog>(T.Name(action),
                new Dictionary<string, object?>
                {
                    [nameof(PublishDialog.ArticleId)] = id,
                    [nameof(PublishDialog.CurrentUrl)] = _item.PortalUrl,
                },
                new DialogOptions { Width = "36rem", CloseDialogOnOverlayClick = false });
            if (published is true)
            {
                Notifications.Notify(NotificationSeverity.Success, T.Name(action), T["Item_Done"]);
                await LoadAsync();
            }
            return;
        }

        if (action == ArticleAction.ConfirmRemovedFromPortal)
        {
            // Nothing to type: the secretary only confirms what she did on the portal.
            var confirmed = await Dialogs.Confirm(T["PortalRemoval_ConfirmText", _item.Title], T["PortalRemoval_ConfirmTitle"],
                new ConfirmOptions { OkButtonText = T["PortalRemoval_ConfirmYes"], CancelButtonText = T["Common_Cancel"] });
            if (confirmed != true)
                return;
            try
            {
                await RunAsync(action, id, new ActionInput("", null, null, ""));
                Notifications.Notify(NotificationSeverity.Success, T["PortalRemoval_Done"]);
            }
            catch (WorkflowException refused)
            {
                _error = refused.Message;
            }
            await LoadAsync();
            return;
        }

        var done = await Dialogs.OpenAsync<ActionDialog>(T.Button(action, _item.PendingTakeDownRequest is not null),
            new Dictionary<string, object?>
            {
                [nameof(ActionDialog.Action)] = action,
                [nameof(ActionDialog.State)] = _item.State,
                [nameof(ActionDialog.Request)] = _item.PendingTakeDownRequest,
                [nameof(ActionDialog.Run)] = (Func<ActionInput, Task>)(input => RunAsync(action, id, input)),
            },
            new DialogOptions { Width = "34rem", CloseDialogOnOverlayClick = false });
        if (done is true)
        {
            Notifications.Notify(NotificationSeverity.Success, T.Name(action), T["Item_Done"]);
            await LoadAsync();
        }
    }

    /// <summary>The author deletes a draft never sent, after saying yes to what will go; then back to the department's list.</summary>
    private async Task DeleteDraftAsync()
    {
        if (_item is null)
            return;
        var title = _item.Title;
        var confirmed = await Dialogs.Confirm(T["Item_DeleteDraft_Confirm", title], T["Item_DeleteDraft"],
            new ConfirmOptions { OkButtonText = T["Item_DeleteDraft_Yes"], CancelButtonText = T["Common_Cancel"] });
        if (confirmed != true)
            return;
        _busy = true;
        _error = null;
        try
        {
            await Articles.DeleteDraftAsync(_item.Id, await Me.IdAsync());
            Notifications.Notify(NotificationSeverity.Success, T["Item_DeleteDraft_Done", title]);
            Navigation.NavigateTo("/submissions");
        }
        catch (WorkflowException refused)
        {
            _error = refused.Message;
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Every action goes through ArticleService; a refusal comes back as a WorkflowException.</summary>
    private async Task RunAsync(ArticleAction action, int id, ActionInput input)
    {
        var me = await Me.IdAsync();
        _ = action switch
        {
            ArticleAction.Submit => await Articles.SubmitAsync(id, me),
            ArticleAction.Take => await Articles.TakeAsync(id, me),
            ArticleAction.SendForApproval => await Articles.SendForApprovalAsync(id, me, NoteOrNull(input)),
            ArticleAction.ReturnToProvider => await Articles.ReturnToProviderAsync(id, me, input.Note),
            ArticleAction.ReturnToEditor => await Articles.ReturnToEditorAsync(id, me, input.Note),
            ArticleAction.Escalate => await Articles.EscalateAsync(id, me, NoteOrNull(input)),
            ArticleAction.Approve => await Articles.ApproveAsync(id, me, NoteOrNull(input)),
            ArticleAction.Refuse => await Articles.RefuseAsync(id, me, input.RefusalGround, input.Note),
            ArticleAction.Publish => await Articles.PublishAsync(id, me, input.PortalUrl),
            ArticleAction.StartCorrection => await Articles.StartCorrectionAsync(id, me, NoteOrNull(input)),
            ArticleAction.DiscardCorrection => await Articles.DiscardCorrectionAsync(id, me, input.Note),
            ArticleAction.RequestTakeDown => await Articles.RequestTakeDownAsync(id, me, input.TakeDownGround, input.Note),
            ArticleAction.GrantTakeDown => await Articles.DecideTakeDownAsync(id, me, grant: true, NoteOrNull(input)),
            ArticleAction.DeclineTakeDown => await Articles.DecideTakeDownAsync(id, me, grant: false, NoteOrNull(input)),
            ArticleAction.TakeDown => await Articles.TakeDownAsync(id, me, input.TakeDownGround, input.Note),
            ArticleAction.ConfirmRemovedFromPortal => await Articles.ConfirmRemovedFromPortalAsync(id, me),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private static string? NoteOrNull(ActionInput input) => string.IsNullOrWhiteSpace(input.Note) ? null : input.Note;
}
