using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Projects;

[ApiCommand("listProjectRoles")]
public sealed class ListProjectRoles(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var project = p.RequiredEntity<Project>("projectid");
        var query = ctx.Db.ProjectRoles.AsNoTracking().Where(r => r.ProjectId == project.Id);
        if (p.Entity<ProjectRole>("projectroleid") is { } role)
        {
            query = query.Where(r => r.Id == role.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(r => r.Name == name);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(r => r.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(r => r.Id), ctx.Cancellation);
        return ApiResult.List(page.Select(r => ProjectResponses.Role(r, project)).ToList(), total);
    }
}
