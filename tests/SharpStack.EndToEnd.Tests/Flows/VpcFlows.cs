using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>
/// VPCs: offerings, a VPC with its one router and source NAT address, tiers with ACL lists, public
/// addresses with port forwarding and static NAT on tier instances, and the refusals; after each
/// change the VPC router's document (read back as the simulator confirmed it) matches.
/// </summary>
public abstract class VpcFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    private static JsonElement Job(ApiReply reply, string name) => InstanceFlows.JobObject(reply, name);

    internal static async Task<JsonDocument> VpcRouterConfigAsync(ServerFixture fixture, string vpcId)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var uuid = Guid.Parse(vpcId);
        var config = await db.Routers.Where(r => r.Removed == null && db.Vpcs.Any(v => v.Id == r.VpcId && v.Uuid == uuid)).Select(r => r.AppliedConfig).FirstAsync();
        return JsonDocument.Parse(config!);
    }

    private Task<JsonDocument> RouterConfigAsync(string vpcId) => VpcRouterConfigAsync(fixture, vpcId);

    internal static async Task<string> IdByNameAsync(CloudClient client, string command, string item, string name) =>
        (await client.CallAsync(command, ("name", name))).EnsureOk().Items(item).Single().Id();

    internal static async Task<JsonElement> CreateVpcAsync(CloudClient client, CloudClient admin, string zoneId, string cidr = "10.10.0.0/16", params (string, string)[] more)
    {
        var offering = await IdByNameAsync(admin, "listVPCOfferings", "vpcoffering", "Default VPC offering");
        return Job(await client.CallAndWaitAsync("createVPC", [("name", Tenants.Unique("vpc")), ("displaytext", "a vpc"), ("zoneid", zoneId), ("cidr", cidr),
            ("vpcofferingid", offering), ("networkdomain", "vpc.example"), .. more]), "vpc");
    }

    internal static async Task<JsonElement> CreateTierAsync(CloudClient client, CloudClient admin, string zoneId, string vpcId, string name, string gateway, params (string, string)[] more)
    {
        var offering = (await admin.CallAsync("listNetworkOfferings", ("name", "DefaultIsolatedNetworkOfferingForVpcNetworks"))).EnsureOk().Items("networkoffering")[0].Id();
        return (await client.CallAsync("createNetwork", [("name", name), ("displaytext", name), ("networkofferingid", offering), ("zoneid", zoneId),
            ("vpcid", vpcId), ("gateway", gateway), ("netmask", "255.255.255.0"), .. more])).EnsureOk()["network"];
    }

    [Fact]
    public async Task Default_vpc_offerings_are_seeded_and_custom_ones_are_checked()
    {
        var offerings = (await Admin.CallAsync("listVPCOfferings")).EnsureOk().Items("vpcoffering");
        var byName = offerings.ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.Contains("Default VPC offering", byName.Keys);
        Assert.Contains("Redundant VPC offering", byName.Keys);
        var services = byName["Default VPC offering"].GetProperty("service").EnumerateArray().ToList();
        Assert.Contains(services, s => s.GetProperty("name").GetString() == "NetworkACL");
        Assert.All(services, s => Assert.Equal("VpcVirtualRouter", s.GetProperty("provider")[0].GetProperty("name").GetString()));
        Assert.DoesNotContain(services, s => s.GetProperty("name").GetString() == "Firewall");

        var name = Tenants.Unique("vo");
        var created = Job(await Admin.CallAndWaitAsync("createVPCOffering", ("name", name), ("supportedservices", "Dhcp,Dns,SourceNat,NetworkACL")), "vpcoffering");
        Assert.Equal("Disabled", created.GetProperty("state").GetString());
        var enabled = Job(await Admin.CallAndWaitAsync("updateVPCOffering", ("id", created.Id()), ("state", "Enabled"), ("displaytext", "mine")), "vpcoffering");
        Assert.Equal("Enabled", enabled.GetProperty("state").GetString());
        Assert.Equal("mine", enabled.GetProperty("displaytext").GetString());
        Assert.Single((await Admin.CallAsync("listVPCOfferings", ("name", name), ("supportedservices", "NetworkACL"))).EnsureOk().Items("vpcoffering"));
        Assert.Empty((await Admin.CallAsync("listVPCOfferings", ("name", name), ("supportedservices", "Lb"))).EnsureOk().Items("vpcoffering"));

        Assert.Equal(431, (await Admin.CallAsync("createVPCOffering", ("name", "x"), ("supportedservices", "Dhcp,Firewall"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("createVPCOffering", ("name", "x"), ("supportedservices", "Dhcp"),
            ("serviceproviderlist[0].service", "Dhcp"), ("serviceproviderlist[0].provider", "VirtualRouter"))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("deleteVPCOffering", ("id", byName["Default VPC offering"].Id()))).ErrorCode);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("vo"));
        Assert.Equal(432, (await user.CallAsync("createVPCOffering", ("name", "x"), ("supportedservices", "Dhcp"))).ErrorCode);
        (await Admin.CallAndWaitAsync("deleteVPCOffering", ("id", created.Id()))).EnsureOk();
        Assert.Empty((await Admin.CallAsync("listVPCOfferings", ("name", name))).EnsureOk().Items("vpcoffering"));
    }

    [Fact]
    public async Task A_vpc_serves_two_tiers_through_one_router_with_ordered_acls_nat_and_the_refusals()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 2);
        var compute = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("vpc"));
        Assert.Equal(431, (await user.CallAsync("createVPC", ("name", "bad"), ("zoneid", cz.ZoneId), ("cidr", "8.8.0.0/16"),
            ("vpcofferingid", await IdByNameAsync(Admin, "listVPCOfferings", "vpcoffering", "Default VPC offering")))).ErrorCode);

        var vpc = await CreateVpcAsync(user, Admin, cz.ZoneId);
        Assert.Equal("Enabled", vpc.GetProperty("state").GetString());
        Assert.Equal("10.10.0.0/16", vpc.GetProperty("cidr").GetString());
        Assert.Equal(account.GetProperty("name").GetString(), vpc.GetProperty("account").GetString());
        var sourceNat = Assert.Single((await user.CallAsync("listPublicIpAddresses", ("vpcid", vpc.Id()))).EnsureOk().Items("publicipaddress"));
        Assert.True(sourceNat.GetProperty("issourcenat").GetBoolean());
        var router = Assert.Single((await Admin.CallAsync("listRouters", ("vpcid", vpc.Id()))).EnsureOk().Items("router"));
        Assert.Equal("Running", router.GetProperty("state").GetString());
        Assert.Equal(vpc.Id(), router.GetProperty("vpcid").GetString());
        Assert.Equal(sourceNat.GetProperty("ipaddress").GetString(), router.GetProperty("publicip").GetString());
        Assert.Equal(1, (await user.CallAsync("listAccounts")).EnsureOk().Items("account")[0].GetProperty("vpctotal").GetInt64());

        // Tiers: inside the VPC's CIDR, never overlapping one another.
        var web = await CreateTierAsync(user, Admin, cz.ZoneId, vpc.Id(), "web", "10.10.1.1");
        var allowList = (await user.CallAsync("listNetworkACLLists", ("name", "default_allow"))).EnsureOk().Items("networkacllist")[0].Id();
        var db = await CreateTierAsync(user, Admin, cz.ZoneId, vpc.Id(), "db", "10.10.2.1", ("aclid", allowList));
        Assert.Equal("default_deny", web.GetProperty("aclname").GetString());
        Assert.Equal(vpc.Id(), db.GetProperty("vpcid").GetString());
        Assert.Equal(431, (await user.CallAsync("createNetwork", ("name", "x"), ("displaytext", "x"), ("zoneid", cz.ZoneId), ("vpcid", vpc.Id()),
            ("networkofferingid", db.GetProperty("networkofferingid").GetString()!), ("gateway", "10.10.1.129"), ("netmask", "255.255.255.128"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createNetwork", ("name", "x"), ("displaytext", "x"), ("zoneid", cz.ZoneId), ("vpcid", vpc.Id()),
            ("networkofferingid", db.GetProperty("networkofferingid").GetString()!), ("gateway", "10.20.0.1"), ("netmask", "255.255.255.0"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createNetwork", ("name", "x"), ("displaytext", "x"), ("zoneid", cz.ZoneId),
            ("networkofferingid", db.GetProperty("networkofferingid").GetString()!), ("gateway", "10.30.0.1"), ("netmask", "255.255.255.0"))).ErrorCode);
        Assert.Equal(2, (await user.CallAsync("listNetworks", ("vpcid", vpc.Id()))).EnsureOk().Items("network").Count);

        var webVm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(compute, ("networkids", web.Id()), ("name", "web-1"))), "virtualmachine");
        var dbVm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(compute, ("networkids", db.Id()), ("name", "db-1"))), "virtualmachine");
        Assert.Equal("10.10.1.2", webVm.GetProperty("nic")[0].GetProperty("ipaddress").GetString());
        Assert.Equal("10.10.2.2", dbVm.GetProperty("nic")[0].GetProperty("ipaddress").GetString());
        Assert.Single((await Admin.CallAsync("listRouters", ("vpcid", vpc.Id()))).EnsureOk().Items("router"));
        using (var config = await RouterConfigAsync(vpc.Id()))
        {
            var root = config.RootElement;
            Assert.Equal("10.10.0.0/16", root.GetProperty("guest").GetProperty("cidr").GetString());
            Assert.Equal(["10.10.1.2", "10.10.2.2"], root.GetProperty("dhcpEntries").EnumerateArray().Select(d => d.GetProperty("ipv4Address").GetString()).Order().ToList());
            var tiers = root.GetProperty("vpc").GetProperty("tiers").EnumerateArray().ToList();
            Assert.Equal(["10.10.1.0/24", "10.10.2.0/24"], tiers.Select(t => t.GetProperty("network").GetProperty("cidr").GetString()).ToList());
            Assert.Equal("10.10.1.1", tiers[0].GetProperty("network").GetProperty("routerIp").GetString());
            Assert.StartsWith("vlan://", tiers[0].GetProperty("network").GetProperty("broadcastUri").GetString());
            Assert.Equal("default_deny", tiers[0].GetProperty("aclName").GetString());
            Assert.All(tiers[0].GetProperty("acl").EnumerateArray(), r => Assert.Equal("Deny", r.GetProperty("action").GetString()));
            Assert.All(tiers[1].GetProperty("acl").EnumerateArray(), r => Assert.Equal("Allow", r.GetProperty("action").GetString()));
        }

        // An ACL list of the VPC: rules by number, the defaults cannot change, numbers are unique.
        var list = Job(await user.CallAndWaitAsync("createNetworkACLList", ("name", "web-acl"), ("description", "web"), ("vpcid", vpc.Id())), "networkacllist");
        Job(await user.CallAndWaitAsync("createNetworkACL", ("aclid", list.Id()), ("protocol", "tcp"), ("startport", "22"), ("endport", "22"),
            ("cidrlist", "192.0.2.0/24"), ("action", "deny"), ("number", "20"), ("traffictype", "Ingress")), "networkacl");
        var http = Job(await user.CallAndWaitAsync("createNetworkACL", ("aclid", list.Id()), ("protocol", "TCP"), ("startport", "80"),
            ("cidrlist", "0.0.0.0/0"), ("action", "allow"), ("number", "10")), "networkacl");
        Assert.Equal("Ingress", http.GetProperty("traffictype").GetString());
        var last = Job(await user.CallAndWaitAsync("createNetworkACL", ("aclid", list.Id()), ("protocol", "icmp"), ("icmptype", "8"), ("icmpcode", "0"),
            ("traffictype", "Egress")), "networkacl");
        Assert.Equal(21, last.GetProperty("number").GetInt32());
        Assert.Equal(431, (await user.CallAsync("createNetworkACL", ("aclid", list.Id()), ("protocol", "udp"), ("startport", "53"), ("number", "10"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createNetworkACL", ("aclid", list.Id()), ("protocol", "tcp"), ("startport", "70000"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createNetworkACL", ("aclid", list.Id()), ("protocol", "tcp"), ("action", "maybe"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createNetworkACL", ("aclid", allowList), ("protocol", "tcp"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createNetworkACL", ("networkid", web.Id()), ("protocol", "tcp"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deleteNetworkACLList", ("id", allowList))).ErrorCode);
        (await user.CallAndWaitAsync("replaceNetworkACLList", ("aclid", list.Id()), ("networkid", web.Id()))).EnsureOk();
        Assert.Equal(431, (await user.CallAsync("deleteNetworkACLList", ("id", list.Id()))).ErrorCode);
        using (var config = await RouterConfigAsync(vpc.Id()))
        {
            var tier = config.RootElement.GetProperty("vpc").GetProperty("tiers")[0];
            Assert.Equal("web-acl", tier.GetProperty("aclName").GetString());
            var rules = tier.GetProperty("acl").EnumerateArray().ToList();
            Assert.Equal([10, 20, 21], rules.Select(r => r.GetProperty("number").GetInt32()).ToList());
            Assert.Equal(["Allow", "Deny", "Allow"], rules.Select(r => r.GetProperty("action").GetString()).ToList());
            Assert.Equal("tcp", rules[0].GetProperty("protocol").GetString());
            Assert.Equal(["192.0.2.0/24"], rules[1].GetProperty("cidrs").EnumerateArray().Select(c => c.GetString()).ToList());
            Assert.Equal("Egress", rules[2].GetProperty("traffic").GetString());
        }
        // Renumbering moves a rule ahead; a rule removed leaves the document.
        Job(await user.CallAndWaitAsync("updateNetworkACLItem", ("id", last.Id()), ("number", "5")), "networkacl");
        Assert.Equal(431, (await user.CallAsync("updateNetworkACLItem", ("id", last.Id()), ("number", "10"))).ErrorCode);
        (await user.CallAndWaitAsync("deleteNetworkACL", ("id", http.Id()))).EnsureOk();
        Assert.Equal(2, (await user.CallAsync("listNetworkACLs", ("aclid", list.Id()))).EnsureOk().Items("networkacl").Count);
        using (var config = await RouterConfigAsync(vpc.Id()))
        {
            var rules = config.RootElement.GetProperty("vpc").GetProperty("tiers")[0].GetProperty("acl").EnumerateArray().ToList();
            Assert.Equal([5, 20], rules.Select(r => r.GetProperty("number").GetInt32()).ToList());
        }

        // A VPC address: tied to a tier by its first rule; port forwarding to web-1, static NAT to db-1.
        var forwarded = Job(await user.CallAndWaitAsync("associateIpAddress", ("vpcid", vpc.Id())), "ipaddress");
        Assert.Equal(vpc.Id(), forwarded.GetProperty("vpcid").GetString());
        Assert.False(forwarded.TryGetProperty("associatednetworkid", out var none) && none.ValueKind == JsonValueKind.String);
        Assert.Equal(431, (await user.CallAsync("createPortForwardingRule", ("ipaddressid", forwarded.Id()), ("protocol", "tcp"), ("publicport", "80"),
            ("privateport", "8080"), ("virtualmachineid", webVm.Id()))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("createFirewallRule", ("ipaddressid", forwarded.Id()), ("networkid", web.Id()), ("protocol", "tcp"), ("startport", "80"))).ErrorCode);
        Job(await user.CallAndWaitAsync("createPortForwardingRule", ("ipaddressid", forwarded.Id()), ("networkid", web.Id()), ("protocol", "tcp"), ("publicport", "80"),
            ("privateport", "8080"), ("virtualmachineid", webVm.Id())), "portforwardingrule");
        var bound = (await user.CallAsync("listPublicIpAddresses", ("id", forwarded.Id()))).EnsureOk().Items("publicipaddress")[0];
        Assert.Equal(web.Id(), bound.GetProperty("associatednetworkid").GetString());
        var natted = Job(await user.CallAndWaitAsync("associateIpAddress", ("vpcid", vpc.Id())), "ipaddress");
        Assert.Equal(431, (await user.CallAsync("enableStaticNat", ("ipaddressid", natted.Id()), ("networkid", web.Id()), ("virtualmachineid", dbVm.Id()))).ErrorCode);
        (await user.CallAsync("enableStaticNat", ("ipaddressid", natted.Id()), ("networkid", db.Id()), ("virtualmachineid", dbVm.Id()))).EnsureOk();
        using (var config = await RouterConfigAsync(vpc.Id()))
        {
            var root = config.RootElement;
            Assert.Equal(3, root.GetProperty("publicIps").GetArrayLength());
            var forward = Assert.Single(root.GetProperty("portForwards").EnumerateArray());
            Assert.Equal(forwarded.GetProperty("ipaddress").GetString(), forward.GetProperty("publicIp").GetString());
            Assert.Equal("10.10.1.2", forward.GetProperty("privateIp").GetString());
            Assert.Empty(root.GetProperty("firewallRules").EnumerateArray());
            var nat = Assert.Single(root.GetProperty("staticNats").EnumerateArray());
            Assert.Equal("10.10.2.2", nat.GetProperty("privateIp").GetString());
        }

        // An address released before any rule leaves the VPC router too.
        var spare = Job(await user.CallAndWaitAsync("associateIpAddress", ("vpcid", vpc.Id())), "ipaddress");
        using (var config = await RouterConfigAsync(vpc.Id()))
        {
            Assert.Equal(4, config.RootElement.GetProperty("publicIps").GetArrayLength());
        }
        (await user.CallAndWaitAsync("disassociateIpAddress", ("id", spare.Id()))).EnsureOk();
        using (var config = await RouterConfigAsync(vpc.Id()))
        {
            Assert.Equal(3, config.RootElement.GetProperty("publicIps").GetArrayLength());
        }

        // Load balancing from a VPC address to tier instances.
        var balanced = Job(await user.CallAndWaitAsync("associateIpAddress", ("vpcid", vpc.Id())), "ipaddress");
        var lb = Job(await user.CallAndWaitAsync("createLoadBalancerRule", ("name", "web-lb"), ("publicipid", balanced.Id()), ("networkid", web.Id()),
            ("publicport", "443"), ("privateport", "8443"), ("algorithm", "leastconn")), "loadbalancer");
        (await user.CallAndWaitAsync("assignToLoadBalancerRule", ("id", lb.Id()), ("virtualmachineids", webVm.Id()))).EnsureOk();
        using (var config = await RouterConfigAsync(vpc.Id()))
        {
            var balancer = Assert.Single(config.RootElement.GetProperty("loadBalancers").EnumerateArray());
            Assert.Equal(balanced.GetProperty("ipaddress").GetString(), balancer.GetProperty("publicIp").GetString());
            Assert.Equal(["10.10.1.2"], balancer.GetProperty("backends").EnumerateArray().Select(b => b.GetString()).ToList());
        }

        // Instances in a tier keep the VPC: 536 until they are expunged; then everything goes.
        var refused = await user.CallAndWaitAsync("deleteVPC", ("id", vpc.Id()));
        Assert.Equal(536, refused["jobresultcode"].GetInt32());
        Assert.Single((await user.CallAsync("listVPCs", ("id", vpc.Id()))).EnsureOk().Items("vpc"));
        (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", webVm.Id()), ("expunge", "true"))).EnsureOk();
        (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", dbVm.Id()), ("expunge", "true"))).EnsureOk();
        (await user.CallAndWaitAsync("deleteVPC", ("id", vpc.Id()))).EnsureOk();
        Assert.Empty((await user.CallAsync("listVPCs")).EnsureOk().Items("vpc"));
        Assert.Empty((await user.CallAsync("listNetworks")).EnsureOk().Items("network"));
        Assert.Empty((await user.CallAsync("listPublicIpAddresses")).EnsureOk().Items("publicipaddress"));
        Assert.Empty((await Admin.CallAsync("listRouters", ("account", account.GetProperty("name").GetString()!), ("domainid", account.GetProperty("domainid").GetString()!))).EnsureOk().Items("router"));
        Assert.DoesNotContain((await user.CallAsync("listNetworkACLLists")).EnsureOk().Items("networkacllist"), l => l.Id() == list.Id());
        Assert.Equal(0, (await user.CallAsync("listAccounts")).EnsureOk().Items("account")[0].GetProperty("vpctotal").GetInt64());

        // Billed as upstream bills a VPC (usage type 31), and the actions are in the account's events.
        await using (var scope = fixture.Server.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
            var internalId = await store.Vpcs.Where(v => v.Uuid == Guid.Parse(vpc.Id())).Select(v => v.Id).FirstAsync();
            Assert.Equal(["VPC.CREATE", "VPC.DELETE"], await store.UsageEvents.Where(e => e.ResourceId == internalId && e.Type.StartsWith("VPC.")).OrderBy(e => e.Id).Select(e => e.Type).ToListAsync());
        }
        var events = (await user.CallAsync("listEvents", ("pagesize", "500"))).EnsureOk().Items("event").Select(e => e.GetProperty("type").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "VPC.CREATE", "VPC.DELETE", "NETWORK.ACL.CREATE", "NETWORK.ACL.ITEM.CREATE", "NETWORK.ACL.REPLACE" }, events);
    }

    [Fact]
    public async Task Restart_with_cleanup_gives_the_vpc_a_new_router_and_the_vpc_limit_is_enforced_and_recounted()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var (account, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("lim"));
        var vpc = await CreateVpcAsync(user, Admin, cz.ZoneId, "172.16.0.0/20");
        await CreateTierAsync(user, Admin, cz.ZoneId, vpc.Id(), "app", "172.16.1.1");
        var router = Assert.Single((await Admin.CallAsync("listRouters", ("vpcid", vpc.Id()))).EnsureOk().Items("router"));
        (await user.CallAndWaitAsync("restartVPC", ("id", vpc.Id()), ("cleanup", "true"))).EnsureOk();
        var replaced = Assert.Single((await Admin.CallAsync("listRouters", ("vpcid", vpc.Id()))).EnsureOk().Items("router"));
        Assert.NotEqual(router.Id(), replaced.Id());
        using (var config = await RouterConfigAsync(vpc.Id()))
        {
            Assert.Single(config.RootElement.GetProperty("vpc").GetProperty("tiers").EnumerateArray());
        }
        var updated = Job(await user.CallAndWaitAsync("updateVPC", ("id", vpc.Id()), ("name", "renamed"), ("displaytext", "new text")), "vpc");
        Assert.Equal("renamed", updated.GetProperty("name").GetString());
        Assert.Single(updated.GetProperty("network").EnumerateArray());

        (await Admin.CallAsync("updateResourceLimit", ("account", account.GetProperty("name").GetString()!), ("domainid", account.GetProperty("domainid").GetString()!),
            ("resourcetype", "7"), ("max", "1"))).EnsureOk();
        var over = await user.CallAndWaitAsync("createVPC", ("name", "two"), ("zoneid", cz.ZoneId), ("cidr", "10.50.0.0/16"),
            ("vpcofferingid", await IdByNameAsync(Admin, "listVPCOfferings", "vpcoffering", "Default VPC offering")));
        Assert.Equal(535, over["jobresultcode"].GetInt32());
        Assert.Single((await user.CallAsync("listVPCs")).EnsureOk().Items("vpc"));
        var counts = (await Admin.CallAsync("updateResourceCount", ("account", account.GetProperty("name").GetString()!), ("domainid", account.GetProperty("domainid").GetString()!),
            ("resourcetype", "7"))).EnsureOk().Items("resourcecount");
        Assert.Equal(1, Assert.Single(counts).GetProperty("resourcecount").GetInt64());
    }

    [Fact]
    public async Task A_vpc_created_without_start_gets_its_router_and_source_nat_with_its_first_tier_instance()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var compute = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("lazy"));
        var vpc = await CreateVpcAsync(user, Admin, cz.ZoneId, "10.90.0.0/16", ("start", "false"));
        Assert.Empty((await user.CallAsync("listPublicIpAddresses", ("vpcid", vpc.Id()))).EnsureOk().Items("publicipaddress"));
        Assert.Empty((await Admin.CallAsync("listRouters", ("vpcid", vpc.Id()))).EnsureOk().Items("router"));
        var tier = await CreateTierAsync(user, Admin, cz.ZoneId, vpc.Id(), "t", "10.90.1.1");
        Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(compute, ("networkids", tier.Id()))), "virtualmachine");
        Assert.True(Assert.Single((await user.CallAsync("listPublicIpAddresses", ("vpcid", vpc.Id()))).EnsureOk().Items("publicipaddress")).GetProperty("issourcenat").GetBoolean());
        Assert.Equal("Running", Assert.Single((await Admin.CallAsync("listRouters", ("vpcid", vpc.Id()))).EnsureOk().Items("router")).GetProperty("state").GetString());
        using var config = await RouterConfigAsync(vpc.Id());
        Assert.Equal("10.90.1.2", Assert.Single(config.RootElement.GetProperty("dhcpEntries").EnumerateArray()).GetProperty("ipv4Address").GetString());
    }

    [Fact]
    public async Task Another_tenant_can_neither_see_nor_use_a_vpc_its_acls_or_its_addresses()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var (_, owner) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("own"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("oth"));
        var vpc = await CreateVpcAsync(owner, Admin, cz.ZoneId, "192.168.0.0/16");
        var tier = await CreateTierAsync(owner, Admin, cz.ZoneId, vpc.Id(), "t", "192.168.1.1");
        var list = Job(await owner.CallAndWaitAsync("createNetworkACLList", ("name", "mine"), ("vpcid", vpc.Id())), "networkacllist");
        var item = Job(await owner.CallAndWaitAsync("createNetworkACL", ("aclid", list.Id()), ("protocol", "all")), "networkacl");

        Assert.Empty((await other.CallAsync("listVPCs")).EnsureOk().Items("vpc"));
        Assert.Equal(431, (await other.CallAsync("listVPCs", ("id", vpc.Id()))).ErrorCode);
        Assert.DoesNotContain((await other.CallAsync("listNetworkACLLists")).EnsureOk().Items("networkacllist"), l => l.Id() == list.Id());
        Assert.DoesNotContain((await other.CallAsync("listNetworkACLs", ("listall", "true"))).EnsureOk().Items("networkacl"), i => i.Id() == item.Id());
        Assert.Equal(431, (await other.CallAsync("createNetworkACL", ("aclid", list.Id()), ("protocol", "tcp"))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("deleteNetworkACL", ("id", item.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("associateIpAddress", ("vpcid", vpc.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("deleteVPC", ("id", vpc.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("createNetwork", ("name", "x"), ("displaytext", "x"), ("zoneid", cz.ZoneId), ("vpcid", vpc.Id()),
            ("networkofferingid", tier.GetProperty("networkofferingid").GetString()!), ("gateway", "192.168.9.1"), ("netmask", "255.255.255.0"))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("createVpnGateway", ("vpcid", vpc.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("replaceNetworkACLList", ("aclid", list.Id()), ("networkid", tier.Id()))).ErrorCode);
    }
}

public sealed class SqliteVpcFlows(SqliteServerFixture fixture) : VpcFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresVpcFlows(PostgresServerFixture fixture) : VpcFlows(fixture), IClassFixture<PostgresServerFixture>;
