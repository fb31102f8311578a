using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>A VPC's private gateways, static routes and site-to-site VPN, as the VPC router's document carries them.</summary>
public abstract class VpcGatewayFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    private static JsonElement Job(ApiReply reply, string name) => InstanceFlows.JobObject(reply, name);

    [Fact]
    public async Task Private_gateways_and_static_routes_reach_the_vpc_router()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("pg"));
        var vpc = await VpcFlows.CreateVpcAsync(user, Admin, cz.ZoneId, "10.60.0.0/16");

        // vlan is only in the administrators' variant of the command: a user's private gateway has none.
        Assert.Equal(431, (await user.CallAsync("createPrivateGateway", ("vpcid", vpc.Id()), ("vlan", "3000"), ("ipaddress", "10.200.0.2"),
            ("gateway", "10.200.0.1"), ("netmask", "255.255.255.0"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createPrivateGateway", ("vpcid", vpc.Id()), ("vlan", "3000"), ("ipaddress", "10.60.9.2"),
            ("gateway", "10.60.9.1"), ("netmask", "255.255.255.0"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createPrivateGateway", ("vpcid", vpc.Id()), ("vlan", "3000"), ("ipaddress", "10.200.1.2"),
            ("gateway", "10.200.0.1"), ("netmask", "255.255.255.0"))).ErrorCode);
        var gateway = Job(await Admin.CallAndWaitAsync("createPrivateGateway", ("vpcid", vpc.Id()), ("vlan", "3000"), ("ipaddress", "10.200.0.2"),
            ("gateway", "10.200.0.1"), ("netmask", "255.255.255.0")), "privategateway");
        Assert.Equal("3000", gateway.GetProperty("vlan").GetString());
        Assert.Equal("default_deny", gateway.GetProperty("aclname").GetString());
        Assert.Equal(gateway.Id(), Assert.Single((await user.CallAsync("listPrivateGateways", ("vpcid", vpc.Id()))).EnsureOk().Items("privategateway")).Id());

        Assert.Equal(431, (await user.CallAsync("createStaticRoute", ("gatewayid", gateway.Id()), ("cidr", "10.60.5.0/24"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createStaticRoute", ("gatewayid", gateway.Id()), ("cidr", "not-a-cidr"))).ErrorCode);
        var route = Job(await user.CallAndWaitAsync("createStaticRoute", ("gatewayid", gateway.Id()), ("cidr", "172.20.0.0/16")), "staticroute");
        Assert.Equal("10.200.0.1", route.GetProperty("vpcgatewayip").GetString());
        Assert.Equal(431, (await user.CallAsync("createStaticRoute", ("gatewayid", gateway.Id()), ("cidr", "172.20.0.0/16"))).ErrorCode);
        var list = Job(await user.CallAndWaitAsync("createNetworkACLList", ("name", "gw"), ("vpcid", vpc.Id())), "networkacllist");
        Job(await user.CallAndWaitAsync("createNetworkACL", ("aclid", list.Id()), ("protocol", "tcp"), ("startport", "443"), ("number", "1")), "networkacl");
        (await user.CallAndWaitAsync("replaceNetworkACLList", ("aclid", list.Id()), ("gatewayid", gateway.Id()))).EnsureOk();
        using (var config = await VpcFlows.VpcRouterConfigAsync(fixture, vpc.Id()))
        {
            var section = config.RootElement.GetProperty("vpc");
            var leg = Assert.Single(section.GetProperty("privateGateways").EnumerateArray());
            Assert.Equal("10.200.0.2", leg.GetProperty("ipAddress").GetString());
            Assert.Equal("vlan://3000", leg.GetProperty("broadcastUri").GetString());
            Assert.Equal(443, Assert.Single(leg.GetProperty("acl").EnumerateArray()).GetProperty("startPort").GetInt32());
            var spec = Assert.Single(section.GetProperty("staticRoutes").EnumerateArray());
            Assert.Equal("172.20.0.0/16", spec.GetProperty("cidr").GetString());
            Assert.Equal("10.200.0.1", spec.GetProperty("nextHop").GetString());
        }

        Assert.Equal(431, (await Admin.CallAsync("deletePrivateGateway", ("id", gateway.Id()))).ErrorCode);
        (await user.CallAndWaitAsync("deleteStaticRoute", ("id", route.Id()))).EnsureOk();
        Assert.Empty((await user.CallAsync("listStaticRoutes", ("vpcid", vpc.Id()))).EnsureOk().Items("staticroute"));
        (await Admin.CallAndWaitAsync("deletePrivateGateway", ("id", gateway.Id()))).EnsureOk();
        using (var config = await VpcFlows.VpcRouterConfigAsync(fixture, vpc.Id()))
        {
            Assert.Empty(config.RootElement.GetProperty("vpc").GetProperty("privateGateways").EnumerateArray());
            Assert.Empty(config.RootElement.GetProperty("vpc").GetProperty("staticRoutes").EnumerateArray());
        }
    }

    [Fact]
    public async Task A_site_to_site_vpn_connects_the_vpc_to_a_customer_gateway_and_keeps_its_key_secret()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("s2s"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("s2so"));
        var vpc = await VpcFlows.CreateVpcAsync(user, Admin, cz.ZoneId, "10.70.0.0/16");
        const string psk = "Sup3r-Secret-Key";

        (string, string)[] Customer(string name, string gateway, string cidrs, params (string, string)[] more) =>
            [("name", name), ("gateway", gateway), ("cidrlist", cidrs), ("ipsecpsk", psk), ("ikepolicy", "aes128-sha1;modp1536"), ("esppolicy", "aes128-sha1"), .. more];
        Assert.Equal(431, (await user.CallAsync("createVpnCustomerGateway", Customer("bad", "not-an-ip", "192.168.10.0/24"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createVpnCustomerGateway", Customer("bad", "198.51.100.7", "192.168.10.0/24", ("ikelifetime", "90000")))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createVpnCustomerGateway", [("name", "bad"), ("gateway", "198.51.100.7"), ("cidrlist", "192.168.10.0/24"),
            ("ipsecpsk", psk), ("ikepolicy", "rot13-crc"), ("esppolicy", "aes128-sha1")])).ErrorCode);
        var customer = Job(await user.CallAndWaitAsync("createVpnCustomerGateway", Customer("office", "198.51.100.7", "192.168.10.0/24", ("dpd", "true"))), "vpncustomergateway");
        Assert.Equal(psk, customer.GetProperty("ipsecpsk").GetString());
        Assert.Equal(431, (await user.CallAsync("createVpnCustomerGateway", Customer("office", "198.51.100.8", "192.168.11.0/24"))).ErrorCode);
        var inside = Job(await user.CallAndWaitAsync("createVpnCustomerGateway", Customer("inside", "198.51.100.9", "10.70.5.0/24")), "vpncustomergateway");

        var vpnGateway = Job(await user.CallAndWaitAsync("createVpnGateway", ("vpcid", vpc.Id())), "vpngateway");
        var sourceNat = (await user.CallAsync("listPublicIpAddresses", ("vpcid", vpc.Id()), ("issourcenat", "true"))).EnsureOk().Items("publicipaddress")[0];
        Assert.Equal(sourceNat.GetProperty("ipaddress").GetString(), vpnGateway.GetProperty("publicip").GetString());
        Assert.Equal(431, (await user.CallAsync("createVpnGateway", ("vpcid", vpc.Id()))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createVpnConnection", ("s2svpngatewayid", vpnGateway.Id()), ("s2scustomergatewayid", inside.Id()))).ErrorCode);
        var connection = Job(await user.CallAndWaitAsync("createVpnConnection", ("s2svpngatewayid", vpnGateway.Id()), ("s2scustomergatewayid", customer.Id())), "vpnconnection");
        Assert.Equal("Connected", connection.GetProperty("state").GetString());
        Assert.Equal("198.51.100.7", connection.GetProperty("gateway").GetString());
        Assert.Equal(431, (await user.CallAsync("createVpnConnection", ("s2svpngatewayid", vpnGateway.Id()), ("s2scustomergatewayid", customer.Id()))).ErrorCode);
        using (var config = await VpcFlows.VpcRouterConfigAsync(fixture, vpc.Id()))
        {
            var s2s = config.RootElement.GetProperty("vpc").GetProperty("siteToSiteVpn");
            Assert.Equal(sourceNat.GetProperty("ipaddress").GetString(), s2s.GetProperty("publicIp").GetString());
            var tunnel = Assert.Single(s2s.GetProperty("connections").EnumerateArray());
            Assert.Equal(["192.168.10.0/24"], tunnel.GetProperty("peerCidrs").EnumerateArray().Select(c => c.GetString()).ToList());
            Assert.Equal(["10.70.0.0/16"], tunnel.GetProperty("localCidrs").EnumerateArray().Select(c => c.GetString()).ToList());
            Assert.True(tunnel.GetProperty("dpd").GetBoolean());
            // What is kept of the document holds no key.
            Assert.DoesNotContain(psk, config.RootElement.GetRawText());
        }
        await using (var scope = fixture.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
            var stored = await db.VpnCustomerGateways.Where(g => g.Uuid == Guid.Parse(customer.Id())).Select(g => g.IpsecPsk).FirstAsync();
            Assert.DoesNotContain(psk, stored);
        }

        Assert.Empty((await other.CallAsync("listVpnConnections")).EnsureOk().Items("vpnconnection"));
        Assert.Empty((await other.CallAsync("listVpnCustomerGateways")).EnsureOk().Items("vpncustomergateway"));
        Assert.Equal(431, (await other.CallAsync("resetVpnConnection", ("id", connection.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("deleteVpnGateway", ("id", vpnGateway.Id()))).ErrorCode);

        Assert.Equal(431, (await user.CallAsync("updateVpnCustomerGateway", [("id", customer.Id()), .. Customer("office", "198.51.100.7", "192.168.12.0/24")])).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deleteVpnCustomerGateway", ("id", customer.Id()))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deleteVpnGateway", ("id", vpnGateway.Id()))).ErrorCode);
        Assert.Equal("Connected", Job(await user.CallAndWaitAsync("resetVpnConnection", ("id", connection.Id())), "vpnconnection").GetProperty("state").GetString());
        (await user.CallAndWaitAsync("deleteVpnConnection", ("id", connection.Id()))).EnsureOk();
        var updated = Job(await user.CallAndWaitAsync("updateVpnCustomerGateway", [("id", customer.Id()), .. Customer("office", "198.51.100.7", "192.168.12.0/24")]), "vpncustomergateway");
        Assert.Equal("192.168.12.0/24", updated.GetProperty("cidrlist").GetString());
        (await user.CallAndWaitAsync("deleteVpnGateway", ("id", vpnGateway.Id()))).EnsureOk();
        (await user.CallAndWaitAsync("deleteVpnCustomerGateway", ("id", customer.Id()))).EnsureOk();
        using (var config = await VpcFlows.VpcRouterConfigAsync(fixture, vpc.Id()))
        {
            Assert.Equal(JsonValueKind.Null, config.RootElement.GetProperty("vpc").GetProperty("siteToSiteVpn").ValueKind);
        }
        Assert.Single((await user.CallAsync("listVpnCustomerGateways")).EnsureOk().Items("vpncustomergateway"));
    }
}

public sealed class SqliteVpcGatewayFlows(SqliteServerFixture fixture) : VpcGatewayFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresVpcGatewayFlows(PostgresServerFixture fixture) : VpcGatewayFlows(fixture), IClassFixture<PostgresServerFixture>;
