namespace SharpStack.Core.Identity;

/// <summary>Role types as upstream names them ("Admin", "ResourceAdmin", "DomainAdmin", "User").</summary>
public enum RoleType
{
    Admin = 1,
    ResourceAdmin = 2,
    DomainAdmin = 3,
    User = 4,
}

public static class RoleTypes
{
    public static AccountType ToAccountType(this RoleType type) => type switch
    {
        RoleType.Admin => AccountType.Admin,
        RoleType.ResourceAdmin => AccountType.ResourceDomainAdmin,
        RoleType.DomainAdmin => AccountType.DomainAdmin,
        _ => AccountType.Normal,
    };

    public static RoleType ToRoleType(this AccountType type) => type switch
    {
        AccountType.Admin or AccountType.ReadOnlyAdmin => RoleType.Admin,
        AccountType.ResourceDomainAdmin => RoleType.ResourceAdmin,
        AccountType.DomainAdmin => RoleType.DomainAdmin,
        _ => RoleType.User,
    };

    public static bool TryParse(string? text, out RoleType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type);
}
