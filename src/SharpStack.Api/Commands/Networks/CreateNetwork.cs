using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Offerings;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Networks;

/// <summary>
/// Creates a guest network from an offering: isolated (its own CIDR, a VLAN taken when it is
/// implemented), shared (admin-given VLAN, gateway and IP range, for a domain or an account) or L2.
/// A persistent network is implemented at once.
/// </summary>
[ApiCommand("createNetwork")]
public sealed class CreateNetwork(NetworkOrchestrator networks, ResourceLimiter limiter) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Network name");
        NetworkInputs.RefuseUnsupported(p);
        var offering = p.RequiredEntity<NetworkOffering>("networkofferingid");
        var zone = p.RequiredEntity<Zone>("zoneid");
        if (offering.State != NetworkOfferingState.Enabled)
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} is {offering.State}: only an enabled offering can be used");
        }
        if (!OfferingScope.InZone(offering.ZoneIds, zone))
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} is not available in zone {zone.Name}");
        }
        var vpc = Vpcs.VpcTiers.VpcFor(p, offering);
        if (zone.NetworkType == NetworkType.Basic)
        {
            throw CloudException.InvalidParameter($"Zone {zone.Name} has Basic networking: its instances use the zone's one shared network");
        }
        var physical = await NetworkInputs.PhysicalNetworkAsync(ctx, zone);
        var shared = offering.GuestType == GuestType.Shared;
        if ((shared || offering.SpecifyVlan) && ctx.Caller.IsNormalUser)
        {
            throw CloudException.PermissionDenied(shared ? "Only administrators can create shared networks" : $"Only administrators can create networks with offering {offering.Name}, which needs a VLAN");
        }
        var aclType = NetworkInputs.AclType(p, offering);
        var (owner, domain) = await NetworkInputs.OwnerAsync(ctx, aclType);
        var network = new Network
        {
            Name = name,
            DisplayText = p.String("displaytext") ?? name,
            ZoneId = zone.Id,
            PhysicalNetworkId = physical?.Id,
            AccountId = owner?.Id ?? Account.SystemId,
            DomainId = owner?.DomainId ?? domain.Id,
            GuestType = offering.GuestType,
            AclType = aclType,
            NetworkOfferingId = offering.Id,
            NetworkDomain = NetworkInputs.NetworkDomain(p.String("networkdomain")),
            Dns1 = NetworkInputs.OptionalIp(p.String("dns1"), "dns1"),
            Dns2 = NetworkInputs.OptionalIp(p.String("dns2"), "dns2"),
            DisplayNetwork = p.Bool("displaynetwork") ?? true,
            SubdomainAccess = aclType == "Domain" ? p.Bool("subdomainaccess") ?? true : null,
            State = shared ? NetworkState.Setup : NetworkState.Allocated,
            Created = ctx.Now,
        };
        var addressing = NetworkInputs.Addressing(p, offering, zone);
        network.Cidr = addressing?.Cidr;
        network.Gateway = addressing?.Gateway;
        network.Netmask = addressing?.Netmask;
        if (vpc is not null)
        {
            await Vpcs.VpcTiers.JoinAsync(ctx, network, vpc, zone);
        }
        network.NetworkDomain ??= addressing is null ? null : zone.NetworkDomain ?? $"cs{network.AccountId}cloud.internal";
        if (offering.GuestType == GuestType.Isolated && owner is not null)
        {
            await limiter.IncrementAsync(ctx.Db, owner, [(ResourceType.network, 1)], ctx.Cancellation);
        }
        ctx.Db.Networks.Add(network);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        if (p.String("vlan") is { } vlanText)
        {
            await NetworkInputs.TakeVlanAsync(ctx, network, physical, offering, vlanText);
        }
        else if (offering.SpecifyVlan)
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} needs a vlan");
        }
        if (shared)
        {
            await NetworkInputs.AddSharedRangeAsync(ctx, network, physical!, addressing!);
        }
        ctx.Event(EventTypes.NetworkCreate, $"Successfully created network {name}", "Network", network.Uuid, name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        if (offering.IsPersistent)
        {
            await networks.ImplementAsync(ctx.Db, network.Id, ctx.Actor, null, ctx.Cancellation);
            await ctx.Db.Entry(network).ReloadAsync(ctx.Cancellation);
        }
        return ApiResult.Of((await NetworkResponses.ToResponsesAsync(ctx.Db, ctx.Caller, [network], ctx.Cancellation))[0]);
    }
}
