namespace SharpStack.Core.Projects;

/// <summary>
/// An account (UserId null) or one user of an account that belongs to a project, with its role:
/// Admin manages the project, Regular uses it within the limits of its project role.
/// </summary>
public sealed class ProjectMember
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public long AccountId { get; set; }
    public long? UserId { get; set; }
    public ProjectMemberRole Role { get; set; } = ProjectMemberRole.Regular;
    public long? ProjectRoleId { get; set; }
    public DateTime Created { get; set; }
}

public enum ProjectMemberRole
{
    Admin,
    Regular,
}
