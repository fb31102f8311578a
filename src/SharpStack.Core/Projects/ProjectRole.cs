using SharpStack.Core.Identity;

namespace SharpStack.Core.Projects;

/// <summary>A role inside one project: its ordered rules say which APIs a regular member holding it may call there.</summary>
public sealed class ProjectRole
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long ProjectId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}

public sealed class ProjectRolePermission
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long ProjectId { get; set; }
    public long ProjectRoleId { get; set; }
    public required string Rule { get; set; }
    public RulePermission Permission { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
}
