using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// Guest VLANs (or VNIs) of physical networks: an isolated network takes the lowest free one of its
/// physical network's range when it is implemented and gives it back when it shuts down; a shared
/// or L2 network may name its own. The unique index on (physical network, vnet) settles races.
/// </summary>
public static class GuestVlans
{
    public static string BroadcastUri(PhysicalNetwork physical, int vnet) =>
        physical.IsolationMethods == "VXLAN" ? $"vxlan://{vnet}" : $"vlan://{vnet}";

    /// <summary>The id in "vlan://100", "vxlan://5000" or "100"; null for untagged.</summary>
    public static int? VnetOf(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return null;
        }
        var text = uri.Contains("://", StringComparison.Ordinal) ? uri[(uri.IndexOf("://", StringComparison.Ordinal) + 3)..] : uri;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>Takes the lowest free vnet of the physical network's guest range for the network.</summary>
    public static async Task<int> AllocateAsync(CloudDbContext db, PhysicalNetwork physical, long networkId, long accountId, DateTime now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(physical.Vlan))
        {
            throw CloudException.InsufficientVirtualNetworkCapacity($"Physical network {physical.Name} has no guest VLAN range: set one with updatePhysicalNetwork vlan=...");
        }
        var ranges = VnetRanges.Parse(physical.Vlan, physical.IsolationMethods);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var taken = (await db.GuestVlans.AsNoTracking().Where(v => v.PhysicalNetworkId == physical.Id).Select(v => v.Vnet).ToListAsync(ct)).ToHashSet();
            int? free = null;
            foreach (var (start, end) in ranges)
            {
                for (var id = start; id <= end && free is null; id++)
                {
                    if (!taken.Contains(id))
                    {
                        free = id;
                    }
                }
                if (free is not null)
                {
                    break;
                }
            }
            if (free is null)
            {
                throw CloudException.InsufficientVirtualNetworkCapacity($"Unable to allocate a guest VLAN: every id of physical network {physical.Name}'s range {physical.Vlan} is in use");
            }
            if (await TryTakeAsync(db, physical, free.Value, networkId, accountId, now, ct))
            {
                return free.Value;
            }
        }
        throw CloudException.InsufficientVirtualNetworkCapacity($"Unable to allocate a guest VLAN on physical network {physical.Name}: too many concurrent allocations");
    }

    /// <summary>Takes a given vnet for a network; false when another network has it.</summary>
    public static async Task<bool> TryTakeAsync(CloudDbContext db, PhysicalNetwork physical, int vnet, long networkId, long accountId, DateTime now, CancellationToken ct)
    {
        var tx = db.Database.CurrentTransaction;
        if (tx is not null)
        {
            await tx.CreateSavepointAsync("guest_vlan", ct);
        }
        var row = new GuestVlan { PhysicalNetworkId = physical.Id, ZoneId = physical.ZoneId, Vnet = vnet, NetworkId = networkId, AccountId = accountId, TakenAt = now };
        db.GuestVlans.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            if (tx is not null)
            {
                await tx.RollbackToSavepointAsync("guest_vlan", ct);
            }
            return false;
        }
    }

    public static Task ReleaseAsync(CloudDbContext db, long networkId, CancellationToken ct) =>
        db.GuestVlans.Where(v => v.NetworkId == networkId).ExecuteDeleteAsync(ct);
}
