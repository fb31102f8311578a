using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Projects;

/// <summary>Removes a user added on its own from a project; the last admin stays.</summary>
[ApiCommand("deleteUserFromProject")]
public sealed class DeleteUserFromProject : IAsyncApiCommand
{
    public string EventType => EventTypes.ProjectUserRemove;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (project, _) = await CheckAsync(ctx);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (project, member) = await CheckAsync(ctx);
        ctx.Db.ProjectMembers.Remove(member);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectUserRemove, $"Removed user {ctx.Params.RequiredEntity<User>("userid").Username} from project {project.Name}", "Project", project.Uuid, project.Name);
        return new ApiResult.Success();
    }

    private static async Task<(Project Project, ProjectMember Member)> CheckAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx);
        var user = ctx.Params.RequiredEntity<User>("userid");
        var member = await ctx.Db.ProjectMembers.FirstOrDefaultAsync(m => m.ProjectId == project.Id && m.UserId == user.Id, ctx.Cancellation)
                     ?? throw CloudException.InvalidParameter($"User {user.Username} is not assigned to project {project.Name}");
        await ProjectMembership.EnsureAnotherAdminAsync(ctx.Db, project, [member.Id], ctx.Cancellation);
        return (project, member);
    }
}
