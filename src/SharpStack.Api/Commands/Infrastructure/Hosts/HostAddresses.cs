using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

/// <summary>Management addresses for simulated hosts: free addresses of the pod's subnet outside its reserved range.</summary>
internal static class HostAddresses
{
    public static async Task<string> NextFreeAsync(CloudDbContext db, Pod pod, CancellationToken ct)
    {
        if (!Ipv4.TryParse(pod.Gateway, out var gateway) || !Ipv4.TryPrefixOfNetmask(pod.Netmask, out var prefix))
        {
            throw CloudException.InvalidParameter($"Pod {pod.Name} has no valid management subnet");
        }
        Ipv4Range.TryParse(pod.StartIp, pod.EndIp, out var reserved);
        var used = (await db.Hosts.AsNoTracking().Where(h => h.PodId == pod.Id && h.Removed == null).Select(h => h.IpAddress).ToListAsync(ct))
            .Select(ip => Ipv4.TryParse(ip, out var v) ? v : 0).ToHashSet();
        var mask = Ipv4.MaskOf(prefix);
        var network = gateway & mask;
        var broadcast = network | ~mask;
        for (var candidate = network + 1; candidate < broadcast; candidate++)
        {
            if (candidate != gateway && (pod.StartIp is null || !reserved.Contains(candidate)) && !used.Contains(candidate))
            {
                return Ipv4.Format(candidate);
            }
        }
        throw new CloudException(ApiErrorCode.InsufficientCapacity, $"Pod {pod.Name} has no free management address left for another host");
    }
}
