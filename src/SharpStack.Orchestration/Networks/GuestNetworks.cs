using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// Guest networks for instances until full network orchestration exists: in an Advanced zone an
/// account's first instance gets an isolated network on the zone's guest CIDR, as upstream
/// creates one from the default isolated offering.
/// </summary>
public static class GuestNetworks
{
    public const string DefaultGuestCidr = "10.1.1.0/24";

    /// <summary>The account's network in the zone, made on first use; runs inside the caller's transaction.</summary>
    public static async Task<Network> EnsureAccountNetworkAsync(CloudDbContext db, Zone zone, Account account, DateTime now, CancellationToken ct)
    {
        var key = $"{zone.Id}:{account.Id}";
        var existing = await db.Networks.FirstOrDefaultAsync(n => n.DefaultKey == key, ct)
                       ?? await db.Networks.FirstOrDefaultAsync(n => n.AccountId == account.Id && n.ZoneId == zone.Id && n.Removed == null && n.GuestType == GuestType.Isolated, ct);
        if (existing is not null)
        {
            return existing;
        }
        if (zone.NetworkType != NetworkType.Advanced)
        {
            return await EnsureBasicNetworkAsync(db, zone, now, ct);
        }
        if (!Ipv4.TryParseCidr(zone.GuestCidr ?? DefaultGuestCidr, out var network, out var prefix) || prefix > 29)
        {
            throw CloudException.InvalidParameter($"Zone {zone.Name} has no usable guest CIDR for instance networks");
        }
        var physical = await db.PhysicalNetworks.AsNoTracking().Where(p => p.ZoneId == zone.Id).OrderBy(p => p.Id).Select(p => (long?)p.Id).FirstOrDefaultAsync(ct);
        var offering = await db.NetworkOfferings.AsNoTracking()
                           .Where(o => o.Removed == null && o.Availability == "Required" && o.GuestType == GuestType.Isolated && o.State == Core.Offerings.NetworkOfferingState.Enabled)
                           .OrderBy(o => o.Id).FirstOrDefaultAsync(ct)
                       ?? throw CloudException.InvalidParameter("No enabled network offering has availability Required: there is no offering for an account's automatic network; give networkids");
        var created = new Network
        {
            NetworkOfferingId = offering.Id,
            Name = $"{account.Name}-network",
            DisplayText = $"{account.Name}-network",
            ZoneId = zone.Id,
            PhysicalNetworkId = physical,
            AccountId = account.Id,
            DomainId = account.DomainId,
            Cidr = $"{Ipv4.Format(network)}/{prefix}",
            Gateway = Ipv4.Format(network + 1),
            Netmask = Ipv4.Format(Ipv4.MaskOf(prefix)),
            NetworkDomain = zone.NetworkDomain ?? "cs" + account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "cloud.internal",
            DefaultKey = key,
            Created = now,
        };
        return await Jobs.FirstInsert.AddOrFetchAsync(db, created, "account_network", () => db.Networks.FirstAsync(n => n.DefaultKey == key, ct), ct);
    }

    public static string BasicKey(long zoneId) => $"basic:{zoneId}";

    /// <summary>
    /// A Basic zone's one shared guest network, whose addresses are its pods' guest IP ranges
    /// (createVlanIpRange podid=… forvirtualnetwork=false); made on first use.
    /// </summary>
    public static async Task<Network> EnsureBasicNetworkAsync(CloudDbContext db, Zone zone, DateTime now, CancellationToken ct)
    {
        var key = BasicKey(zone.Id);
        if (await db.Networks.FirstOrDefaultAsync(n => n.DefaultKey == key, ct) is { } existing)
        {
            return existing;
        }
        var first = await db.VlanIpRanges.AsNoTracking().Where(r => r.ZoneId == zone.Id && r.Removed == null && !r.ForVirtualNetwork).OrderBy(r => r.Id).FirstOrDefaultAsync(ct)
                    ?? throw CloudException.InvalidParameter($"Basic zone {zone.Name} has no guest IP range: add one with createVlanIpRange podid=... forvirtualnetwork=false");
        Ipv4.TryParse(first.Gateway, out var gateway);
        Ipv4.TryPrefixOfNetmask(first.Netmask, out var prefix);
        var offering = await db.NetworkOfferings.AsNoTracking().Where(o => o.Name == "DefaultSharedNetworkOfferingWithSGService").Select(o => (long?)o.Id).FirstOrDefaultAsync(ct);
        var created = new Network
        {
            NetworkOfferingId = offering,
            Name = "defaultGuestNetwork",
            DisplayText = "defaultGuestNetwork",
            ZoneId = zone.Id,
            PhysicalNetworkId = first.PhysicalNetworkId,
            AccountId = Account.SystemId,
            DomainId = Domain.RootId,
            GuestType = GuestType.Shared,
            AclType = "Domain",
            Cidr = $"{Ipv4.Format(gateway & Ipv4.MaskOf(prefix))}/{prefix}",
            Gateway = first.Gateway,
            Netmask = first.Netmask,
            NetworkDomain = zone.NetworkDomain,
            BroadcastUri = "vlan://untagged",
            State = NetworkState.Implemented,
            DefaultKey = key,
            Created = now,
        };
        return await Jobs.FirstInsert.AddOrFetchAsync(db, created, "basic_network", () => db.Networks.FirstAsync(n => n.DefaultKey == key, ct), ct);
    }

