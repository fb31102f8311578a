using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Networks;

internal static class NicResponses
{
    public static ApiObject ToResponse(Caller caller, Nic n, Network? network, Guid vmUuid, IEnumerable<NicSecondaryIp> secondary)
    {
        var response = new ApiObject
        {
            { "id", n.Uuid },
            { "networkid", network?.Uuid },
            { "networkname", network?.Name },
            { "netmask", n.Netmask },
            { "gateway", n.Gateway },
            { "ipaddress", n.Ipv4Address },
            { "isolationuri", caller.IsRootAdmin ? network?.BroadcastUri : null },
            { "broadcasturi", caller.IsRootAdmin ? network?.BroadcastUri : null },
            { "traffictype", "Guest" },
            { "type", network?.GuestType.ToString() },
            { "isdefault", n.IsDefault },
            { "macaddress", n.MacAddress },
            { "deviceid", n.DeviceId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            { "virtualmachineid", vmUuid },
        };
        var addresses = secondary.Select(s => SecondaryIp(s, n, network, vmUuid)).ToList();
        if (addresses.Count > 0)
        {
            response.Add("secondaryip", addresses);
        }
        return response;
    }

    /// <summary>A secondary address as addIpToNic answers it and as nics list it (the nested form has only id and address).</summary>
    public static ApiObject SecondaryIp(NicSecondaryIp s, Nic nic, Network? network, Guid vmUuid) => new()
    {
        { "id", s.Uuid },
        { "ipaddress", s.Ipv4Address },
        { "nicid", nic.Uuid },
        { "networkid", network?.Uuid },
        { "virtualmachineid", vmUuid },
    };

    /// <summary>The secondary addresses of the given nics, by nic id.</summary>
    public static async Task<ILookup<long, NicSecondaryIp>> SecondaryIpsAsync(CloudDbContext db, IReadOnlyCollection<long> nicIds, CancellationToken ct) =>
        nicIds.Count == 0
            ? Array.Empty<NicSecondaryIp>().ToLookup(s => s.NicId)
            : (await db.NicSecondaryIps.AsNoTracking().Where(s => nicIds.Contains(s.NicId)).OrderBy(s => s.Id).ToListAsync(ct)).ToLookup(s => s.NicId);
}
