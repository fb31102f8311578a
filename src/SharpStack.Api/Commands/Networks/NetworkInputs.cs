using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Commands.Infrastructure;
using SharpStack.Api.Commands.Infrastructure.IpRanges;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Networks;

/// <summary>A new network's addressing: its subnet and, for a shared network, the range its instances get addresses from.</summary>
internal sealed record NetworkAddressing(string Cidr, string Gateway, string Netmask, Ipv4Range? Range);

/// <summary>Checks and reads createNetwork's parameters.</summary>
internal static partial class NetworkInputs
{
    private static readonly string[] Unsupported =
        ["startipv6", "endipv6", "ip6gateway", "ip6cidr", "ip6dns1", "ip6dns2", "isolatedpvlan", "isolatedpvlantype",
         "tungstenvirtualrouteruuid", "bgppeerids", "asnumber", "associatednetworkid", "routerip", "routeripv6", "externalid"];

    public static void RefuseUnsupported(BoundParameters p)
    {
        foreach (var name in Unsupported.Where(p.Has))
        {
            throw CloudException.InvalidParameter(name switch
            {
                _ when name.Contains("ip6", StringComparison.Ordinal) || name.Contains("ipv6", StringComparison.Ordinal) => "IPv6 is not supported yet",
                _ => $"Parameter {name} is not supported by this cloud",
            });
        }
    }

    public static async Task<PhysicalNetwork?> PhysicalNetworkAsync(CommandContext ctx, Zone zone)
    {
        if (ctx.Params.Entity<PhysicalNetwork>("physicalnetworkid") is { } given)
        {
            return given.ZoneId == zone.Id ? given : throw CloudException.InvalidParameter($"Physical network {given.Name} is not in zone {zone.Name}");
        }
        var guestCarriers = ctx.Db.TrafficTypes.Where(t => t.Kind == TrafficKind.Guest).Select(t => t.PhysicalNetworkId);
        return await ctx.Db.PhysicalNetworks.AsNoTracking().Where(n => n.ZoneId == zone.Id && n.Removed == null && guestCarriers.Contains(n.Id))
            .OrderBy(n => n.Id).FirstOrDefaultAsync(ctx.Cancellation);
    }

    public static string AclType(BoundParameters p, NetworkOffering offering)
    {
        var given = p.String("acltype");
        var acl = given is null
            ? offering.GuestType == GuestType.Shared && !p.Has("account") ? "Domain" : "Account"
            : given.Equals("Account", StringComparison.OrdinalIgnoreCase) ? "Account"
            : given.Equals("Domain", StringComparison.OrdinalIgnoreCase) ? "Domain"
            : throw CloudException.InvalidParameter($"Invalid acltype {given}: use Account or Domain");
        if (acl == "Domain" && offering.GuestType == GuestType.Isolated)
        {
            throw CloudException.InvalidParameter("AclType should be Account for Isolated networks");
        }
        if (acl == "Domain" && p.Has("account"))
        {
            throw CloudException.InvalidParameter("A network with acltype Domain belongs to a domain, not to an account");
        }
        return acl;
    }

    /// <summary>The owning account (acltype Account) or the domain (acltype Domain, admins only).</summary>
    public static async Task<(Account? Owner, Domain Domain)> OwnerAsync(CommandContext ctx, string aclType)
    {
        if (aclType == "Account")
        {
            var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
            if (owner.State != AccountState.Enabled)
            {
                throw CloudException.PermissionDenied($"Account {owner.Name} is {owner.State.ToString().ToLowerInvariant()}: it cannot create networks");
            }
            var ownerDomain = await ctx.Db.Domains.AsNoTracking().FirstAsync(d => d.Id == owner.DomainId, ctx.Cancellation);
            return (owner, ownerDomain);
        }
        if (ctx.Caller.IsNormalUser)
        {
            throw CloudException.PermissionDenied("Only administrators can create networks for a whole domain");
        }
        var domain = ctx.Params.Entity<Domain>("domainid") ?? ctx.Caller.Domain;
        if (!ctx.Caller.CanReach(domain))
        {
            throw CloudException.PermissionDenied($"The caller cannot create networks in domain {domain.Name}");
        }
        return (null, domain);
    }

    public static string? NetworkDomain(string? text)
    {
        if (text is null)
        {
            return null;
        }
        return DomainName().IsMatch(text) && text.Length <= 190
            ? text
            : throw CloudException.InvalidParameter($"Invalid networkdomain {text}: use labels of letters, digits and hyphens separated by dots");
    }

    public static string? OptionalIp(string? text, string name)
    {
        InfrastructureRules.RequireIpIfGiven(text, name);
        return text;
    }