    /// <summary>The pod an instance must run in: the pod of its Basic-zone guest address's range, if it has one.</summary>
    public static async Task<long?> RequiredPodAsync(CloudDbContext db, long vmId, CancellationToken ct)
    {
        var nic = await db.Nics.AsNoTracking().Where(n => n.VmId == vmId)
            .Join(db.Networks.AsNoTracking().Where(n => n.DefaultKey != null && n.DefaultKey.StartsWith("basic:")), n => n.NetworkId, n => n.Id, (n, net) => new { n.Ipv4Address, net.ZoneId })
            .FirstOrDefaultAsync(ct);
        if (nic is null || !Ipv4.TryParse(nic.Ipv4Address, out var address))
        {
            return null;
        }
        var ranges = await db.VlanIpRanges.AsNoTracking().Where(r => r.ZoneId == nic.ZoneId && r.Removed == null && !r.ForVirtualNetwork).ToListAsync(ct);
        return ranges.FirstOrDefault(r => Ipv4Range.TryParse(r.StartIp, r.EndIp, out var range) && range.Contains(address))?.PodId;
    }

    private sealed record AddressPool(uint First, uint Last, uint Gateway, string GatewayText, string Netmask);

    /// <summary>
    /// Where a network's addresses come from: a Basic zone's network its pods' guest ranges, a shared
    /// network its own IP ranges (less the first, its router's), an isolated one its CIDR (less the
    /// gateway, its router's); an L2 network has none.
    /// </summary>
    private static async Task<List<AddressPool>> PoolsAsync(CloudDbContext db, Network network, CancellationToken ct)
    {
        var basic = network.DefaultKey is { } key && key.StartsWith("basic:", StringComparison.Ordinal);
        var ranges = basic
            ? await db.VlanIpRanges.AsNoTracking().Where(r => r.ZoneId == network.ZoneId && r.Removed == null && !r.ForVirtualNetwork && r.NetworkId == null)
                .OrderBy(r => r.PodId).ThenBy(r => r.Id).ToListAsync(ct)
            : await db.VlanIpRanges.AsNoTracking().Where(r => r.NetworkId == network.Id && r.Removed == null).OrderBy(r => r.Id).ToListAsync(ct);
        if (basic || ranges.Count > 0)
        {
            var routerIp = basic ? null : RouterAddress(network, ranges);
            return ranges.Where(r => Ipv4Range.TryParse(r.StartIp, r.EndIp, out _))
                .Select(r =>
                {
                    Ipv4Range.TryParse(r.StartIp, r.EndIp, out var range);
                    Ipv4.TryParse(r.Gateway, out var g);
                    var first = routerIp is { } ip && Ipv4.TryParse(ip, out var reserved) && reserved == range.Start ? range.Start + 1 : range.Start;
                    return new AddressPool(first, range.End, g, r.Gateway, r.Netmask);
                }).Where(pool => pool.First <= pool.Last).ToList();
        }
        if (network.Cidr is null)
        {
            return [];
        }
        if (!Ipv4.TryParseCidr(network.Cidr, out var subnet, out var prefix))
        {
            throw CloudException.Internal($"Network {network.Name} has an invalid CIDR {network.Cidr}");
        }
        Ipv4.TryParse(network.Gateway, out var gateway);
        return [new AddressPool(subnet + 1, subnet + (uint)((1L << (32 - prefix)) - 2), gateway, network.Gateway!, network.Netmask!)];
    }

