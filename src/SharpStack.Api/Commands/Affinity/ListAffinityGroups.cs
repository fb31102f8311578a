using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Affinity;

[ApiCommand("listAffinityGroups")]
public sealed class ListAffinityGroups(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var byId = p.Entity<AffinityGroup>("id") is not null || p.Entity<VirtualMachine>("virtualmachineid") is not null;
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId);
        var query = ctx.Db.AffinityGroups.AsNoTracking().Where(g => accountIds.Contains(g.AccountId));
        if (p.Entity<AffinityGroup>("id") is { } one)
        {
            query = query.Where(g => g.Id == one.Id);
        }
        if (p.Entity<VirtualMachine>("virtualmachineid") is { } vm)
        {
            var groups = ctx.Db.AffinityGroupMembers.Where(m => m.VmId == vm.Id).Select(m => m.GroupId);
            query = query.Where(g => groups.Contains(g.Id));
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(g => g.Name == name);
        }
        if (p.String("type") is { } type)
        {
            query = query.Where(g => g.Type == type.ToLower());
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(g => g.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(g => g.Id), ctx.Cancellation);
        return ApiResult.List(await AffinityResponses.GroupsAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
