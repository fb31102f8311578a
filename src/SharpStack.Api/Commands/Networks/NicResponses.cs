using SharpStack.Api.Access;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;

namespace SharpStack.Api.Commands.Networks;

internal static class NicResponses
{
    public static ApiObject ToResponse(Caller caller, Nic n, Network? network, Guid vmUuid) => new()
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
}
