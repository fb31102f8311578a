using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>ACL rules of the lists the call covers (the defaults' and its VPCs'), by list and number.</summary>
[ApiCommand("listNetworkACLs")]
public sealed class ListNetworkACLs(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, ctx.Params, ctx.Params.Has("id"));
        var vpcs = ctx.Db.Vpcs.Where(v => v.Removed == null && accounts.Contains(v.AccountId)).Select(v => v.Id);
        var lists = ctx.Db.NetworkAclLists.Where(l => l.VpcId == null || vpcs.Contains(l.VpcId.Value)).Select(l => l.Id);
        var query = ctx.Db.NetworkAclItems.AsNoTracking().Where(i => lists.Contains(i.AclId));
        if (p.Entity<NetworkAclItem>("id") is { } byId)
        {
            query = query.Where(i => i.Id == byId.Id);
        }
        if (p.Entity<NetworkAclList>("aclid") is { } list)
        {
            query = query.Where(i => i.AclId == list.Id);
        }
        if (p.Entity<Network>("networkid") is { } network)
        {
            query = query.Where(i => i.AclId == network.NetworkAclId);
        }
        if (p.String("traffictype") is { } traffic)
        {
            query = query.Where(i => i.TrafficType.ToLower() == traffic.ToLower());
        }
        if (p.String("protocol") is { } protocol)
        {
            query = query.Where(i => i.Protocol == protocol.ToLower());
        }
        if (p.String("action") is { } action)
        {
            query = query.Where(i => i.Action.ToLower() == action.ToLower());
        }
        if (p.Bool("fordisplay") is { } display)
        {
            query = query.Where(i => i.ForDisplay == display);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(i => i.Protocol.Contains(keyword) || i.Cidrs.Contains(keyword) || (i.Reason != null && i.Reason.Contains(keyword)));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(i => i.AclId).ThenBy(i => i.Number), ctx.Cancellation);
        return ApiResult.List(await AclResponses.ItemsAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
