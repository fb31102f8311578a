using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// The public addresses of Advanced zones: one row per address of each public range, handed out
/// Free → Allocated by a conditional update so two requests never get the same address.
/// </summary>
public static class PublicAddresses
{
    /// <summary>A range bigger than this is refused: its rows would be made all at once.</summary>
    public const long MaxRangeSize = 1 << 16;

    public static bool IsPublic(VlanIpRange range) => range.ForVirtualNetwork && range.NetworkId is null;

    /// <summary>Adds the rows of a new public range; the range must be saved already.</summary>
    public static void AddRange(CloudDbContext db, VlanIpRange range)
    {
        if (!IsPublic(range) || !Ipv4Range.TryParse(range.StartIp, range.EndIp, out var addresses))
        {
            return;
        }
        for (var a = addresses.Start; a <= addresses.End && a >= addresses.Start; a++)
        {
            db.PublicIpAddresses.Add(new PublicIpAddress
            {
                Address = Ipv4.Format(a),
                ZoneId = range.ZoneId,
                VlanIpRangeId = range.Id,
                PhysicalNetworkId = range.PhysicalNetworkId,
            });
        }
    }

    /// <summary>Makes the rows of public ranges added before addresses had rows (an upgraded database).</summary>
    public static async Task BackfillAsync(CloudDbContext db, CancellationToken ct)
    {
        var withRows = db.PublicIpAddresses.Select(a => a.VlanIpRangeId);
        var missing = await db.VlanIpRanges.Where(r => r.Removed == null && r.ForVirtualNetwork && r.NetworkId == null && !withRows.Contains(r.Id)).ToListAsync(ct);
        foreach (var range in missing)
        {
            AddRange(db, range);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Refuses to remove a range with addresses in use; otherwise removes its free rows.</summary>
    public static async Task RemoveRangeAsync(CloudDbContext db, VlanIpRange range, CancellationToken ct)
    {
        if (await db.PublicIpAddresses.AnyAsync(a => a.VlanIpRangeId == range.Id && a.State != PublicIpState.Free, ct))
        {
            throw CloudException.InUse($"The IP range {range.StartIp}-{range.EndIp} cannot be deleted: some of its addresses are allocated");
        }
        await db.PublicIpAddresses.Where(a => a.VlanIpRangeId == range.Id).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Allocates a free public address of the zone to the account: from ranges dedicated to it first,
    /// then its domain's, then shared ones (never ranges kept for system VMs or other owners).
    /// </summary>
    public static async Task<PublicIpAddress> AllocateAsync(CloudDbContext db, long zoneId, Account account, long? networkId, bool sourceNat, DateTime now, CancellationToken ct, string? wanted = null)
    {
        var ranges = await db.VlanIpRanges.AsNoTracking()
            .Where(r => r.ZoneId == zoneId && r.Removed == null && r.ForVirtualNetwork && r.NetworkId == null && !r.ForSystemVms)
            .Where(r => r.AccountId == account.Id || (r.AccountId == null && (r.DomainId == null || r.DomainId == account.DomainId)))
            .ToListAsync(ct);
        var ordered = ranges.OrderBy(r => r.AccountId is null ? 1 : 0).ThenBy(r => r.DomainId is null ? 1 : 0).ThenBy(r => r.Id).Select(r => r.Id).ToList();
        foreach (var rangeId in ordered)
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var id = await FreeCandidateAsync(db, rangeId, wanted, ct);
                if (id is null)
                {
                    break;
                }
                var taken = await db.PublicIpAddresses.Where(a => a.Id == id && a.State == PublicIpState.Free)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(a => a.State, PublicIpState.Allocated)
                        .SetProperty(a => a.AccountId, account.Id)
                        .SetProperty(a => a.DomainId, account.DomainId)
                        .SetProperty(a => a.NetworkId, networkId)
                        .SetProperty(a => a.IsSourceNat, sourceNat)
                        .SetProperty(a => a.AllocatedAt, now), ct);
                if (taken == 1)
                {
                    return await db.PublicIpAddresses.FirstAsync(a => a.Id == id, ct);
                }
            }
        }
        if (wanted is not null)
        {
            throw CloudException.InvalidParameter($"The public IP address {wanted} is not free in this zone for account {account.Name}");
        }
        throw CloudException.InsufficientAddressCapacity($"Insufficient address capacity: no free public IP address in the zone for account {account.Name}");
    }

    /// <summary>
    /// The lowest free address of the range (or the one wanted). On PostgreSQL inside a transaction the
    /// row is locked and rows other allocations hold are skipped, so concurrent allocations take
    /// different addresses instead of queueing behind each other's transactions for the same one.
    /// </summary>
    private static async Task<long?> FreeCandidateAsync(CloudDbContext db, long rangeId, string? wanted, CancellationToken ct)
    {
        if (db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null)
        {
            var free = PublicIpState.Free.ToString();
            var rows = wanted is null
                ? db.PublicIpAddresses.FromSqlInterpolated(
                    $"""SELECT * FROM public_ip_addresses WHERE "VlanIpRangeId" = {rangeId} AND "State" = {free} ORDER BY "Id" LIMIT 1 FOR UPDATE SKIP LOCKED""")
                : db.PublicIpAddresses.FromSqlInterpolated(
                    $"""SELECT * FROM public_ip_addresses WHERE "VlanIpRangeId" = {rangeId} AND "State" = {free} AND "Address" = {wanted} FOR UPDATE""");
            return await rows.AsNoTracking().Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
        }
        var candidates = db.PublicIpAddresses.Where(a => a.VlanIpRangeId == rangeId && a.State == PublicIpState.Free);
        if (wanted is not null)
        {
            candidates = candidates.Where(a => a.Address == wanted);
        }
        return await candidates.OrderBy(a => a.Id).Select(a => (long?)a.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Gives an address back to its range's free pool, clearing everything that tied it to an owner.</summary>
    public static async Task ReleaseAsync(CloudDbContext db, long addressId, CancellationToken ct)
    {
        await db.PublicIpAddresses.Where(a => a.Id == addressId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.State, PublicIpState.Free)
                .SetProperty(a => a.AccountId, (long?)null)
                .SetProperty(a => a.DomainId, (long?)null)
                .SetProperty(a => a.NetworkId, (long?)null)
                .SetProperty(a => a.VpcId, (long?)null)
                .SetProperty(a => a.IsSourceNat, false)
                .SetProperty(a => a.AllocatedAt, (DateTime?)null)
                .SetProperty(a => a.StaticNatVmId, (long?)null)
                .SetProperty(a => a.StaticNatVmIp, (string?)null)
                .SetProperty(a => a.ForDisplay, true), ct);
    }
}
