using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Addresses;

/// <summary>Lists public addresses: the caller's accounts' allocated ones; root admins also free ones with allocatedonly=false.</summary>
[ApiCommand("listPublicIpAddresses")]
public sealed class ListPublicIpAddresses(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisiblePublicIps(ctx.Caller).AsNoTracking();
        if (p.Entity<Vpc>("vpcid") is { } vpc)
        {
            query = query.Where(a => a.VpcId == vpc.Id);
        }
        var byId = p.Entity<PublicIpAddress>("id");
        if (byId is not null)
        {
            query = query.Where(a => a.Id == byId.Id);
        }
        if (p.Bool("allocatedonly") ?? true)
        {
            query = query.Where(a => a.State != PublicIpState.Free);
        }
        if (p.String("state") is { } stateText)
        {
            var state = Enum.TryParse<PublicIpState>(stateText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw CloudException.InvalidParameter($"Invalid state {stateText}: use Free, Allocating, Allocated, Releasing or Reserved");
            query = query.Where(a => a.State == state);
        }
        if (p.Bool("forvirtualnetwork") == false || p.Flag("forprovider"))
        {
            query = query.Where(a => false);
        }
        if (p.String("ipaddress") is { } address)
        {
            query = query.Where(a => a.Address == address);
        }
        if (p.Entity<VlanIpRange>("vlanid") is { } range)
        {
            query = query.Where(a => a.VlanIpRangeId == range.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(a => a.ZoneId == zone.Id);
        }
        if (p.Entity<PhysicalNetwork>("physicalnetworkid") is { } physical)
        {
            query = query.Where(a => a.PhysicalNetworkId == physical.Id);
        }
        if (p.Entity<Network>("associatednetworkid") is { } associated)
        {
            query = query.Where(a => a.NetworkId == associated.Id);
        }
        if (p.Has("networkid"))
        {
            // The public network an address is on: this cloud has no public network records.
            query = query.Where(a => false);
        }
        if (p.Bool("issourcenat") is { } sourceNat)
        {
            query = query.Where(a => a.IsSourceNat == sourceNat);
        }
        if (p.Bool("isstaticnat") is { } staticNat)
        {
            query = staticNat ? query.Where(a => a.StaticNatVmId != null) : query.Where(a => a.StaticNatVmId == null);
        }
        if (p.Bool("fordisplay") is { } display)
        {
            query = query.Where(a => a.ForDisplay == display);
        }
        if (p.Bool("forsystemvms") is { } systemVms)
        {
            query = query.Where(a => ctx.Db.VlanIpRanges.Any(r => r.Id == a.VlanIpRangeId && r.ForSystemVms == systemVms));
        }
        if (p.Flag("forloadbalancing"))
        {
            query = query.Where(a => a.StaticNatVmId == null);
        }
        if (byId is null)
        {
            var (owners, keep) = OwnedLists.Owners(ctx.Db, ctx.Caller, p);
            query = keep
                ? query.Where(a => a.AccountId != null && owners.Contains(a.AccountId.Value))
                : query.Where(a => a.AccountId == null || !owners.Contains(a.AccountId.Value));
        }
        if (Tags.TaggableResources.Filter(ctx.Db, p, "PublicIpAddress") is { } tagged)
        {
            query = query.Where(a => tagged.Contains(a.Id));
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(a => a.Address.Contains(keyword));
        }
        if (p.Flag("retrieveonlyresourcecount"))
        {
            return ApiResult.List([], await query.CountAsync(ctx.Cancellation));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(a => a.Id), ctx.Cancellation);
        return ApiResult.List(await PublicIpResponses.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
