namespace SharpStack.Core.Projects;

/// <summary>
/// An invitation to join a project, made when project.invite.required is true: addressed to an
/// account, a user, or an email address (which gets a token the invitee presents to accept).
/// </summary>
public sealed class ProjectInvitation
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long ProjectId { get; set; }
    public long? AccountId { get; set; }
    public long? UserId { get; set; }
    public long DomainId { get; set; }
    public string? Email { get; set; }
    public string? Token { get; set; }
    public ProjectInvitationState State { get; set; } = ProjectInvitationState.Pending;
    public ProjectMemberRole Role { get; set; } = ProjectMemberRole.Regular;
    public long? ProjectRoleId { get; set; }
    public DateTime Created { get; set; }
}

public enum ProjectInvitationState
{
    Pending,
    Completed,
    Expired,
    Declined,
}
