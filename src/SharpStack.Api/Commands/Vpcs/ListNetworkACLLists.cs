using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>ACL lists: the global defaults and those of the VPCs the call covers.</summary>
[ApiCommand("listNetworkACLLists")]
public sealed class ListNetworkACLLists(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, ctx.Params, ctx.Params.Has("id"));
        var vpcs = ctx.Db.Vpcs.Where(v => v.Removed == null && accounts.Contains(v.AccountId)).Select(v => v.Id);
        var query = ctx.Db.NetworkAclLists.AsNoTracking().Where(l => l.VpcId == null || vpcs.Contains(l.VpcId.Value));
        if (p.Entity<NetworkAclList>("id") is { } byId)
        {
            query = query.Where(l => l.Id == byId.Id);
        }
        if (p.Entity<Vpc>("vpcid") is { } vpc)
        {
            query = query.Where(l => l.VpcId == vpc.Id || l.VpcId == null);
        }
        if (p.Entity<Network>("networkid") is { } network)
        {
            query = query.Where(l => l.Id == network.NetworkAclId);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(l => l.Name == name);
        }
        if (p.Bool("fordisplay") is { } display)
        {
            query = query.Where(l => l.ForDisplay == display);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(l => l.Name.Contains(keyword) || (l.Description != null && l.Description.Contains(keyword)));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(l => l.Id), ctx.Cancellation);
        return ApiResult.List(await AclResponses.ListsAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
