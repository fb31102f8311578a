using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Projects;

/// <summary>
/// Renames a project, or changes a member's role: with swapowner (the default) the named member
/// becomes the admin and the current admins regular members, as upstream's owner change.
/// </summary>
[ApiCommand("updateProject")]
public sealed class UpdateProject(ResourceLimiter limiter) : IAsyncApiCommand
{
    public string EventType => EventTypes.ProjectUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var project = await ProjectTargets.AdministeredAsync(ctx, "id");
        await FindMemberAsync(ctx, project);
        ProjectMembership.RoleType(ctx.Params, ProjectMemberRole.Admin);
        return ProjectTargets.Job(project);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var project = await ProjectTargets.AdministeredAsync(ctx, "id");
        if (p.String("name") is { } name && name != project.Name)
        {
            if (await ctx.Db.Projects.AnyAsync(x => x.DomainId == project.DomainId && x.Name == name && x.Removed == null && x.Id != project.Id, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"Project with name {name} already exists in the domain");
            }
            project.Name = name;
        }
        if (p.String("displaytext") is { } text)
        {
            project.DisplayText = text;
        }
        if (await FindMemberAsync(ctx, project) is { } member)
        {
            var role = ProjectMembership.RoleType(p, ProjectMemberRole.Admin);
            if (role == ProjectMemberRole.Admin && (p.Bool("swapowner") ?? true))
            {
                var admins = await ctx.Db.ProjectMembers.Where(m => m.ProjectId == project.Id && m.Role == ProjectMemberRole.Admin && m.Id != member.Id).ToListAsync(ctx.Cancellation);
                admins.ForEach(a => a.Role = ProjectMemberRole.Regular);
            }
            member.Role = role;
            if (role == ProjectMemberRole.Regular)
            {
                await ProjectMembership.EnsureAnotherAdminAsync(ctx.Db, project, [member.Id], ctx.Cancellation);
            }
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectUpdate, $"Successfully completed updating project {project.Name}", "Project", project.Uuid, project.Name);
        return ApiResult.Of(await ProjectResponses.ToResponseAsync(ctx.Db, limiter, project, ctx.Cancellation));
    }

    /// <summary>The member an owner change names by account or userid; it must already belong to the project.</summary>
    private static async Task<ProjectMember?> FindMemberAsync(CommandContext ctx, Project project)
    {
        var p = ctx.Params;
        if (p.Entity<User>("userid") is { } user)
        {
            return await ctx.Db.ProjectMembers.FirstOrDefaultAsync(m => m.ProjectId == project.Id && m.UserId == user.Id, ctx.Cancellation)
                   ?? throw CloudException.InvalidParameter($"User {user.Username} does not belong to project {project.Name}: add it first");
        }
        if (p.String("account") is { } accountName)
        {
            var account = await ProjectMembership.AccountInDomainAsync(ctx.Db, accountName, project.DomainId, ctx.Cancellation);
            return await ctx.Db.ProjectMembers.FirstOrDefaultAsync(m => m.ProjectId == project.Id && m.AccountId == account.Id && m.UserId == null, ctx.Cancellation)
                   ?? throw CloudException.InvalidParameter($"Account {accountName} does not belong to project {project.Name}: add it first");
        }
        return null;
    }
}
