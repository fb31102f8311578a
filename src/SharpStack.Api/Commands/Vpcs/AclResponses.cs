using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Vpcs;

internal static class AclResponses
{
    public static async Task<List<ApiObject>> ListsAsync(CloudDbContext db, IReadOnlyList<NetworkAclList> lists, CancellationToken ct)
    {
        var vpcIds = lists.Where(l => l.VpcId != null).Select(l => l.VpcId!.Value).Distinct().ToList();
        var vpcs = await db.Vpcs.AsNoTracking().Where(v => vpcIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        return lists.Select(l =>
        {
            var vpc = l.VpcId is { } id ? vpcs.GetValueOrDefault(id) : null;
            return new ApiObject
            {
                { "id", l.Uuid },
                { "name", l.Name },
                { "description", l.Description },
                { "vpcid", vpc?.Uuid },
                { "vpcname", vpc?.Name },
                { "fordisplay", l.ForDisplay },
            };
        }).ToList();
    }

    public static async Task<List<ApiObject>> ItemsAsync(CloudDbContext db, IReadOnlyList<NetworkAclItem> items, CancellationToken ct)
    {
        var listIds = items.Select(i => i.AclId).Distinct().ToList();
        var lists = await db.NetworkAclLists.AsNoTracking().Where(l => listIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        return items.Select(i =>
        {
            var list = lists.GetValueOrDefault(i.AclId);
            return new ApiObject
            {
                { "id", i.Uuid },
                { "protocol", i.Protocol },
                { "startport", i.StartPort?.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                { "endport", i.EndPort?.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                { "traffictype", i.TrafficType },
                { "state", i.State.ToString() },
                { "cidrlist", i.Cidrs },
                { "icmptype", i.IcmpType },
                { "icmpcode", i.IcmpCode },
                { "tags", new List<ApiObject>() },
                { "aclid", list?.Uuid },
                { "aclname", list?.Name },
                { "number", i.Number },
                { "action", i.Action },
                { "fordisplay", i.ForDisplay },
                { "reason", i.Reason },
            };
        }).ToList();
    }
}
