namespace EditorialHub.Core.Accounts;

/// <summary>An account operation the core refused, with the reason in words the secretary reads.</summary>
public sealed class AccountRefusedException(AccountRefusal reason, string message) : Exception(message)
{
    public AccountRefusal Reason { get; } = reason;
}

public enum AccountRefusal
{
    NotAllowed,
    NotFound,
    InvalidUserName,
    UserNameTaken,
    MissingFullName,
    InvalidEmail,
    EmailTaken,
    UnknownUnit,
    OwnAccount,
    LastSecretary,
    RoleNotAssignable,
    InvalidJobTitle,
    UnknownSchoolYear,
    SchoolYearEnded,
    InvalidUnitName,
    UnitNameTaken,
    InvalidUnitKind,
    UnitHasPeople,
    UnitHasItems,
    InvalidSetting,
}
