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
            throw CloudException.InvalidParameter($"Zone {zone.Name} is a Basic zone: instances there need the zone's shared guest network, which is not supported yet");
        }
        if (!Ipv4.TryParseCidr(zone.GuestCidr ?? DefaultGuestCidr, out var network, out var prefix) || prefix > 29)
        {
            throw CloudException.InvalidParameter($"Zone {zone.Name} has no usable guest CIDR for instance networks");
        }
        var physical = await db.PhysicalNetworks.AsNoTracking().Where(p => p.ZoneId == zone.Id).OrderBy(p => p.Id).Select(p => (long?)p.Id).FirstOrDefaultAsync(ct);
        var created = new Network
        {
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
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("networks are created inside a transaction");
        await tx.CreateSavepointAsync("account_network", ct);
        db.Networks.Add(created);
        try
        {
            await db.SaveChangesAsync(ct);
            return created;
        }
        catch (DbUpdateException)
        {
            // Another request made it first.
            await tx.RollbackToSavepointAsync("account_network", ct);
            db.Entry(created).State = EntityState.Detached;
            return await db.Networks.FirstAsync(n => n.DefaultKey == key, ct);
        }
    }

    /// <summary>
    /// Gives an instance a nic with the lowest free address (or the one asked for). The unique index
    /// on (network, address) settles races: the loser goes back to a savepoint and retries with the
    /// next free address. Runs inside the caller's transaction; the nic's vm must be saved already.
    /// </summary>
    public static async Task<Nic> AllocateNicAsync(CloudDbContext db, Network network, long vmId, int deviceId, bool isDefault, string? requestedIp, DateTime now, CancellationToken ct)
    {
        if (!Ipv4.TryParseCidr(network.Cidr, out var subnet, out var prefix))
        {
            throw CloudException.Internal($"Network {network.Name} has an invalid CIDR {network.Cidr}");
        }
        Ipv4.TryParse(network.Gateway, out var gateway);
        var first = subnet + 1;
        var last = subnet + (uint)((1L << (32 - prefix)) - 2);
        // Allocations in one network take turns (the row lock lasts until the caller commits), so
        // concurrent deployments do not all race for the same lowest free address.
        await db.Networks.Where(n => n.Id == network.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.State, n => n.State), ct);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var used = (await db.Nics.AsNoTracking().Where(n => n.NetworkId == network.Id).Select(n => n.Ipv4Address).ToListAsync(ct)).ToHashSet();
            string address;
            if (requestedIp is not null)
            {
                if (!Ipv4.TryParse(requestedIp, out var wanted) || wanted < first || wanted > last || wanted == gateway)
                {
                    throw CloudException.InvalidParameter($"IP address {requestedIp} is not a usable address of network {network.Name} ({network.Cidr})");
                }
                if (used.Contains(requestedIp))
                {
                    throw new CloudException(ApiErrorCode.InsufficientCapacity, $"IP address {requestedIp} is already in use in network {network.Name}", CsErrorCode.InsufficientAddressCapacity);
                }
                address = requestedIp;
            }
            else
            {
                address = FirstFree(first, last, gateway, used)
                          ?? throw new CloudException(ApiErrorCode.InsufficientCapacity, $"Network {network.Name} has no free IP address", CsErrorCode.InsufficientAddressCapacity);
            }
            var nic = new Nic
            {
                VmId = vmId,
                NetworkId = network.Id,
                Ipv4Address = address,
                Netmask = network.Netmask,
                Gateway = network.Gateway,
                DeviceId = deviceId,
                IsDefault = isDefault,
                Created = now,
            };
            var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("nics are allocated inside a transaction");
            await tx.CreateSavepointAsync("nic", ct);
            db.Nics.Add(nic);
            try
            {
                await db.SaveChangesAsync(ct);
                nic.MacAddress = Nic.MacFor(nic.Id);
                await db.SaveChangesAsync(ct);
                return nic;
            }
            catch (DbUpdateException)
            {
                await tx.RollbackToSavepointAsync("nic", ct);
                db.Entry(nic).State = EntityState.Detached;
                if (requestedIp is not null)
                {
                    throw new CloudException(ApiErrorCode.InsufficientCapacity, $"IP address {requestedIp} is already in use in network {network.Name}", CsErrorCode.InsufficientAddressCapacity);
                }
            }
        }
        throw new CloudException(ApiErrorCode.InsufficientCapacity, $"Could not allocate an IP address in network {network.Name}: too many concurrent allocations", CsErrorCode.InsufficientAddressCapacity);
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