    /// <summary>The guest address of a network's router: the gateway of an isolated network, the first address of a shared network's ranges.</summary>
    public static string? RouterAddress(Network network, IReadOnlyList<Core.Infrastructure.VlanIpRange> ranges) =>
        network.GuestType == GuestType.Shared
            ? ranges.Where(r => r.Removed == null).OrderBy(r => r.Id).Select(r => r.StartIp).FirstOrDefault()
            : network.GuestType == GuestType.Isolated ? network.Gateway : null;

    /// <summary>
    /// Gives an instance a nic with the lowest free address (or the one asked for). Runs inside the
    /// caller's transaction; the nic's vm must be saved already.
    /// </summary>
    public static async Task<Nic> AllocateNicAsync(CloudDbContext db, Network network, long vmId, int deviceId, bool isDefault, string? requestedIp, DateTime now, CancellationToken ct)
    {
        var pools = await PoolsAsync(db, network, ct);
        if (pools.Count == 0 && requestedIp is null)
        {
            return await AddNicAsync(db, new Nic { VmId = vmId, NetworkId = network.Id, DeviceId = deviceId, IsDefault = isDefault, Created = now }, ct);
        }
        var nic = await ClaimAsync(db, network, pools, requestedIp, (pool, address) => new Nic
        {
            VmId = vmId,
            NetworkId = network.Id,
            Ipv4Address = address,
            Netmask = pool.Netmask,
            Gateway = pool.GatewayText,
            DeviceId = deviceId,
            IsDefault = isDefault,
            Created = now,
        }, ct);
        nic.MacAddress = Nic.MacFor(nic.Id);
        await db.SaveChangesAsync(ct);
        return nic;
    }

