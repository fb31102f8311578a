using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Networks;

/// <summary>Lists guest networks the caller can see (so far the isolated networks made for accounts' instances).</summary>
[ApiCommand("listNetworks")]
public sealed class ListNetworks(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.Has("projectid"))
        {
            throw CloudException.InvalidParameter("Projects are not supported yet");
        }
        var byId = p.Entity<Network>("id") is not null;
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId);
        var query = ctx.Db.Networks.AsNoTracking().Where(n => n.Removed == null && accountIds.Contains(n.AccountId));
        if (p.Entity<Network>("id") is { } one)
        {
            query = query.Where(n => n.Id == one.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(n => n.Name == name);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(n => n.ZoneId == zone.Id);
        }
        if (p.String("type") is { } typeText)
        {
            var type = EnumParameters.Parse<GuestType>(typeText, "type");
            query = query.Where(n => n.GuestType == type);
        }
        if (p.String("traffictype") is { } traffic)
        {
            query = query.Where(n => n.TrafficType.ToLower() == traffic.ToLower());
        }
        if (p.String("acltype") is { } acl)
        {
            query = query.Where(n => n.AclType.ToLower() == acl.ToLower());
        }
        if (p.Entity<PhysicalNetwork>("physicalnetworkid") is { } physical)
        {
            query = query.Where(n => n.PhysicalNetworkId == physical.Id);
        }
        if (Tags.TaggableResources.Filter(ctx.Db, p, "Network") is { } tagged)
        {
            query = query.Where(n => tagged.Contains(n.Id));
        }
        if (p.Flag("issystem") || p.Has("vpcid") || p.Flag("forvpc") || p.Has("networkofferingid"))
        {
            query = query.Where(n => false);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(n => n.Name.Contains(keyword) || n.DisplayText.Contains(keyword));
        }
        if (p.Flag("retrieveonlyresourcecount"))
        {
            return ApiResult.List([], await query.CountAsync(ctx.Cancellation));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(n => n.Id), ctx.Cancellation);
        return ApiResult.List(await NetworkResponses.ToResponsesAsync(ctx.Db, ctx.Caller, page, ctx.Cancellation), total);
    }
}
