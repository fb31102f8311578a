using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>
/// Guest networks: offerings, isolated networks implemented with a VLAN, a source NAT address and a
/// virtual router that learns every instance's address; public addresses; shared and L2 networks.
/// </summary>
public abstract class NetworkFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    private static JsonElement Job(ApiReply reply, string name) => InstanceFlows.JobObject(reply, name);

    private async Task<string> OfferingIdAsync(string name) =>
        (await Admin.CallAsync("listNetworkOfferings", ("name", name))).EnsureOk().Items("networkoffering")[0].Id();

    private async Task<JsonDocument> RouterConfigAsync(string networkId)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var uuid = Guid.Parse(networkId);
        var config = await db.Routers.Where(r => r.Removed == null && db.Networks.Any(n => n.Id == r.NetworkId && n.Uuid == uuid)).Select(r => r.AppliedConfig).FirstAsync();
        return JsonDocument.Parse(config!);
    }

    [Fact]
    public async Task Upstream_default_network_offerings_are_there_and_custom_ones_are_checked()
    {
        var names = (await Admin.CallAsync("listNetworkOfferings")).EnsureOk().Items("networkoffering").Select(o => o.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?>
        {
            "DefaultIsolatedNetworkOfferingWithSourceNatService", "DefaultIsolatedNetworkOffering", "DefaultSharedNetworkOfferingWithSGService",
            "DefaultSharedNetworkOffering", "DefaultL2NetworkOffering", "DefaultIsolatedNetworkOfferingForVpcNetworks",
        }, names);
        var required = Assert.Single((await Admin.CallAsync("listNetworkOfferings", ("availability", "Required"))).EnsureOk().Items("networkoffering"));
        Assert.Equal("DefaultIsolatedNetworkOfferingWithSourceNatService", required.GetProperty("name").GetString());
        var services = required.GetProperty("service").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "SourceNat", "StaticNat", "PortForwarding", "Lb", "Firewall", "Dhcp", "Dns", "UserData", "Vpn" }, services);

        var name = Tenants.Unique("no");
        var created = (await Admin.CallAsync("createNetworkOffering", ("name", name), ("guestiptype", "Isolated"), ("traffictype", "GUEST"),
            ("supportedservices", "Dhcp,Dns,SourceNat,PortForwarding"), ("serviceproviderlist[0].service", "Dhcp"), ("serviceproviderlist[0].provider", "VirtualRouter"),
            ("servicecapabilitylist[0].service", "SourceNat"), ("servicecapabilitylist[0].capabilitytype", "SupportedSourceNatTypes"),
            ("servicecapabilitylist[0].capabilityvalue", "perzone"))).EnsureOk()["networkoffering"];
        Assert.Equal("Disabled", created.GetProperty("state").GetString());
        var sourceNat = created.GetProperty("service").EnumerateArray().First(s => s.GetProperty("name").GetString() == "SourceNat");
        Assert.Equal("perzone", sourceNat.GetProperty("capability").EnumerateArray().First(c => c.GetProperty("name").GetString() == "SupportedSourceNatTypes").GetProperty("value").GetString());
        Assert.Equal("Enabled", (await Admin.CallAsync("updateNetworkOffering", ("id", created.Id()), ("state", "Enabled"))).EnsureOk()["networkoffering"].GetProperty("state").GetString());

        // Combinations upstream refuses, and things that are not there.
        Assert.Equal(431, (await Admin.CallAsync("createNetworkOffering", ("name", "x"), ("guestiptype", "Shared"), ("traffictype", "Guest"), ("supportedservices", "SourceNat"), ("specifyipranges", "true"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createNetworkOffering", ("name", "x"), ("guestiptype", "L2"), ("traffictype", "Guest"), ("supportedservices", "Dhcp"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createNetworkOffering", ("name", "x"), ("guestiptype", "Isolated"), ("traffictype", "Public"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createNetworkOffering", ("name", "x"), ("guestiptype", "Isolated"), ("traffictype", "Guest"), ("supportedservices", "Teleport"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createNetworkOffering", ("name", "x"), ("guestiptype", "Isolated"), ("traffictype", "Guest"), ("supportedservices", "Dhcp"),
            ("serviceproviderlist[0].service", "Dhcp"), ("serviceproviderlist[0].provider", "SecurityGroupProvider"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("deleteNetworkOffering", ("id", required.Id()))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("updateNetworkOffering", ("id", created.Id()), ("availability", "Required"))).ErrorCode);
        (await Admin.CallAsync("deleteNetworkOffering", ("id", created.Id()))).EnsureOk();
        Assert.Empty((await Admin.CallAsync("listNetworkOfferings", ("name", name))).EnsureOk().Items("networkoffering"));
    }

    [Fact]
    public async Task An_isolated_network_gets_a_vlan_a_source_nat_address_and_a_router_that_knows_its_instances()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 2);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("net"));
        var isolated = await OfferingIdAsync("DefaultIsolatedNetworkOfferingWithSourceNatService");
        var network = (await user.CallAsync("createNetwork", ("name", "web"), ("displaytext", "web tier"), ("networkofferingid", isolated), ("zoneid", cz.ZoneId),
            ("gateway", "10.20.0.1"), ("netmask", "255.255.255.0"), ("networkdomain", "web.example"))).EnsureOk()["network"];
        Assert.Equal("Allocated", network.GetProperty("state").GetString());
        Assert.Equal("10.20.0.0/24", network.GetProperty("cidr").GetString());
        Assert.Equal("Isolated", network.GetProperty("type").GetString());
        Assert.Equal(account.GetProperty("name").GetString(), network.GetProperty("account").GetString());

        var vm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", network.Id()), ("name", "web-1"))), "virtualmachine");
        Assert.Equal("Running", vm.GetProperty("state").GetString());
        var nic = vm.GetProperty("nic")[0];
        Assert.Equal("10.20.0.2", nic.GetProperty("ipaddress").GetString());

        var implemented = (await Admin.CallAsync("listNetworks", ("id", network.Id()))).EnsureOk().Items("network")[0];
        Assert.Equal("Implemented", implemented.GetProperty("state").GetString());
        var vlan = int.Parse(implemented.GetProperty("vlan").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(vlan, 100, 999);
        Assert.False((await user.CallAsync("listNetworks", ("id", network.Id()))).EnsureOk().Items("network")[0].TryGetProperty("vlan", out _));

        var sourceNat = Assert.Single((await user.CallAsync("listPublicIpAddresses", ("associatednetworkid", network.Id()))).EnsureOk().Items("publicipaddress"));
        Assert.True(sourceNat.GetProperty("issourcenat").GetBoolean());
        Assert.StartsWith("203.0.113.", sourceNat.GetProperty("ipaddress").GetString());

        var router = Assert.Single((await Admin.CallAsync("listRouters", ("networkid", network.Id()))).EnsureOk().Items("router"));
        Assert.Equal("Running", router.GetProperty("state").GetString());
        Assert.Equal("10.20.0.1", router.GetProperty("guestipaddress").GetString());
        Assert.Equal(sourceNat.GetProperty("ipaddress").GetString(), router.GetProperty("publicip").GetString());
        Assert.Equal(432, (await user.CallAsync("listRouters")).ErrorCode);

        // A second instance: the router is told its address before it boots.
        var userData = Convert.ToBase64String("#!/bin/sh\necho hello\n"u8.ToArray());
        var second = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", network.Id()), ("name", "web-2"), ("userdata", userData))), "virtualmachine");
        using (var config = await RouterConfigAsync(network.Id()))
        {
            var dhcp = config.RootElement.GetProperty("dhcpEntries").EnumerateArray().ToList();
            Assert.Equal(["10.20.0.2", "10.20.0.3"], dhcp.Select(d => d.GetProperty("ipv4Address").GetString()).Order().ToList());
            Assert.Contains(dhcp, d => d.GetProperty("hostName").GetString() == "web-2" && d.GetProperty("macAddress").GetString() == second.GetProperty("nic")[0].GetProperty("macaddress").GetString());
            Assert.Equal("web.example", config.RootElement.GetProperty("guest").GetProperty("networkDomain").GetString());
            Assert.Equal($"vlan://{vlan}", config.RootElement.GetProperty("guest").GetProperty("broadcastUri").GetString());
            Assert.True(Assert.Single(config.RootElement.GetProperty("publicIps").EnumerateArray()).GetProperty("sourceNat").GetBoolean());
            // What the router's metadata service answers the new guest.
            var metadata = config.RootElement.GetProperty("metadata").EnumerateArray().Single(m => m.GetProperty("ipv4Address").GetString() == "10.20.0.3");
            Assert.Equal(second.Id(), metadata.GetProperty("instanceId").GetString());
            Assert.Equal("web-2", metadata.GetProperty("localHostname").GetString());
            Assert.Equal(userData, metadata.GetProperty("userData").GetString());
            Assert.Equal(sourceNat.GetProperty("ipaddress").GetString(), metadata.GetProperty("publicIpv4").GetString());
            Assert.Equal((await Admin.CallAsync("listZones", ("id", cz.ZoneId))).EnsureOk().Items("zone")[0].GetProperty("name").GetString(),
                metadata.GetProperty("availabilityZone").GetString());
        }

        // An acquired address joins the router; the source NAT address cannot be released.
        var acquired = Job(await user.CallAndWaitAsync("associateIpAddress", ("networkid", network.Id())), "ipaddress");
        Assert.False(acquired.GetProperty("issourcenat").GetBoolean());
        Assert.Equal(2, (await user.CallAsync("listPublicIpAddresses")).EnsureOk().Items("publicipaddress").Count);
        using (var config = await RouterConfigAsync(network.Id()))
        {
            Assert.Equal(2, config.RootElement.GetProperty("publicIps").GetArrayLength());
        }
        Assert.Equal(431, (await user.CallAsync("disassociateIpAddress", ("id", sourceNat.Id()))).ErrorCode);
        (await user.CallAndWaitAsync("disassociateIpAddress", ("id", acquired.Id()))).EnsureOk();
        Assert.Single((await user.CallAsync("listPublicIpAddresses")).EnsureOk().Items("publicipaddress"));

        // Another tenant sees none of it and cannot use it.
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("other"));
        Assert.DoesNotContain((await other.CallAsync("listNetworks")).EnsureOk().Items("network"), n => n.Id() == network.Id());
        Assert.Equal(431, (await other.CallAsync("listNetworks", ("id", network.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", network.Id())))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("associateIpAddress", ("networkid", network.Id()))).ErrorCode);

        // Restart with cleanup: a new router with the whole configuration.
        (await user.CallAndWaitAsync("restartNetwork", ("id", network.Id()), ("cleanup", "true"))).EnsureOk();
        var newRouter = Assert.Single((await Admin.CallAsync("listRouters", ("networkid", network.Id()))).EnsureOk().Items("router"));
        Assert.NotEqual(router.Id(), newRouter.Id());
        using (var config = await RouterConfigAsync(network.Id()))
        {
            Assert.Equal(2, config.RootElement.GetProperty("dhcpEntries").GetArrayLength());
        }

        // Deleting needs the instances gone; then the VLAN, the address and the router go too.
        Assert.Equal(536, (await user.CallAndWaitAsync("deleteNetwork", ("id", network.Id())))["jobresultcode"].GetInt32());
        foreach (var id in new[] { vm.Id(), second.Id() })
        {
            (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", id), ("expunge", "true"))).EnsureOk();
        }
        (await user.CallAndWaitAsync("deleteNetwork", ("id", network.Id()))).EnsureOk();
        Assert.DoesNotContain((await user.CallAsync("listNetworks")).EnsureOk().Items("network"), n => n.Id() == network.Id());
        Assert.Empty((await user.CallAsync("listPublicIpAddresses")).EnsureOk().Items("publicipaddress"));
        Assert.Empty((await Admin.CallAsync("listRouters", ("zoneid", cz.ZoneId))).EnsureOk().Items("router"));
        var freed = (await Admin.CallAsync("listPublicIpAddresses", ("allocatedonly", "false"), ("ipaddress", sourceNat.GetProperty("ipaddress").GetString()!), ("zoneid", cz.ZoneId))).EnsureOk().Items("publicipaddress");
        Assert.Equal("Free", Assert.Single(freed).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Firewall_port_forwarding_and_static_nat_reach_the_router_and_conflicts_are_refused()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("rules"));
        var vm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "app"))), "virtualmachine");
        var networkId = vm.GetProperty("nic")[0].GetProperty("networkid").GetString()!;
        var guestIp = vm.GetProperty("nic")[0].GetProperty("ipaddress").GetString()!;
        var sourceNat = Assert.Single((await user.CallAsync("listPublicIpAddresses", ("associatednetworkid", networkId))).EnsureOk().Items("publicipaddress"));

        // Ingress firewall on the source NAT address; the same rule twice conflicts (537).
        var ssh = Job(await user.CallAndWaitAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "TCP"), ("startport", "22"), ("endport", "22"),
            ("cidrlist", "198.51.100.0/24")), "firewallrule");
        Assert.Equal("Active", ssh.GetProperty("state").GetString());
        Assert.Equal("198.51.100.0/24", ssh.GetProperty("cidrlist").GetString());
        var again = await user.CallAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("startport", "22"), ("cidrlist", "198.51.100.0/24"));
        Assert.Equal(537, again.ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("startport", "90"), ("endport", "80"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "icmp"), ("startport", "80"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "gre"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("startport", "70000"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("startport", "80"), ("cidrlist", "300.1.1.1/8"))).ErrorCode);
        Job(await user.CallAndWaitAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "ICMP"), ("icmptype", "8"), ("icmpcode", "0")), "firewallrule");

        // Port forwarding 8080-8081 -> 80-81 with its firewall rule; overlapping ranges conflict.
        var forward = Job(await user.CallAndWaitAsync("createPortForwardingRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("publicport", "8080"),
            ("publicendport", "8081"), ("privateport", "80"), ("privateendport", "81"), ("virtualmachineid", vm.Id())), "portforwardingrule");
        Assert.Equal(guestIp, forward.GetProperty("vmguestip").GetString());
        Assert.Equal("8080", forward.GetProperty("publicport").GetString());
        Assert.Equal(537, (await user.CallAsync("createPortForwardingRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("publicport", "8081"),
            ("privateport", "22"), ("virtualmachineid", vm.Id()))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createPortForwardingRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("publicport", "9000"), ("publicendport", "9001"),
            ("privateport", "80"), ("virtualmachineid", vm.Id()))).ErrorCode);
        var udp = Job(await user.CallAndWaitAsync("createPortForwardingRule", ("ipaddressid", sourceNat.Id()), ("protocol", "udp"), ("publicport", "8080"),
            ("privateport", "53"), ("virtualmachineid", vm.Id()), ("openfirewall", "false")), "portforwardingrule");
        Assert.Equal(3, (await user.CallAsync("listFirewallRules", ("ipaddressid", sourceNat.Id()))).EnsureOk().Items("firewallrule").Count);
        Assert.Equal(2, (await user.CallAsync("listPortForwardingRules", ("ipaddressid", sourceNat.Id()))).EnsureOk().Items("portforwardingrule").Count);
        using (var config = await RouterConfigAsync(networkId))
        {
            var forwards = config.RootElement.GetProperty("portForwards").EnumerateArray().ToList();
            Assert.Equal(2, forwards.Count);
            var tcp = forwards.Single(f => f.GetProperty("protocol").GetString() == "tcp");
            Assert.Equal(8080, tcp.GetProperty("publicStartPort").GetInt32());
            Assert.Equal(81, tcp.GetProperty("privateEndPort").GetInt32());
            Assert.Equal(guestIp, tcp.GetProperty("privateIp").GetString());
            Assert.Equal(3, config.RootElement.GetProperty("firewallRules").GetArrayLength());
        }

        // Updating points the rule elsewhere; deleting takes its firewall rule with it.
        var moved = Job(await user.CallAndWaitAsync("updatePortForwardingRule", ("id", forward.Id()), ("privateport", "8000")), "portforwardingrule");
        Assert.Equal("8001", moved.GetProperty("privateendport").GetString());
        (await user.CallAndWaitAsync("deletePortForwardingRule", ("id", forward.Id()))).EnsureOk();
        Assert.Equal(2, (await user.CallAsync("listFirewallRules", ("ipaddressid", sourceNat.Id()))).EnsureOk().Items("firewallrule").Count);
        (await user.CallAndWaitAsync("deletePortForwardingRule", ("id", udp.Id()))).EnsureOk();

        // Static NAT on an acquired address; port forwarding there conflicts; source NAT cannot take it.
        var extra = Job(await user.CallAndWaitAsync("associateIpAddress", ("networkid", networkId)), "ipaddress");
        Assert.Equal(537, (await user.CallAsync("enableStaticNat", ("ipaddressid", sourceNat.Id()), ("virtualmachineid", vm.Id()))).ErrorCode);
        (await user.CallAsync("enableStaticNat", ("ipaddressid", extra.Id()), ("virtualmachineid", vm.Id()))).EnsureOk();
        var natted = (await user.CallAsync("listPublicIpAddresses", ("id", extra.Id()))).EnsureOk().Items("publicipaddress")[0];
        Assert.True(natted.GetProperty("isstaticnat").GetBoolean());
        Assert.Equal(vm.Id(), natted.GetProperty("virtualmachineid").GetString());
        Assert.Equal(537, (await user.CallAsync("createPortForwardingRule", ("ipaddressid", extra.Id()), ("protocol", "tcp"), ("publicport", "22"),
            ("privateport", "22"), ("virtualmachineid", vm.Id()))).ErrorCode);
        using (var config = await RouterConfigAsync(networkId))
        {
            var nat = Assert.Single(config.RootElement.GetProperty("staticNats").EnumerateArray());
            Assert.Equal(extra.GetProperty("ipaddress").GetString(), nat.GetProperty("publicIp").GetString());
            Assert.Equal(guestIp, nat.GetProperty("privateIp").GetString());
        }
        (await user.CallAndWaitAsync("disableStaticNat", ("ipaddressid", extra.Id()))).EnsureOk();
        using (var config = await RouterConfigAsync(networkId))
        {
            Assert.Equal(0, config.RootElement.GetProperty("staticNats").GetArrayLength());
        }

        // Egress rules: sources must be inside the network's CIDR.
        var egress = Job(await user.CallAndWaitAsync("createEgressFirewallRule", ("networkid", networkId), ("protocol", "tcp"), ("startport", "443"),
            ("destcidrlist", "192.0.2.0/24")), "firewallrule");
        Assert.Equal("Egress", egress.GetProperty("traffictype").GetString());
        Assert.Equal(431, (await user.CallAsync("createEgressFirewallRule", ("networkid", networkId), ("protocol", "tcp"), ("startport", "443"), ("cidrlist", "8.8.8.0/24"))).ErrorCode);
        Assert.Single((await user.CallAsync("listEgressFirewallRules", ("networkid", networkId))).EnsureOk().Items("firewallrule"));
        (await user.CallAndWaitAsync("deleteEgressFirewallRule", ("id", egress.Id()))).EnsureOk();

        // Another tenant cannot touch any of it.
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("rules2"));
        Assert.Equal(431, (await other.CallAsync("deleteFirewallRule", ("id", ssh.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("startport", "25"))).ErrorCode);
        Assert.Empty((await other.CallAsync("listFirewallRules")).EnsureOk().Items("firewallrule"));

        // A failing router takes the rule back.
        (await Admin.CallAsync("configureSimulator", ("zoneid", cz.ZoneId), ("name", "ApplyRouterConfigCommand"), ("value", "result:fail"), ("count", "1"))).EnsureOk();
        var failed = await user.CallAndWaitAsync("createFirewallRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("startport", "443"));
        Assert.Equal(534, failed["jobresultcode"].GetInt32());
        Assert.DoesNotContain((await user.CallAsync("listFirewallRules", ("ipaddressid", sourceNat.Id()))).EnsureOk().Items("firewallrule"), r => r.TryGetProperty("startport", out var port) && port.GetInt32() == 443);

        // Releasing an address removes its rules; expunging the instance removes its forwarding.
        Job(await user.CallAndWaitAsync("createFirewallRule", ("ipaddressid", extra.Id()), ("protocol", "tcp"), ("startport", "80")), "firewallrule");
        (await user.CallAndWaitAsync("disassociateIpAddress", ("id", extra.Id()))).EnsureOk();
        Assert.DoesNotContain((await user.CallAsync("listFirewallRules", ("networkid", networkId))).EnsureOk().Items("firewallrule"),
            r => r.GetProperty("ipaddress").GetString() == extra.GetProperty("ipaddress").GetString());
        Job(await user.CallAndWaitAsync("createPortForwardingRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("publicport", "2222"),
            ("privateport", "22"), ("virtualmachineid", vm.Id())), "portforwardingrule");
        (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", vm.Id()), ("expunge", "true"))).EnsureOk();
        Assert.Empty((await user.CallAsync("listPortForwardingRules")).EnsureOk().Items("portforwardingrule"));
        using (var config = await RouterConfigAsync(networkId))
        {
            Assert.Equal(0, config.RootElement.GetProperty("portForwards").GetArrayLength());
            Assert.Equal(0, config.RootElement.GetProperty("dhcpEntries").GetArrayLength());
        }
    }

    [Fact]
    public async Task Load_balancing_rules_balance_over_assigned_instances_with_policies()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("lb"));
        var web1 = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "web1"))), "virtualmachine");
        var networkId = web1.GetProperty("nic")[0].GetProperty("networkid").GetString()!;
        var web2 = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "web2"), ("networkids", networkId))), "virtualmachine");
        var ip = Job(await user.CallAndWaitAsync("associateIpAddress", ("networkid", networkId)), "ipaddress");

        Assert.Equal(431, (await user.CallAsync("createLoadBalancerRule", ("publicipid", ip.Id()), ("name", "web"), ("publicport", "80"), ("privateport", "8080"), ("algorithm", "random"))).ErrorCode);
        var lb = Job(await user.CallAndWaitAsync("createLoadBalancerRule", ("publicipid", ip.Id()), ("name", "web"), ("publicport", "80"), ("privateport", "8080"),
            ("algorithm", "RoundRobin")), "loadbalancer");
        Assert.Equal("roundrobin", lb.GetProperty("algorithm").GetString());
        Assert.Equal("Active", lb.GetProperty("state").GetString());
        Assert.Single((await user.CallAsync("listFirewallRules", ("ipaddressid", ip.Id()))).EnsureOk().Items("firewallrule"));
        Assert.Equal(537, (await user.CallAsync("createPortForwardingRule", ("ipaddressid", ip.Id()), ("protocol", "tcp"), ("publicport", "80"),
            ("privateport", "80"), ("virtualmachineid", web1.Id()))).ErrorCode);
        Assert.Equal(537, (await user.CallAsync("enableStaticNat", ("ipaddressid", ip.Id()), ("virtualmachineid", web1.Id()))).ErrorCode);

        (await user.CallAndWaitAsync("assignToLoadBalancerRule", ("id", lb.Id()), ("virtualmachineids", $"{web1.Id()},{web2.Id()}"))).EnsureOk();
        Assert.Equal(431, (await user.CallAsync("assignToLoadBalancerRule", ("id", lb.Id()), ("virtualmachineids", web1.Id()))).ErrorCode);
        var instances = (await user.CallAsync("listLoadBalancerRuleInstances", ("id", lb.Id()), ("lbvmips", "true"))).EnsureOk().Items("loadbalancerruleinstance");
        Assert.Equal(2, instances.Count);
        Assert.Single(instances[0].GetProperty("lbvmipaddresses").EnumerateArray());
        Assert.Single((await user.CallAsync("listLoadBalancerRules", ("virtualmachineid", web2.Id()))).EnsureOk().Items("loadbalancerrule"));

        var sticky = Job(await user.CallAndWaitAsync("createLBStickinessPolicy", ("lbruleid", lb.Id()), ("name", "cookie"), ("methodname", "LbCookie"),
            ("param[0].name", "cookie-name"), ("param[0].value", "SRV")), "stickinesspolicies");
        Assert.Equal("LbCookie", sticky.GetProperty("stickinesspolicy")[0].GetProperty("methodname").GetString());
        Assert.Equal(431, (await user.CallAsync("createLBStickinessPolicy", ("lbruleid", lb.Id()), ("name", "x"), ("methodname", "Magic"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createLBHealthCheckPolicy", ("lbruleid", lb.Id()), ("pingpath", "/h"), ("intervaltime", "1"))).ErrorCode);
        var health = Job(await user.CallAndWaitAsync("createLBHealthCheckPolicy", ("lbruleid", lb.Id()), ("pingpath", "/health"), ("intervaltime", "10")), "healthcheckpolicy");
        Assert.Equal("/health", health.GetProperty("healthcheckpolicy")[0].GetProperty("pingpath").GetString());
        Assert.Single((await user.CallAsync("listLBStickinessPolicies", ("lbruleid", lb.Id()))).EnsureOk().Items("stickinesspolicies")[0].GetProperty("stickinesspolicy").EnumerateArray());

        Job(await user.CallAndWaitAsync("updateLoadBalancerRule", ("id", lb.Id()), ("algorithm", "leastconn")), "loadbalancer");
        using (var config = await RouterConfigAsync(networkId))
        {
            var balancer = Assert.Single(config.RootElement.GetProperty("loadBalancers").EnumerateArray());
            Assert.Equal("leastconn", balancer.GetProperty("algorithm").GetString());
            Assert.Equal(ip.GetProperty("ipaddress").GetString(), balancer.GetProperty("publicIp").GetString());
            Assert.Equal(8080, balancer.GetProperty("privatePort").GetInt32());
            Assert.Equal(2, balancer.GetProperty("backends").GetArrayLength());
            Assert.Equal("LbCookie", balancer.GetProperty("stickiness").GetProperty("method").GetString());
            Assert.Equal("SRV", balancer.GetProperty("stickiness").GetProperty("params").GetProperty("cookie-name").GetString());
            Assert.Equal(10, balancer.GetProperty("healthCheck").GetProperty("intervalSeconds").GetInt32());
        }

        (await user.CallAndWaitAsync("removeFromLoadBalancerRule", ("id", lb.Id()), ("virtualmachineids", web2.Id()))).EnsureOk();
        Assert.Single((await user.CallAsync("listLoadBalancerRuleInstances", ("id", lb.Id()))).EnsureOk().Items("loadbalancerruleinstance"));
        Assert.Single((await user.CallAsync("listLoadBalancerRuleInstances", ("id", lb.Id()), ("applied", "false"))).EnsureOk().Items("loadbalancerruleinstance"));
        (await user.CallAndWaitAsync("deleteLBStickinessPolicy", ("id", sticky.GetProperty("stickinesspolicy")[0].Id()))).EnsureOk();
        (await user.CallAndWaitAsync("deleteLBHealthCheckPolicy", ("id", health.GetProperty("healthcheckpolicy")[0].Id()))).EnsureOk();

        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("lb2"));
        Assert.Empty((await other.CallAsync("listLoadBalancerRules")).EnsureOk().Items("loadbalancerrule"));
        Assert.Equal(431, (await other.CallAsync("deleteLoadBalancerRule", ("id", lb.Id()))).ErrorCode);

        (await user.CallAndWaitAsync("deleteLoadBalancerRule", ("id", lb.Id()))).EnsureOk();
        Assert.Empty((await user.CallAsync("listLoadBalancerRules")).EnsureOk().Items("loadbalancerrule"));
        Assert.Empty((await user.CallAsync("listFirewallRules", ("ipaddressid", ip.Id()))).EnsureOk().Items("firewallrule"));
        using (var config = await RouterConfigAsync(networkId))
        {
            Assert.Equal(0, config.RootElement.GetProperty("loadBalancers").GetArrayLength());
        }
    }

    [Fact]
    public async Task Nics_are_added_to_running_instances_made_default_and_removed()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("nic"));
        var isolated = await OfferingIdAsync("DefaultIsolatedNetworkOfferingWithSourceNatService");
        var front = (await user.CallAsync("createNetwork", ("name", "front"), ("networkofferingid", isolated), ("zoneid", cz.ZoneId), ("gateway", "10.30.0.1"), ("netmask", "255.255.255.0"))).EnsureOk()["network"];
        var back = (await user.CallAsync("createNetwork", ("name", "back"), ("networkofferingid", isolated), ("zoneid", cz.ZoneId), ("gateway", "10.31.0.1"), ("netmask", "255.255.255.0"))).EnsureOk()["network"];
        var vm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", front.Id()), ("name", "multi"))), "virtualmachine");

        // A host that cannot plug the nic leaves none behind.
        (await Admin.CallAsync("configureSimulator", ("zoneid", cz.ZoneId), ("name", "PlugNicCommand"), ("value", "result:fail"), ("count", "1"))).EnsureOk();
        var failed = await user.CallAndWaitAsync("addNicToVirtualMachine", ("virtualmachineid", vm.Id()), ("networkid", back.Id()));
        Assert.Equal(534, failed["jobresultcode"].GetInt32());
        Assert.Single((await user.CallAsync("listNics", ("virtualmachineid", vm.Id()))).EnsureOk().Items("nic"));

        var added = Job(await user.CallAndWaitAsync("addNicToVirtualMachine", ("virtualmachineid", vm.Id()), ("networkid", back.Id()), ("ipaddress", "10.31.0.50")), "virtualmachine");
        var nics = added.GetProperty("nic").EnumerateArray().ToList();
        Assert.Equal(2, nics.Count);
        var backNic = nics.Single(n => n.GetProperty("networkid").GetString() == back.Id());
        Assert.Equal("10.31.0.50", backNic.GetProperty("ipaddress").GetString());
        Assert.False(backNic.GetProperty("isdefault").GetBoolean());
        Assert.Equal("Implemented", (await user.CallAsync("listNetworks", ("id", back.Id()))).EnsureOk().Items("network")[0].GetProperty("state").GetString());
        using (var config = await RouterConfigAsync(back.Id()))
        {
            Assert.Equal("10.31.0.50", Assert.Single(config.RootElement.GetProperty("dhcpEntries").EnumerateArray()).GetProperty("ipv4Address").GetString());
        }
        Assert.Equal(431, (await user.CallAsync("addNicToVirtualMachine", ("virtualmachineid", vm.Id()), ("networkid", back.Id()))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("addNicToVirtualMachine", ("virtualmachineid", vm.Id()), ("networkid", back.Id()), ("macaddress", "zz:00"))).ErrorCode);
        Assert.Equal(2, (await user.CallAsync("listNics", ("virtualmachineid", vm.Id()))).EnsureOk().Items("nic").Count);

        var frontNic = nics.Single(n => n.GetProperty("networkid").GetString() == front.Id());
        Assert.Equal(431, (await user.CallAsync("removeNicFromVirtualMachine", ("virtualmachineid", vm.Id()), ("nicid", frontNic.Id()))).ErrorCode);
        var switched = Job(await user.CallAndWaitAsync("updateDefaultNicForVirtualMachine", ("virtualmachineid", vm.Id()), ("nicid", backNic.Id())), "virtualmachine");
        Assert.True(switched.GetProperty("nic").EnumerateArray().Single(n => n.Id() == backNic.Id()).GetProperty("isdefault").GetBoolean());
        using (var config = await RouterConfigAsync(back.Id()))
        {
            Assert.True(config.RootElement.GetProperty("dhcpEntries")[0].GetProperty("isDefault").GetBoolean());
        }
        var removed = Job(await user.CallAndWaitAsync("removeNicFromVirtualMachine", ("virtualmachineid", vm.Id()), ("nicid", frontNic.Id())), "virtualmachine");
        Assert.Single(removed.GetProperty("nic").EnumerateArray());
        using (var config = await RouterConfigAsync(front.Id()))
        {
            Assert.Equal(0, config.RootElement.GetProperty("dhcpEntries").GetArrayLength());
        }

        // iptonetworklist alone names the networks and their addresses (the first is the default).
        var twoNics = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering,
            ("iptonetworklist[0].networkid", back.Id()), ("iptonetworklist[0].ip", "10.31.0.77"),
            ("iptonetworklist[1].networkid", front.Id()), ("iptonetworklist[1].ip", "10.30.0.77"))), "virtualmachine");
        var placed = twoNics.GetProperty("nic").EnumerateArray().ToList();
        Assert.Equal(["10.30.0.77", "10.31.0.77"], placed.Select(n => n.GetProperty("ipaddress").GetString()).Order().ToList());
        Assert.Equal("10.31.0.77", placed.Single(n => n.GetProperty("isdefault").GetBoolean()).GetProperty("ipaddress").GetString());
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", front.Id()),
            ("iptonetworklist[0].networkid", back.Id()), ("iptonetworklist[0].ip", "10.31.0.78")))).ErrorCode);

        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("nic2"));
        Assert.Equal(431, (await other.CallAsync("listNics", ("virtualmachineid", vm.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("addNicToVirtualMachine", ("virtualmachineid", vm.Id()), ("networkid", front.Id()))).ErrorCode);
    }

    [Fact]
    public async Task A_remote_access_vpn_runs_on_the_source_nat_address_with_the_accounts_users()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("vpn"));
        var vm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine");
        var networkId = vm.GetProperty("nic")[0].GetProperty("networkid").GetString()!;
        var sourceNat = Assert.Single((await user.CallAsync("listPublicIpAddresses", ("associatednetworkid", networkId))).EnsureOk().Items("publicipaddress"));
        var extra = Job(await user.CallAndWaitAsync("associateIpAddress", ("networkid", networkId)), "ipaddress");

        Assert.Equal(431, (await user.CallAsync("createRemoteAccessVpn", ("publicipid", extra.Id()))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createRemoteAccessVpn", ("publicipid", sourceNat.Id()), ("iprange", "10.9.9.9"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createRemoteAccessVpn", ("publicipid", sourceNat.Id()), ("iprange", "10.1.1.100-10.1.1.110"))).ErrorCode);
        var vpn = Job(await user.CallAndWaitAsync("createRemoteAccessVpn", ("publicipid", sourceNat.Id())), "remoteaccessvpn");
        Assert.Equal("Running", vpn.GetProperty("state").GetString());
        Assert.Equal("10.1.2.1-10.1.2.8", vpn.GetProperty("iprange").GetString());
        var key = vpn.GetProperty("presharedkey").GetString()!;
        Assert.Equal(24, key.Length);
        Assert.Equal(431, (await user.CallAsync("createRemoteAccessVpn", ("publicipid", sourceNat.Id()))).ErrorCode);

        Assert.Equal(431, (await user.CallAsync("addVpnUser", ("username", "-bad"), ("password", "secret"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("addVpnUser", ("username", "alice"), ("password", "has space"))).ErrorCode);
        Job(await user.CallAndWaitAsync("addVpnUser", ("username", "alice"), ("password", "s3cret!")), "vpnuser");
        Job(await user.CallAndWaitAsync("addVpnUser", ("username", "bob"), ("password", "an0ther")), "vpnuser");
        Assert.Equal(431, (await user.CallAsync("addVpnUser", ("username", "alice"), ("password", "x"))).ErrorCode);
        Assert.Equal(2, (await user.CallAsync("listVpnUsers")).EnsureOk().Items("vpnuser").Count);
        using (var config = await RouterConfigAsync(networkId))
        {
            var section = config.RootElement.GetProperty("vpn");
            Assert.Equal(sourceNat.GetProperty("ipaddress").GetString(), section.GetProperty("publicIp").GetString());
            Assert.Equal("10.1.2.1", section.GetProperty("localIp").GetString());
            Assert.Equal(["alice", "bob"], section.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("username").GetString()).ToList());
            // The record of what the router was told keeps no secrets.
            Assert.DoesNotContain(key, config.RootElement.GetRawText());
            Assert.DoesNotContain("s3cret!", config.RootElement.GetRawText());
        }

        (await user.CallAndWaitAsync("removeVpnUser", ("username", "bob"))).EnsureOk();
        Assert.Single((await user.CallAsync("listVpnUsers")).EnsureOk().Items("vpnuser"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("vpn2"));
        Assert.Empty((await other.CallAsync("listRemoteAccessVpns")).EnsureOk().Items("remoteaccessvpn"));
        Assert.Empty((await other.CallAsync("listVpnUsers")).EnsureOk().Items("vpnuser"));
        Assert.Equal(431, (await other.CallAsync("deleteRemoteAccessVpn", ("publicipid", sourceNat.Id()))).ErrorCode);

        (await user.CallAndWaitAsync("deleteRemoteAccessVpn", ("publicipid", sourceNat.Id()))).EnsureOk();
        Assert.Empty((await user.CallAsync("listRemoteAccessVpns")).EnsureOk().Items("remoteaccessvpn"));
        using (var config = await RouterConfigAsync(networkId))
        {
            Assert.Equal(JsonValueKind.Null, config.RootElement.TryGetProperty("vpn", out var gone) ? gone.ValueKind : JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task Shared_and_L2_networks_take_admin_given_vlans_and_addresses()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("shr"));
        var sharedOffering = await OfferingIdAsync("DefaultSharedNetworkOffering");
        Assert.Equal(531, (await user.CallAsync("createNetwork", ("name", "s"), ("networkofferingid", sharedOffering), ("zoneid", cz.ZoneId), ("vlan", "50"),
            ("gateway", "172.30.0.1"), ("netmask", "255.255.255.0"), ("startip", "172.30.0.10"), ("endip", "172.30.0.20"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createNetwork", ("name", "s"), ("networkofferingid", sharedOffering), ("zoneid", cz.ZoneId), ("vlan", "150"),
            ("gateway", "172.30.0.1"), ("netmask", "255.255.255.0"), ("startip", "172.30.0.10"), ("endip", "172.30.0.20"))).ErrorCode);
        var shared = (await Admin.CallAsync("createNetwork", ("name", "shared"), ("networkofferingid", sharedOffering), ("zoneid", cz.ZoneId), ("vlan", "50"),
            ("gateway", "172.30.0.1"), ("netmask", "255.255.255.0"), ("startip", "172.30.0.10"), ("endip", "172.30.0.20"))).EnsureOk()["network"];
        Assert.Equal("Domain", shared.GetProperty("acltype").GetString());
        Assert.Equal("50", shared.GetProperty("vlan").GetString());
        Assert.Equal(431, (await Admin.CallAsync("createNetwork", ("name", "again"), ("networkofferingid", sharedOffering), ("zoneid", cz.ZoneId), ("vlan", "50"),
            ("gateway", "172.31.0.1"), ("netmask", "255.255.255.0"), ("startip", "172.31.0.10"))).ErrorCode);

        // Tenants of the domain see it and deploy into it; the range's first address is the router's.
        Assert.Contains((await user.CallAsync("listNetworks")).EnsureOk().Items("network"), n => n.Id() == shared.Id());
        var vm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", shared.Id()))), "virtualmachine");
        Assert.Equal("172.30.0.11", vm.GetProperty("nic")[0].GetProperty("ipaddress").GetString());
        var router = Assert.Single((await Admin.CallAsync("listRouters", ("networkid", shared.Id()))).EnsureOk().Items("router"));
        Assert.Equal("172.30.0.10", router.GetProperty("guestipaddress").GetString());
        Assert.Equal(531, (await user.CallAsync("deleteNetwork", ("id", shared.Id()))).ErrorCode);

        var l2 = (await user.CallAsync("createNetwork", ("name", "l2"), ("networkofferingid", await OfferingIdAsync("DefaultL2NetworkOffering")), ("zoneid", cz.ZoneId))).EnsureOk()["network"];
        Assert.False(l2.TryGetProperty("cidr", out _));
        var l2Vm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", l2.Id()))), "virtualmachine");
        Assert.False(l2Vm.GetProperty("nic")[0].TryGetProperty("ipaddress", out _));
        Assert.Empty((await Admin.CallAsync("listRouters", ("networkid", l2.Id()))).EnsureOk().Items("router"));
        var l2Listed = (await Admin.CallAsync("listNetworks", ("id", l2.Id()))).EnsureOk().Items("network")[0];
        Assert.Equal("Implemented", l2Listed.GetProperty("state").GetString());
        Assert.NotNull(l2Listed.GetProperty("vlan").GetString());
    }

    [Fact]
    public async Task A_physical_network_out_of_vlans_fails_the_deployment_with_the_upstream_error_and_gives_everything_back()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var physical = (await Admin.CallAsync("listPhysicalNetworks", ("zoneid", cz.ZoneId))).EnsureOk().Items("physicalnetwork")[0];
        (await Admin.CallAndWaitAsync("updatePhysicalNetwork", ("id", physical.Id()), ("vlan", "100-100"))).EnsureOk();
        var (_, first) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("v1"));
        var (_, second) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("v2"));
        Job(await first.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine");
        var failed = await second.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering));
        Assert.Equal(533, failed["jobresultcode"].GetInt32());
        Assert.Contains("VLAN", failed["jobresult"].GetProperty("errortext").GetString());
        var vm = Assert.Single((await second.CallAsync("listVirtualMachines")).EnsureOk().Items("virtualmachine"));
        Assert.Equal("Error", vm.GetProperty("state").GetString());
        Assert.Empty((await second.CallAsync("listPublicIpAddresses")).EnsureOk().Items("publicipaddress"));
        var network = Assert.Single((await second.CallAsync("listNetworks")).EnsureOk().Items("network"));
        Assert.Equal("Allocated", network.GetProperty("state").GetString());
    }
}

public sealed class SqliteNetworkFlows(SqliteServerFixture fixture) : NetworkFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresNetworkFlows(PostgresServerFixture fixture) : NetworkFlows(fixture), IClassFixture<PostgresServerFixture>;
