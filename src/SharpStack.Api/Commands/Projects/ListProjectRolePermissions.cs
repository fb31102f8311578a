using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Projects;

namespace SharpStack.Api.Commands.Projects;

[ApiCommand("listProjectRolePermissions")]
public sealed class ListProjectRolePermissions : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var project = ctx.Params.RequiredEntity<Project>("projectid");
        var query = ctx.Db.ProjectRolePermissions.AsNoTracking().Where(r => r.ProjectId == project.Id);
        if (ctx.Params.Entity<ProjectRole>("projectroleid") is { } role)
        {
            query = query.Where(r => r.ProjectRoleId == ProjectRoleChecks.InProject(role, project).Id);
        }
        var permissions = await query.OrderBy(r => r.ProjectRoleId).ThenBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(ctx.Cancellation);
        var roleIds = permissions.Select(r => r.ProjectRoleId).Distinct().ToList();
        var roles = await ctx.Db.ProjectRoles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ctx.Cancellation);
        return ApiResult.List(permissions.Select(r => ProjectResponses.RolePermission(r, roles[r.ProjectRoleId], project)).ToList(), permissions.Count);
    }
}
