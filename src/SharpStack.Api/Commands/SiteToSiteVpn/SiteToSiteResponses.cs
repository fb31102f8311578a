using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Vpcs;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Security;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

internal static class SiteToSiteResponses
{
    public static async Task<List<ApiObject>> CustomerGatewaysAsync(CloudDbContext db, SecretProtector secrets, IReadOnlyList<VpnCustomerGateway> gateways, CancellationToken ct)
    {
        var accounts = await OwnerResponses.AccountsAsync(db, gateways.Select(g => g.AccountId), ct);
        return gateways.Select(g =>
        {
            var o = new ApiObject
            {
                { "id", g.Uuid },
                { "name", g.Name },
                { "gateway", g.Gateway },
                { "ipaddress", g.Gateway },
                { "cidrlist", g.Cidrs },
                { "ipsecpsk", secrets.Unprotect(g.IpsecPsk) },
            };
            AddPolicies(o, g);
            OwnerResponses.AddOwner(o, accounts.GetValueOrDefault(g.AccountId));
            o.Add("removed", g.Removed);
            o.Add("splitconnections", g.SplitConnections);
            o.Add("ikeversion", g.IkeVersion);
            o.Add("hasannotations", false);
            return o;
        }).ToList();
    }

    public static async Task<List<ApiObject>> VpnGatewaysAsync(CloudDbContext db, IReadOnlyList<VpnGateway> gateways, CancellationToken ct)
    {
        var accounts = await OwnerResponses.AccountsAsync(db, gateways.Select(g => g.AccountId), ct);
        var ipIds = gateways.Select(g => g.IpAddressId).ToList();
        var ips = await db.PublicIpAddresses.AsNoTracking().Where(a => ipIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Address, ct);
        var vpcIds = gateways.Select(g => g.VpcId).ToList();
        var vpcs = await db.Vpcs.AsNoTracking().Where(v => vpcIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        return gateways.Select(g =>
        {
            var vpc = vpcs.GetValueOrDefault(g.VpcId);
            var o = new ApiObject
            {
                { "id", g.Uuid },
                { "publicip", ips.GetValueOrDefault(g.IpAddressId) },
                { "vpcid", vpc?.Uuid },
                { "vpcname", vpc?.Name },
            };
            OwnerResponses.AddOwner(o, accounts.GetValueOrDefault(g.AccountId));
            o.Add("removed", g.Removed);
            o.Add("fordisplay", g.ForDisplay);
            return o;
        }).ToList();
    }

    public static async Task<List<ApiObject>> ConnectionsAsync(CloudDbContext db, SecretProtector secrets, IReadOnlyList<VpnConnection> connections, CancellationToken ct)
    {
        var accounts = await OwnerResponses.AccountsAsync(db, connections.Select(c => c.AccountId), ct);
        var gatewayIds = connections.Select(c => c.VpnGatewayId).ToList();
        var gateways = await db.VpnGateways.AsNoTracking().Where(g => gatewayIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        var ipIds = gateways.Values.Select(g => g.IpAddressId).ToList();
        var ips = await db.PublicIpAddresses.AsNoTracking().Where(a => ipIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Address, ct);
        var customerIds = connections.Select(c => c.CustomerGatewayId).ToList();
        var customers = await db.VpnCustomerGateways.AsNoTracking().Where(g => customerIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        return connections.Select(c =>
        {
            var gateway = gateways.GetValueOrDefault(c.VpnGatewayId);
            var customer = customers.GetValueOrDefault(c.CustomerGatewayId);
            var o = new ApiObject
            {
                { "id", c.Uuid },
                { "s2svpngatewayid", gateway?.Uuid },
                { "publicip", gateway is null ? null : ips.GetValueOrDefault(gateway.IpAddressId) },
                { "s2scustomergatewayid", customer?.Uuid },
                { "gateway", customer?.Gateway },
                { "cidrlist", customer?.Cidrs },
                { "ipsecpsk", customer is null ? null : secrets.Unprotect(customer.IpsecPsk) },
            };
            if (customer is not null)
            {
                AddPolicies(o, customer);
            }
            o.Add("state", c.State.ToString());
            o.Add("passive", c.Passive);
            OwnerResponses.AddOwner(o, accounts.GetValueOrDefault(c.AccountId));
            o.Add("created", c.Created);
            o.Add("removed", c.Removed);
            o.Add("fordisplay", c.ForDisplay);
            o.Add("splitconnections", customer?.SplitConnections);
            o.Add("ikeversion", customer?.IkeVersion);
            return o;
        }).ToList();
    }

    private static void AddPolicies(ApiObject o, VpnCustomerGateway g)
    {
        o.Add("ikepolicy", g.IkePolicy);
        o.Add("esppolicy", g.EspPolicy);
        o.Add("ikelifetime", g.IkeLifetime);
        o.Add("esplifetime", g.EspLifetime);
        o.Add("dpd", g.Dpd);
        o.Add("forceencap", g.ForceEncap);
    }
}
