namespace SharpStack.Core.Identity;

public sealed class Account
{
    public const long SystemId = 1;
    public const long AdminId = 2;

    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public AccountType Type { get; set; }
    public long DomainId { get; set; }
    public long RoleId { get; set; }
    public AccountState State { get; set; } = AccountState.Enabled;
    public string? NetworkDomain { get; set; }
    public bool IsDefault { get; set; }
    public bool NeedsCleanup { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }

    public Domain? Domain { get; set; }
    public Role? Role { get; set; }
}

/// <summary>Upstream account states; API text is the lower-case name.</summary>
public enum AccountState
{
    Enabled,
    Disabled,
    Locked,
}
