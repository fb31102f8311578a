namespace SharpStack.Core.Identity;

public sealed class Role
{
    public const long RootAdminId = 1;

    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public RoleType Type { get; set; }
    public string? Description { get; set; }
    public bool IsDefault { get; set; }
    public bool IsPublic { get; set; } = true;
    public RoleState State { get; set; } = RoleState.Enabled;
    public DateTime? Removed { get; set; }
}

public enum RoleState
{
    Enabled,
    Disabled,
}

public sealed class RolePermission
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long RoleId { get; set; }
    public required string Rule { get; set; }
    public RulePermission Permission { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
}

public enum RulePermission
{
    Allow,
    Deny,
}