    /// <summary>An isolated network's subnet (given, or the zone's guest CIDR), a shared network's subnet and range; none for L2.</summary>
    public static NetworkAddressing? Addressing(BoundParameters p, NetworkOffering offering, Zone zone)
    {
        var gatewayText = p.String("gateway");
        var netmaskText = p.String("netmask");
        if (offering.GuestType == GuestType.L2)
        {
            if (gatewayText is not null || netmaskText is not null || p.Has("startip") || p.Has("endip"))
            {
                throw CloudException.InvalidParameter("An L2 network has no addressing: gateway, netmask, startip and endip cannot be given");
            }
            return null;
        }
        if ((gatewayText is null) != (netmaskText is null))
        {
            throw CloudException.InvalidParameter("gateway and netmask must be given together");
        }
        var shared = offering.GuestType == GuestType.Shared;
        if (shared && gatewayText is null)
        {
            throw CloudException.InvalidParameter("Gateway and netmask must be given for a shared network");
        }
        if (!shared && (p.Has("startip") || p.Has("endip")) && !offering.SpecifyIpRanges)
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} does not let IP ranges be specified: startip and endip are for shared networks");
        }
        uint gateway;
        int prefix;
        if (gatewayText is null)
        {
            if (!Ipv4.TryParseCidr(zone.GuestCidr ?? GuestNetworks.DefaultGuestCidr, out var subnet, out prefix))
            {
                throw CloudException.InvalidParameter($"Zone {zone.Name} has no usable guest CIDR: give gateway and netmask");
            }
            gateway = subnet + 1;
        }
        else
        {
            gateway = InfrastructureRules.RequireIp(gatewayText, "gateway");
            prefix = InfrastructureRules.RequireNetmask(netmaskText);
        }
        if (prefix is < 8 or > 29)
        {
            throw CloudException.InvalidParameter("The network's netmask must be from /8 to /29");
        }
        var mask = Ipv4.MaskOf(prefix);
        var network = gateway & mask;
        var broadcast = network | ~mask;
        if (gateway == network || gateway == broadcast)
        {
            throw CloudException.InvalidParameter($"The gateway {Ipv4.Format(gateway)} cannot be the network or broadcast address of its subnet");
        }
        Ipv4Range? range = null;
        if (p.String("startip") is { } startText)
        {
            if (!Ipv4Range.TryParse(startText, p.String("endip") ?? startText, out var given))
            {
                throw CloudException.InvalidParameter($"Please specify a valid IP range: {startText} - {p.String("endip")} is not one (startip must not be after endip)");
            }
            if (given.Start <= network || given.End >= broadcast || !Ipv4.SameSubnet(given.Start, gateway, prefix))
            {
                throw CloudException.InvalidParameter($"The IP range {given} is not inside the subnet {Ipv4.Format(network)}/{prefix}");
            }
            if (given.Contains(gateway))
            {
                throw CloudException.InvalidParameter($"The gateway {Ipv4.Format(gateway)} must not be inside the IP range {given}");
            }
            range = given;
        }
        else if (shared)
        {
            throw CloudException.InvalidParameter("startip must be given for a shared network: its instances get addresses from startip to endip");
        }
        return new NetworkAddressing($"{Ipv4.Format(network)}/{prefix}", Ipv4.Format(gateway), Ipv4.Format(mask), range);
    }

    /// <summary>Takes the VLAN an admin gave (shared or L2 networks, or offerings that need one); two networks never share one.</summary>
    public static async Task TakeVlanAsync(CommandContext ctx, Network network, PhysicalNetwork? physical, NetworkOffering offering, string vlanText)
    {
        if (ctx.Caller.IsNormalUser)
        {
            throw CloudException.PermissionDenied("Only administrators can give a network's vlan");
        }
        if (offering.GuestType == GuestType.Isolated && !offering.SpecifyVlan)
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} does not let a vlan be specified: isolated networks take one from the physical network's range");
        }
        if (physical is null)
        {
            throw CloudException.InvalidParameter("The zone has no physical network with Guest traffic for the vlan");
        }
        var uri = VlanRanges.NormalizeVlan(vlanText, physical);
        if (GuestVlans.VnetOf(uri) is { } vnet && !await GuestVlans.TryTakeAsync(ctx.Db, physical, vnet, network.Id, network.AccountId, ctx.Now, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Network with vlan {vnet} already exists or overlaps with other network vlans in zone");
        }
        network.BroadcastUri = uri;
    }

    /// <summary>Adds a shared network's guest IP range, which no other range of the zone may overlap.</summary>
    public static async Task AddSharedRangeAsync(CommandContext ctx, Network network, PhysicalNetwork physical, NetworkAddressing addressing)
    {
        var vlan = network.BroadcastUri ?? "vlan://untagged";
        Ipv4.TryParse(addressing.Gateway, out var gateway);
        Ipv4.TryPrefixOfNetmask(addressing.Netmask, out var prefix);
        await VlanRanges.EnsureNoOverlapAsync(ctx.Db, network.ZoneId, vlan, addressing.Range!.Value, gateway, prefix, ctx.Cancellation);
        network.BroadcastUri = vlan;
        ctx.Db.VlanIpRanges.Add(new VlanIpRange
        {
            ZoneId = network.ZoneId,
            PhysicalNetworkId = physical.Id,
            NetworkId = network.Id,
            Vlan = vlan,
            Gateway = addressing.Gateway,
            Netmask = addressing.Netmask,
            StartIp = Ipv4.Format(addressing.Range.Value.Start),
            EndIp = Ipv4.Format(addressing.Range.Value.End),
            ForVirtualNetwork = false,
            DomainId = network.AclType == "Domain" ? network.DomainId : null,
            AccountId = network.AclType == "Account" ? network.AccountId : null,
            Created = ctx.Now,
        });
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
    }

    [GeneratedRegex("^(?=.{1,190}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex DomainName();
}
