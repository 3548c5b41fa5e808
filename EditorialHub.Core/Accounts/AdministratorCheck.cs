using EditorialHub.Core.Board;

namespace EditorialHub.Core.Accounts;

/// <summary>The one check before any account work or reading the account record: the secretary only.</summary>
internal static class AdministratorCheck
{
    public static async Task EnsureAsync(BoardDirectory board, TimeProvider clock, string actorId, CancellationToken ct)
    {
        if (!Permissions.Allows(await board.RolesOnAsync(actorId, clock.Today(), ct), Permission.Administer))
            throw new AccountRefusedException(AccountRefusal.NotAllowed, AccountMessages.NotAllowed);
    }
}
