using SharpStack.Core.Identity;

namespace SharpStack.Api.Access;

/// <summary>Who is calling: the user, its account, domain and role, loaded once per request.</summary>
public sealed record Caller(User User, Account Account, Domain Domain, Role Role)
{
    public AccountType AccountType => Account.Type;

    public bool IsRootAdmin => Account.Type is AccountType.Admin or AccountType.ReadOnlyAdmin;

    /// <summary>Domain and resource admins see their domain's subtree.</summary>
    public bool IsDomainAdmin => Account.Type is AccountType.DomainAdmin or AccountType.ResourceDomainAdmin;

    public bool IsNormalUser => !IsRootAdmin && !IsDomainAdmin;

    /// <summary>Role type as upstream writes it in authorized lists ("Admin", "DomainAdmin", ...).</summary>
    public RoleType RoleType => Role.Type;
}
