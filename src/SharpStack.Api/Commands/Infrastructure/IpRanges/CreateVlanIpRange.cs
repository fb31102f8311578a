using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Infrastructure.IpRanges;

/// <summary>
/// Adds a public IP range on a VLAN of an Advanced zone (optionally dedicated to an account or
/// domain, or reserved for system VMs). Guest ranges of shared networks come with networking.
/// </summary>
[ApiCommand("createVlanIpRange")]
public sealed class CreateVlanIpRange : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.Has("startipv6") || p.Has("endipv6") || p.Has("ip6gateway") || p.Has("ip6cidr"))
        {
            throw CloudException.InvalidParameter("IPv6 ranges are not supported yet");
        }
        if (p.Has("projectid"))
        {
            throw CloudException.InvalidParameter("Projects are not supported yet");
        }
        var network = p.Entity<PhysicalNetwork>("physicalnetworkid");
        var zone = p.Entity<Zone>("zoneid");
        if (zone is null && network is null)
        {
            throw CloudException.InvalidParameter("Either zoneid or physicalnetworkid must be given");
        }
        zone ??= await ctx.Db.Zones.AsNoTracking().FirstAsync(z => z.Id == network!.ZoneId, ctx.Cancellation);
        if (network is not null && network.ZoneId != zone.Id)
        {
            throw CloudException.InvalidParameter($"Physical network {network.Name} is not in zone {zone.Name}");
        }
        var basic = zone.NetworkType == NetworkType.Basic;
        if (basic && p.Bool("forvirtualnetwork") == true)
        {
            throw CloudException.InvalidParameter("Public IP ranges are for Advanced zones; a Basic zone's guests get addresses from its pods' guest ranges (forvirtualnetwork=false with podid)");
        }
        if (!basic && p.Bool("forvirtualnetwork") == false)
        {
            throw CloudException.InvalidParameter("Guest IP ranges of shared networks in Advanced zones are not supported yet; only public ranges (forvirtualnetwork=true)");
        }
        if (basic && p.Entity<Pod>("podid") is null)
        {
            throw CloudException.InvalidParameter("podid is required: a Basic zone's guest IP ranges belong to pods");
        }
        if (basic && network is null)
        {
            var guestNetworks = ctx.Db.TrafficTypes.Where(t => t.Kind == TrafficKind.Guest).Select(t => t.PhysicalNetworkId);
            network = await ctx.Db.PhysicalNetworks.AsNoTracking()
                          .FirstOrDefaultAsync(n => n.ZoneId == zone.Id && n.Removed == null && guestNetworks.Contains(n.Id), ctx.Cancellation)
                      ?? throw CloudException.InvalidParameter($"Zone {zone.Name} has no physical network with Guest traffic; add one first");
        }
        if (network is null)
        {
            var publicNetworks = ctx.Db.TrafficTypes.Where(t => t.Kind == TrafficKind.Public).Select(t => t.PhysicalNetworkId);
            network = await ctx.Db.PhysicalNetworks.AsNoTracking()
                          .FirstOrDefaultAsync(n => n.ZoneId == zone.Id && n.Removed == null && publicNetworks.Contains(n.Id), ctx.Cancellation)
                      ?? throw CloudException.InvalidParameter($"Zone {zone.Name} has no physical network with Public traffic; add one first");
        }
        var pod = p.Entity<Pod>("podid");
        if (pod is not null && pod.ZoneId != zone.Id)
        {
            throw CloudException.InvalidParameter($"Pod {pod.Name} is not in zone {zone.Name}");
        }
        var gatewayText = p.String("gateway") ?? throw CloudException.InvalidParameter("Unable to execute API command createvlaniprange due to missing parameter gateway");
        var netmaskText = p.String("netmask") ?? throw CloudException.InvalidParameter("Unable to execute API command createvlaniprange due to missing parameter netmask");
        var startText = p.String("startip") ?? throw CloudException.InvalidParameter("Unable to execute API command createvlaniprange due to missing parameter startip");
        var gateway = InfrastructureRules.RequireIp(gatewayText, "gateway");
        var prefix = InfrastructureRules.RequireNetmask(netmaskText);
        if (!Ipv4Range.TryParse(startText, p.String("endip"), out var range))
        {
            throw CloudException.InvalidParameter($"Please specify a valid IP range: {startText} - {p.String("endip")} is not one (startip must not be after endip)");
        }
        if (!Ipv4.SameSubnet(range.Start, gateway, prefix) || !Ipv4.SameSubnet(range.End, gateway, prefix))
        {
            throw CloudException.InvalidParameter($"The IP range {range} is not in the subnet of gateway {gatewayText}/{prefix}");
        }
        if (range.Contains(gateway))
        {
            throw CloudException.InvalidParameter($"The gateway {gatewayText} must not be inside the IP range {range}");
        }
        var vlan = VlanRanges.NormalizeVlan(p.String("vlan"), network);
        await VlanRanges.EnsureNoOverlapAsync(ctx.Db, zone.Id, vlan, range, gateway, prefix, ctx.Cancellation, perPodSubnets: basic);
        var (domain, account) = await OwnerAsync(ctx);
        var created = new VlanIpRange
        {
            ZoneId = zone.Id,
            PodId = pod?.Id,
            PhysicalNetworkId = network.Id,
            Vlan = vlan,
            Gateway = gatewayText,
            Netmask = netmaskText,
            StartIp = Ipv4.Format(range.Start),
            EndIp = Ipv4.Format(range.End),
            ForVirtualNetwork = !basic,
            ForSystemVms = p.Flag("forsystemvms"),
            DomainId = domain?.Id,
            AccountId = account?.Id,
            Created = ctx.Now,
        };
        if (created.ForSystemVms && account is not null)
        {
            throw CloudException.InvalidParameter("A range reserved for system VMs cannot be dedicated to an account");
        }
        if (!basic && (long)range.End - range.Start + 1 > PublicAddresses.MaxRangeSize)
        {
            throw CloudException.InvalidParameter($"The IP range {range} is too large: a public range holds at most {PublicAddresses.MaxRangeSize} addresses");
        }
        ctx.Db.VlanIpRanges.Add(created);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        PublicAddresses.AddRange(ctx.Db, created);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.VlanIpRangeCreate, $"Successfully created {(basic ? "guest" : "public")} IP range {range} on {vlan} in zone {zone.Name}", "Vlan", created.Uuid, range.ToString());
        return ApiResult.Of((await VlanRanges.ToResponsesAsync(ctx.Db, [created], ctx.Cancellation))[0]);
    }

    private static async Task<(Domain? Domain, Account? Account)> OwnerAsync(CommandContext ctx)
    {
        var domain = ctx.Params.Entity<Domain>("domainid");
        if (ctx.Params.String("account") is not { } accountName)
        {
            return (domain, null);
        }
        if (domain is null)
        {
            throw CloudException.InvalidParameter("An account needs its domainid");
        }
        var account = await ctx.Db.VisibleAccounts(ctx.Caller).AsNoTracking().FirstOrDefaultAsync(a => a.DomainId == domain.Id && a.Name == accountName, ctx.Cancellation)
                      ?? throw CloudException.InvalidParameter($"Unable to find account {accountName} in domain {domain.Uuid}");
        return (domain, account);
    }
}