    /// <summary>Gives a nic one more address of its network (addIpToNic): the lowest free one, or the one asked for.</summary>
    public static async Task<NicSecondaryIp> AllocateSecondaryIpAsync(CloudDbContext db, Network network, Nic nic, long accountId, long domainId, string? requestedIp, DateTime now, CancellationToken ct)
    {
        var pools = await PoolsAsync(db, network, ct);
        if (pools.Count == 0)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} does not manage its guests' addresses: there is no address to add to the nic");
        }
        return await ClaimAsync(db, network, pools, requestedIp, (_, address) => new NicSecondaryIp
        {
            NicId = nic.Id,
            VmId = nic.VmId,
            NetworkId = network.Id,
            Ipv4Address = address,
            AccountId = accountId,
            DomainId = domainId,
            Created = now,
        }, ct);
    }

    /// <summary>Moves a nic to another address of its network (updateVmNicIp): the one asked for, or the lowest free one.</summary>
    public static async Task ReassignNicAddressAsync(CloudDbContext db, Network network, Nic nic, string? requestedIp, CancellationToken ct)
    {
        var pools = await PoolsAsync(db, network, ct);
        if (pools.Count == 0)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} does not manage its guests' addresses: the guest chooses its own");
        }
        await LockAllocationsAsync(db, network, ct);
        var (pool, address) = Pick(network, pools, await UsedAsync(db, network.Id, ct), requestedIp);
        nic.Ipv4Address = address;
        nic.Netmask = pool.Netmask;
        nic.Gateway = pool.GatewayText;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw AddressTaken(address, network);
        }
    }

    /// <summary>
    /// Saves what <paramref name="build"/> makes of a free address (the lowest, or the one asked for).
    /// The unique indexes on (network, address) settle races: the loser goes back to a savepoint and
    /// retries with the next free address.
    /// </summary>
    private static async Task<T> ClaimAsync<T>(CloudDbContext db, Network network, List<AddressPool> pools, string? requestedIp, Func<AddressPool, string, T> build, CancellationToken ct)
        where T : class
    {
        await LockAllocationsAsync(db, network, ct);
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("guest addresses are allocated inside a transaction");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var (pool, address) = Pick(network, pools, await UsedAsync(db, network.Id, ct), requestedIp);
            var claimed = build(pool, address);
            await tx.CreateSavepointAsync("address", ct);
            db.Add(claimed);
            try
            {
                await db.SaveChangesAsync(ct);
                return claimed;
            }
            catch (DbUpdateException)
            {
                await tx.RollbackToSavepointAsync("address", ct);
                db.Entry(claimed).State = EntityState.Detached;
                if (requestedIp is not null)
                {
                    throw AddressTaken(requestedIp, network);
                }
            }
        }
        throw new CloudException(ApiErrorCode.InsufficientCapacity, $"Could not allocate an IP address in network {network.Name}: too many concurrent allocations", CsErrorCode.InsufficientAddressCapacity);
    }

    /// <summary>
    /// Allocations in one network take turns (the row lock lasts until the caller commits), so
    /// concurrent ones do not all race for the same lowest free address.
    /// </summary>
    private static Task LockAllocationsAsync(CloudDbContext db, Network network, CancellationToken ct) =>
        db.Networks.Where(n => n.Id == network.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.State, n => n.State), ct);

    /// <summary>Every guest address in use on a network: its nics' and their secondary addresses.</summary>
    private static async Task<HashSet<string>> UsedAsync(CloudDbContext db, long networkId, CancellationToken ct)
    {
        var primary = await db.Nics.AsNoTracking().Where(n => n.NetworkId == networkId && n.Ipv4Address != null).Select(n => n.Ipv4Address!).ToListAsync(ct);
        var secondary = await db.NicSecondaryIps.AsNoTracking().Where(s => s.NetworkId == networkId).Select(s => s.Ipv4Address).ToListAsync(ct);
        return [.. primary, .. secondary];
    }

    private static (AddressPool Pool, string Address) Pick(Network network, List<AddressPool> pools, HashSet<string> used, string? requestedIp)
    {
        if (requestedIp is null)
        {
            return pools.Select(x => (x, FirstFree(x.First, x.Last, x.Gateway, used))).FirstOrDefault(x => x.Item2 is not null) is ({ } p, { } a)
                ? (p, a)
                : throw new CloudException(ApiErrorCode.InsufficientCapacity, $"Network {network.Name} has no free IP address", CsErrorCode.InsufficientAddressCapacity);
        }
        var pool = Ipv4.TryParse(requestedIp, out var wanted) ? pools.FirstOrDefault(x => wanted >= x.First && wanted <= x.Last && wanted != x.Gateway) : null;
        if (pool is null)
        {
            throw CloudException.InvalidParameter($"IP address {requestedIp} is not a usable address of network {network.Name}");
        }
        return used.Contains(requestedIp) ? throw AddressTaken(requestedIp, network) : (pool, requestedIp);
    }

    private static CloudException AddressTaken(string address, Network network) =>
        new(ApiErrorCode.InsufficientCapacity, $"IP address {address} is already in use in network {network.Name}", CsErrorCode.InsufficientAddressCapacity);

    /// <summary>
    /// The guest address a rule points at on a nic (vmguestip, vmidipmap): the one asked for when it
    /// is the nic's address or one of its secondary addresses, else the nic's own address.
    /// </summary>
    public static async Task<string> GuestAddressAsync(CloudDbContext db, Nic nic, string vmName, string networkName, string? wanted, CancellationToken ct)
    {
        if (wanted is not null && wanted != nic.Ipv4Address &&
            !await db.NicSecondaryIps.AnyAsync(s => s.NicId == nic.Id && s.Ipv4Address == wanted, ct))
        {
            throw CloudException.InvalidParameter($"{wanted} is not an address of instance {vmName} in network {networkName}");
        }
        return wanted ?? nic.Ipv4Address ?? throw CloudException.InvalidParameter($"Instance {vmName} has no address in network {networkName}");
    }

    /// <summary>Whether a port forwarding, load balancing or static NAT rule points at this guest address of the instance.</summary>
    public static async Task<bool> HasRulesOnAsync(CloudDbContext db, long vmId, string? address, CancellationToken ct) =>
        address is not null &&
        (await db.FirewallRules.AnyAsync(r => r.VmId == vmId && r.VmGuestIp == address, ct) ||
         await db.PublicIpAddresses.AnyAsync(a => a.StaticNatVmId == vmId && a.StaticNatVmIp == address, ct) ||
         await db.LoadBalancerMembers.AnyAsync(m => m.VmId == vmId && m.VmIp == address, ct));

    /// <summary>Saves an L2 nic (no address) and gives it its MAC.</summary>
    private static async Task<Nic> AddNicAsync(CloudDbContext db, Nic nic, CancellationToken ct)
    {
        db.Nics.Add(nic);
        await db.SaveChangesAsync(ct);
        nic.MacAddress = Nic.MacFor(nic.Id);
        await db.SaveChangesAsync(ct);
        return nic;
    }

    private static string? FirstFree(uint first, uint last, uint gateway, HashSet<string> used)
    {
        for (var candidate = first; candidate <= last; candidate++)
        {
            if (candidate == gateway)
            {
                continue;
            }
            var text = Ipv4.Format(candidate);
            if (!used.Contains(text))
            {
                return text;
            }
        }
        return null;
    }
}
