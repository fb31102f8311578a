using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Projects;

/// <summary>A project's members (accounts and users) with their roles; any member may list them.</summary>
[ApiCommand("listProjectAccounts")]
public sealed class ListProjectAccounts(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var project = p.RequiredEntity<Project>("projectid");
        var query = ctx.Db.ProjectMembers.AsNoTracking().Where(m => m.ProjectId == project.Id);
        if (p.String("account") is { } accountName)
        {
            query = query.Where(m => ctx.Db.Accounts.Any(a => a.Id == m.AccountId && a.Name == accountName));
        }
        if (p.Entity<User>("userid") is { } user)
        {
            query = query.Where(m => m.UserId == user.Id);
        }
        if (p.String("role") is { } roleText)
        {
            var role = EnumParameters.Parse<ProjectMemberRole>(roleText, "role");
            query = query.Where(m => m.Role == role);
        }
        if (ProjectMembership.ProjectRole(p, project) is { } projectRole)
        {
            query = query.Where(m => m.ProjectRoleId == projectRole.Id);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(m => ctx.Db.Accounts.Any(a => a.Id == m.AccountId && a.Name.Contains(keyword)));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(m => m.Id), ctx.Cancellation);
        return ApiResult.List(await MemberResponses.MembersAsync(ctx.Db, project, page, ctx.Cancellation), total);
    }
}
