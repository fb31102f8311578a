using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Data;
using static SharpStack.Core.Networks.NetworkServices;

namespace SharpStack.Api.Identity;

/// <summary>The network offerings a fresh upstream install has, with upstream's names, added once to a database that has none.</summary>
public static class DefaultNetworkOfferings
{
    public const string IsolatedWithSourceNat = "DefaultIsolatedNetworkOfferingWithSourceNatService";
    public const string Isolated = "DefaultIsolatedNetworkOffering";
    public const string SharedWithSecurityGroups = "DefaultSharedNetworkOfferingWithSGService";
    public const string Shared = "DefaultSharedNetworkOffering";
    public const string L2 = "DefaultL2NetworkOffering";
    public const string L2Vlan = "DefaultL2NetworkOfferingVlan";
    public const string VpcTier = "DefaultIsolatedNetworkOfferingForVpcNetworks";
    public const string VpcTierNoLb = "DefaultIsolatedNetworkOfferingForVpcNetworksNoLB";

    private static readonly string[] RouterServices = [Vpn, Dhcp, Dns, SourceNat, StaticNat, PortForwarding, Lb, UserData, Firewall, Gateway];
    private static readonly string[] VpcServices = [Vpn, Dhcp, Dns, SourceNat, StaticNat, PortForwarding, Lb, UserData, NetworkAcl, Gateway];
    private static readonly string[] AddressServices = [Dhcp, Dns, UserData];

    public static async Task EnsureAsync(CloudDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await db.NetworkOfferings.AnyAsync(ct))
        {
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        NetworkOffering Offering(string name, string text, GuestType type, string provider, IEnumerable<string> services, bool specifyVlan, bool specifyIpRanges) => new()
        {
            Name = name,
            DisplayText = text,
            GuestType = type,
            State = NetworkOfferingState.Enabled,
            IsDefault = true,
            SpecifyVlan = specifyVlan,
            SpecifyIpRanges = specifyIpRanges,
            Created = now,
            Services = services.Select(s => new NetworkOfferingService { Service = s, Provider = s == NetworkServices.SecurityGroup ? SecurityGroupProvider : provider }).ToList(),
        };
        var isolatedWithNat = Offering(IsolatedWithSourceNat, "Offering for Isolated networks with Source Nat service enabled", GuestType.Isolated, VirtualRouter, RouterServices, false, false);
        isolatedWithNat.Availability = "Required";
        isolatedWithNat.SourceNatType = "peraccount";
        var vpcTier = Offering(VpcTier, "Offering for Isolated VPC networks with Source Nat service enabled", GuestType.Isolated, VpcVirtualRouter, VpcServices, false, false);
        vpcTier.ForVpc = true;
        vpcTier.SourceNatType = "peraccount";
        var vpcTierNoLb = Offering(VpcTierNoLb, "Offering for Isolated VPC networks with Source Nat service enabled and LB service disabled", GuestType.Isolated, VpcVirtualRouter, VpcServices.Where(s => s != Lb), false, false);
        vpcTierNoLb.ForVpc = true;
        vpcTierNoLb.SourceNatType = "peraccount";
        db.NetworkOfferings.AddRange(
            Offering(SharedWithSecurityGroups, "Offering for Shared Security group enabled networks", GuestType.Shared, VirtualRouter, [.. AddressServices, NetworkServices.SecurityGroup], true, true),
            Offering(Shared, "Offering for Shared networks", GuestType.Shared, VirtualRouter, AddressServices, true, true),
            isolatedWithNat,
            Offering(Isolated, "Offering for Isolated networks with no Source Nat service", GuestType.Isolated, VirtualRouter, AddressServices, true, true),
            vpcTier,
            vpcTierNoLb,
            Offering(L2, "Offering for L2 networks", GuestType.L2, VirtualRouter, [], false, false),
            Offering(L2Vlan, "Offering for L2 networks VLAN", GuestType.L2, VirtualRouter, [], true, false));
        await db.SaveChangesAsync(ct);
    }
}
