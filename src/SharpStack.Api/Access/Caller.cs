using SharpStack.Core.Identity;

namespace SharpStack.Api.Access;

/// <summary>Who is calling: the user, its account, domain and role, loaded once per request.</summary>
public sealed record Caller(User User, Account Account, Domain Domain, Role Role)
{
    public AccountType AccountType => Account.Type;

    /// <summary>The hidden accounts of the projects the caller belongs to (as its account or as its user).</summary>
    public IReadOnlyList<long> ProjectAccountIds { get; init; } = [];

    /// <summary>Whether the caller's own account, or a project it belongs to, owns what <paramref name="accountId"/> owns.</summary>
    public bool OwnsOrShares(long accountId) => accountId == Account.Id || ProjectAccountIds.Contains(accountId);

    public bool IsRootAdmin => Account.Type is AccountType.Admin or AccountType.ReadOnlyAdmin;

    /// <summary>Domain and resource admins see their domain's subtree.</summary>
    public bool IsDomainAdmin => Account.Type is AccountType.DomainAdmin or AccountType.ResourceDomainAdmin;

    public bool IsNormalUser => !IsRootAdmin && !IsDomainAdmin;

    /// <summary>Role type as upstream writes it in authorized lists ("Admin", "DomainAdmin", ...).</summary>
    public RoleType RoleType => Role.Type;
}
