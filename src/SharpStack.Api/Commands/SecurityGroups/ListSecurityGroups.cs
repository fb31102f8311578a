using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.SecurityGroups;

[ApiCommand("listSecurityGroups")]
public sealed class ListSecurityGroups(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var one = p.Entity<SecurityGroup>("id");
        var vm = p.Entity<VirtualMachine>("virtualmachineid");
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, one is not null || vm is not null);
        var query = ctx.Db.SecurityGroups.AsNoTracking().Where(g => accountIds.Contains(g.AccountId));
        if (one is not null)
        {
            query = query.Where(g => g.Id == one.Id);
        }
        if (vm is not null)
        {
            var groups = ctx.Db.SecurityGroupMembers.Where(m => m.VmId == vm.Id).Select(m => m.GroupId);
            query = query.Where(g => groups.Contains(g.Id));
        }
        if (p.String("securitygroupname") is { } name)
        {
            query = query.Where(g => g.Name == name);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(g => g.Name.Contains(keyword) || (g.Description != null && g.Description.Contains(keyword)));
        }
        if (Tags.TaggableResources.Filter(ctx.Db, p, "SecurityGroup") is { } tagged)
        {
            query = query.Where(g => tagged.Contains(g.Id));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(g => g.Id), ctx.Cancellation);
        return ApiResult.List(await SecurityGroupResponses.GroupsAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
