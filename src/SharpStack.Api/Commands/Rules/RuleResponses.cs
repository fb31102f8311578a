using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Rules;

internal static class RuleResponses
{
    public static async Task<List<ApiObject>> FirewallAsync(CloudDbContext db, IReadOnlyList<FirewallRule> rules, CancellationToken ct)
    {
        var (ips, networks, _) = await RelatedAsync(db, rules, ct);
        var tags = await Tags.TaggableResources.OfAsync(db, "FirewallRule", rules.Select(r => r.Id).ToList(), ct);
        return rules.Select(r =>
        {
            var ip = r.IpAddressId is { } id ? ips.GetValueOrDefault(id) : null;
            return new ApiObject
            {
                { "id", r.Uuid },
                { "protocol", r.Protocol },
                { "startport", r.StartPort },
                { "endport", r.EndPort },
                { "ipaddressid", ip?.Uuid },
                { "ipaddress", ip?.Address },
                { "networkid", networks.GetValueOrDefault(r.NetworkId)?.Uuid },
                { "state", r.State.ToString() },
                { "cidrlist", r.SourceCidrs ?? (r.TrafficType == "Egress" ? networks.GetValueOrDefault(r.NetworkId)?.Cidr : "0.0.0.0/0") },
                { "destcidrlist", r.DestinationCidrs },
                { "icmptype", r.IcmpType },
                { "icmpcode", r.IcmpCode },
                { "traffictype", r.TrafficType },
                { "fordisplay", r.ForDisplay },
                { "tags", tags[r.Id].ToList() },
            };
        }).ToList();
    }

    public static async Task<List<ApiObject>> PortForwardingAsync(CloudDbContext db, IReadOnlyList<FirewallRule> rules, CancellationToken ct)
    {
        var (ips, networks, vms) = await RelatedAsync(db, rules, ct);
        var tags = await Tags.TaggableResources.OfAsync(db, "PortForwardingRule", rules.Select(r => r.Id).ToList(), ct);
        string? Port(int? port) => port?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return rules.Select(r =>
        {
            var ip = r.IpAddressId is { } id ? ips.GetValueOrDefault(id) : null;
            var vm = r.VmId is { } vid ? vms.GetValueOrDefault(vid) : null;
            return new ApiObject
            {
                { "id", r.Uuid },
                { "privateport", Port(r.PrivateStartPort) },
                { "privateendport", Port(r.PrivateEndPort) },
                { "protocol", r.Protocol },
                { "publicport", Port(r.StartPort) },
                { "publicendport", Port(r.EndPort) },
                { "virtualmachineid", vm?.Uuid },
                { "virtualmachinename", vm?.Name },
                { "virtualmachinedisplayname", vm?.DisplayName },
                { "ipaddressid", ip?.Uuid },
                { "ipaddress", ip?.Address },
                { "state", r.State.ToString() },
                { "cidrlist", r.SourceCidrs ?? "" },
                { "vmguestip", r.VmGuestIp },
                { "networkid", networks.GetValueOrDefault(r.NetworkId)?.Uuid },
                { "fordisplay", r.ForDisplay },
                { "tags", tags[r.Id].ToList() },
            };
        }).ToList();
    }

    private static async Task<(Dictionary<long, PublicIpAddress> Ips, Dictionary<long, Network> Networks, Dictionary<long, Core.Compute.VirtualMachine> Vms)> RelatedAsync(
        CloudDbContext db, IReadOnlyList<FirewallRule> rules, CancellationToken ct)
    {
        var ipIds = rules.Where(r => r.IpAddressId != null).Select(r => r.IpAddressId!.Value).Distinct().ToList();
        var networkIds = rules.Select(r => r.NetworkId).Distinct().ToList();
        var vmIds = rules.Where(r => r.VmId != null).Select(r => r.VmId!.Value).Distinct().ToList();
        return (
            await db.PublicIpAddresses.AsNoTracking().Where(a => ipIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct),
            await db.Networks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct),
            await db.VirtualMachines.AsNoTracking().Where(v => vmIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct));
    }
}
