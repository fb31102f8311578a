using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.LoadBalancers;

internal static class LoadBalancerResponses
{
    public static async Task<List<ApiObject>> RulesAsync(CloudDbContext db, IReadOnlyList<FirewallRule> rules, CancellationToken ct)
    {
        var ipIds = rules.Where(r => r.IpAddressId != null).Select(r => r.IpAddressId!.Value).Distinct().ToList();
        var ips = await db.PublicIpAddresses.AsNoTracking().Where(a => ipIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var networkIds = rules.Select(r => r.NetworkId).Distinct().ToList();
        var networks = await db.Networks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ct);
        var zoneIds = networks.Values.Select(n => n.ZoneId).Distinct().ToList();
        var zones = await db.Zones.AsNoTracking().Where(z => zoneIds.Contains(z.Id)).ToDictionaryAsync(z => z.Id, ct);
        var accountIds = rules.Select(r => r.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var tags = await Tags.TaggableResources.OfAsync(db, "LoadBalancer", rules.Select(r => r.Id).ToList(), ct);
        string Port(int? port) => (port ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return rules.Select(r =>
        {
            var ip = r.IpAddressId is { } id ? ips.GetValueOrDefault(id) : null;
            var network = networks.GetValueOrDefault(r.NetworkId);
            var zone = network is null ? null : zones.GetValueOrDefault(network.ZoneId);
            var account = accounts.GetValueOrDefault(r.AccountId);
            return new ApiObject
            {
                { "id", r.Uuid },
                { "name", r.LbName },
                { "description", r.LbDescription },
                { "publicipid", ip?.Uuid },
                { "publicip", ip?.Address },
                { "publicport", Port(r.StartPort) },
                { "privateport", Port(r.PrivateStartPort) },
                { "algorithm", r.LbAlgorithm },
                { "networkid", network?.Uuid },
                { "cidrlist", r.SourceCidrs ?? "" },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "state", r.State.ToString() },
                { "zoneid", zone?.Uuid },
                { "zonename", zone?.Name },
                { "protocol", r.Protocol },
                { "fordisplay", r.ForDisplay },
                { "tags", tags[r.Id].ToList() },
            };
        }).ToList();
    }

    public static async Task<ApiObject> StickinessAsync(CloudDbContext db, FirewallRule rule, IReadOnlyList<LbStickinessPolicy> policies, CancellationToken ct)
    {
        var (zone, account) = await OwnerAsync(db, rule, ct);
        return new ApiObject
        {
            { "lbruleid", rule.Uuid },
            { "name", rule.LbName },
            { "description", rule.LbDescription },
            { "account", account?.Name },
            { "domainid", account?.Domain?.Uuid },
            { "domain", account?.Domain?.Name },
            { "state", rule.State.ToString() },
            { "zoneid", zone?.Uuid },
            {
                "stickinesspolicy", policies.Select(p => new ApiObject
                {
                    { "id", p.Uuid },
                    { "name", p.Name },
                    { "methodname", p.MethodName },
                    { "description", p.Description },
                    { "state", p.Revoke ? "Revoke" : "Active" },
                    { "fordisplay", p.ForDisplay },
                    { "params", LbPolicies.ParamsOf(p) },
                }).ToList()
            },
        };
    }

    public static async Task<ApiObject> HealthCheckAsync(CloudDbContext db, FirewallRule rule, IReadOnlyList<LbHealthCheckPolicy> policies, CancellationToken ct)
    {
        var (zone, account) = await OwnerAsync(db, rule, ct);
        return new ApiObject
        {
            { "lbruleid", rule.Uuid },
            { "account", account?.Name },
            { "domainid", account?.Domain?.Uuid },
            { "domain", account?.Domain?.Name },
            { "zoneid", zone?.Uuid },
            {
                "healthcheckpolicy", policies.Select(p => new ApiObject
                {
                    { "id", p.Uuid },
                    { "pingpath", p.PingPath },
                    { "description", p.Description },
                    { "state", p.Revoke ? "Revoke" : "Active" },
                    { "responsetime", p.ResponseTimeSeconds },
                    { "healthcheckinterval", p.IntervalSeconds },
                    { "healthcheckthresshold", p.HealthyThreshold },
                    { "unhealthcheckthresshold", p.UnhealthyThreshold },
                    { "fordisplay", p.ForDisplay },
                }).ToList()
            },
        };
    }

    private static async Task<(Core.Infrastructure.Zone? Zone, Core.Identity.Account? Account)> OwnerAsync(CloudDbContext db, FirewallRule rule, CancellationToken ct)
    {
        var zone = await db.Zones.AsNoTracking().Where(z => db.Networks.Any(n => n.Id == rule.NetworkId && n.ZoneId == z.Id)).FirstOrDefaultAsync(ct);
        var account = await db.Accounts.AsNoTracking().Include(a => a.Domain).FirstOrDefaultAsync(a => a.Id == rule.AccountId, ct);
        return (zone, account);
    }
}
