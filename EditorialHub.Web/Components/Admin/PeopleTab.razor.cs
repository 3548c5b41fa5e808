using EditorialHub.Core.Accounts;
using EditorialHub.Web.Auth;
using EditorialHub.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Radzen;
using Radzen.Blazor;

namespace EditorialHub.Web.Components.Admin;

public partial class PeopleTab
{
    [Inject] private AccountAdministration Accounts { get; set; } = default!;
    [Inject] private CurrentPerson Me { get; set; } = default!;
    [Inject] private DialogService Dialogs { get; set; } = default!;
    [Inject] private NotificationService Notifications { get; set; } = default!;
    [Inject] private IStringLocalizer<UiText> Text { get; set; } = default!;

    private RadzenDataGrid<PersonRow>? _grid;
    private IReadOnlyList<PersonRow>? _rows;
    private int _count;
    private bool _loading;
    private string? _search;
    private string? _error;

    private async Task LoadAsync(LoadDataArgs args)
    {
        _loading = true;
        var page = await Accounts.ListPeopleAsync(await Me.IdAsync(), new PeopleQuery(_search, Skip: args.Skip ?? 0, Take: args.Top ?? 20));
        _rows = page.Items;
        _count = page.Total;
        _loading = false;
    }

    private async Task ReloadAsync()
    {
        if (_grid is not null)
            await _grid.FirstPage(forceReload: true);
    }

    private async Task SearchOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
            await ReloadAsync();
    }

    private async Task IssueAsync()
    {
        var issued = await Dialogs.OpenAsync<IssueAccountDialog>(Text["Admin_Issue_Title"], options: new DialogOptions { Width = "32rem" });
        if (issued is IssuedPassword password)
        {
            await ShowPasswordAsync(password);
            await ReloadAsync();
        }
    }

    private async Task EditAsync(PersonRow person)
    {
        var changed = await Dialogs.OpenAsync<EditPersonDialog>(Text["Admin_Edit_Title", person.FullName],
            new Dictionary<string, object?> { [nameof(EditPersonDialog.Person)] = person },
            new DialogOptions { Width = "32rem" });
        if (changed is true)
        {
            Notifications.Notify(NotificationSeverity.Success, Text["Admin_Edit_Saved", person.UserName]);
            await ReloadAsync();
        }
    }

    private async Task ResetAsync(PersonRow person)
    {
        var confirmed = await Dialogs.Confirm(Text["Admin_Reset_Confirm", person.FullName], Text["Admin_People_Reset"],
            new ConfirmOptions { OkButtonText = Text["Admin_People_Reset"], CancelButtonText = Text["Common_Cancel"] });
        if (confirmed != true)
            return;
        await RunAsync(async () => await ShowPasswordAsync(await Accounts.ResetPasswordAsync(await Me.IdAsync(), person.Id, null)));
    }

    private Task UnlockAsync(PersonRow person) =>
        RunAsync(async () =>
        {
            await Accounts.UnlockAsync(await Me.IdAsync(), person.Id, null);
            Notifications.Notify(NotificationSeverity.Success, Text["Admin_Unlocked", person.FullName]);
        });

    private async Task SetActiveAsync(PersonRow person, bool active)
    {
        if (!active)
        {
            var confirmed = await Dialogs.Confirm(Text["Admin_Deactivate_Confirm", person.FullName], Text["Admin_People_Deactivate"],
                new ConfirmOptions { OkButtonText = Text["Admin_People_Deactivate"], CancelButtonText = Text["Common_Cancel"] });
            if (confirmed != true)
                return;
        }
        await RunAsync(async () =>
        {
            await Accounts.SetActiveAsync(await Me.IdAsync(), person.Id, active, null);
            Notifications.Notify(NotificationSeverity.Success,
                Text[active ? "Admin_Activated" : "Admin_Deactivated", person.FullName]);
        });
    }

    private Task ShowPasswordAsync(IssuedPassword password) =>
        Dialogs.OpenAsync<OneTimePasswordDialog>(Text["Admin_Password_Title"],
            new Dictionary<string, object?> { [nameof(OneTimePasswordDialog.Issued)] = password },
            new DialogOptions { Width = "30rem", CloseDialogOnOverlayClick = false });

    /// <summary>Runs an account operation; a refusal of the core is shown, nothing else changes.</summary>
    private async Task RunAsync(Func<Task> operation)
    {
        _error = null;
        try
        {
            await operation();
        }
        catch (AccountRefusedException refused)
        {
            _error = refused.Message;
        }
        await ReloadAsync();
    }
}
