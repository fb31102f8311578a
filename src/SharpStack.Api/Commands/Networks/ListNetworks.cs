using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Networks;

/// <summary>Lists the guest networks the caller can see: its accounts' networks and the domain-wide ones it may use.</summary>
[ApiCommand("listNetworks")]
public sealed class ListNetworks(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VisibleNetworks(ctx.Caller).AsNoTracking();
        var byId = p.Entity<Network>("id");
        if (byId is not null)
        {
            query = query.Where(n => n.Id == byId.Id);
        }
        else
        {
            query = OwnerFilter(ctx, query);
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
        if (p.Entity<NetworkOffering>("networkofferingid") is { } offering)
        {
            query = query.Where(n => n.NetworkOfferingId == offering.Id);
        }
        if (p.Bool("restartrequired") is { } restartRequired)
        {
            query = query.Where(n => n.RestartRequired == restartRequired);
        }
        if (p.Bool("displaynetwork") is { } display)
        {
            query = query.Where(n => n.DisplayNetwork == display);
        }
        else if (!ctx.Caller.IsRootAdmin)
        {
            query = query.Where(n => n.DisplayNetwork);
        }
        if (p.Bool("specifyipranges") is { } specifyIpRanges)
        {
            query = query.Where(n => ctx.Db.NetworkOfferings.Any(o => o.Id == n.NetworkOfferingId && o.SpecifyIpRanges == specifyIpRanges));
        }
        foreach (var serviceName in p.StringList("supportedservices"))
        {
            var service = NetworkServices.Canonical(serviceName) ?? throw CloudException.InvalidParameter($"Invalid service {serviceName}");
            query = query.Where(n => ctx.Db.NetworkOfferings.Any(o => o.Id == n.NetworkOfferingId && o.Services.Any(s => s.Service == service)));
        }
        if (p.Bool("canusefordeploy") == true)
        {
            query = query.Where(n => n.State != NetworkState.Destroy);
        }
        if (p.String("vlan") is { } vlan && ctx.Caller.IsRootAdmin)
        {
            query = query.Where(n => n.BroadcastUri == "vlan://" + vlan || n.BroadcastUri == "vxlan://" + vlan);
        }
        if (Tags.TaggableResources.Filter(ctx.Db, p, "Network") is { } tagged)
        {
            query = query.Where(n => tagged.Contains(n.Id));
        }
        if (p.Entity<Vpc>("vpcid") is { } vpc)
        {
            query = query.Where(n => n.VpcId == vpc.Id);
        }
        if (p.Bool("forvpc") is { } forVpc)
        {
            query = query.Where(n => (n.VpcId != null) == forVpc);
        }
        if (p.Flag("issystem") || p.Has("associatednetworkid"))
        {
            // No system networks are listed.
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

    /// <summary>
    /// account/domainid/listall/isrecursive narrow the accounts' networks as for other lists;
    /// networkfilter picks Account (own), Domain (domain-wide), AccountDomain or All (both) or Shared.
    /// </summary>
    private static IQueryable<Network> OwnerFilter(CommandContext ctx, IQueryable<Network> query)
    {
        var p = ctx.Params;
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, false);
        var filter = p.String("networkfilter") ?? "All";
        var ownedOnly = p.Has("account") || (p.Has("domainid") && !p.Flag("listall"));
        return filter.ToLowerInvariant() switch
        {
            "account" => query.Where(n => n.AclType == "Account" && accountIds.Contains(n.AccountId)),
            "domain" => query.Where(n => n.AclType == "Domain"),
            "shared" => query.Where(n => n.GuestType == GuestType.Shared && (n.AclType == "Domain" || accountIds.Contains(n.AccountId))),
            "all" or "accountdomain" => ownedOnly
                ? query.Where(n => n.AclType == "Account" && accountIds.Contains(n.AccountId))
                : query.Where(n => n.AclType == "Domain" || accountIds.Contains(n.AccountId)),
            _ => throw CloudException.InvalidParameter($"Invalid networkfilter {filter}: use Account, Domain, AccountDomain, Shared or All"),
        };
    }
}
