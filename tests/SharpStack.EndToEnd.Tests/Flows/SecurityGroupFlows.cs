using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Security groups in a Basic zone: the default group, rules by CIDR and by group, the rule sets hosts are told, refusals.</summary>
public abstract class SecurityGroupFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    private static JsonElement Job(ApiReply reply, string name) => InstanceFlows.JobObject(reply, name);

    private sealed record BasicZone(string ZoneId, string TemplateId, string OfferingId);

    private async Task<BasicZone> BasicZoneAsync()
    {
        var zone = (await Admin.CallAsync("createZone", ("name", Tenants.Unique("sgzone")), ("networktype", "Basic"), ("dns1", "192.0.2.53"), ("internaldns1", "192.0.2.54"))).EnsureOk()["zone"].Id();
        var physical = Job(await Admin.CallAndWaitAsync("createPhysicalNetwork", ("zoneid", zone), ("name", "sg-phys")), "physicalnetwork").Id();
        Job(await Admin.CallAndWaitAsync("addTrafficType", ("physicalnetworkid", physical), ("traffictype", "Guest")), "traffictype");
        var pod = (await Admin.CallAsync("createPod", ("zoneid", zone), ("name", "sgpod"), ("gateway", "172.21.1.1"), ("netmask", "255.255.255.0"),
            ("startip", "172.21.1.100"), ("endip", "172.21.1.120"))).EnsureOk()["pod"].Id();
        var cluster = (await Admin.CallAsync("addCluster", ("zoneid", zone), ("podid", pod), ("clustername", "sgc"), ("hypervisor", "Simulator"), ("clustertype", "CloudManaged"))).EnsureOk().Items("cluster")[0].Id();
        for (var i = 1; i <= 2; i++)
        {
            (await Admin.CallAsync("addHost", ("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("hypervisor", "Simulator"), ("url", $"http://sim/sgc/h{i}"))).EnsureOk();
        }
        (await Admin.CallAsync("createStoragePool", ("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("name", "sgps"), ("url", $"nfs://192.0.2.10/{Tenants.Unique("sg")}"))).EnsureOk();
        (await Admin.CallAsync("createVlanIpRange", ("zoneid", zone), ("podid", pod), ("forvirtualnetwork", "false"), ("gateway", "10.60.1.1"), ("netmask", "255.255.255.0"),
            ("startip", "10.60.1.10"), ("endip", "10.60.1.40"))).EnsureOk();
        (await Admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone), ("name", "nfs"), ("url", "nfs://192.0.2.20/" + Tenants.Unique("sgsec")))).EnsureOk();
        (await Admin.CallAsync("updateZone", ("id", zone), ("allocationstate", "Enabled"))).EnsureOk();
        var template = (await Admin.CallAsync("registerTemplate", ("name", Tenants.Unique("tpl")), ("displaytext", "t"), ("url", "http://203.0.113.10/disk.qcow2"),
            ("zoneid", zone), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("ispublic", "true"))).EnsureOk().Items("template")[0].Id();
        await Matrix.MatrixRecords.WaitForTemplateAsync(Admin, template);
        return new BasicZone(zone, template, await ComputeZone.OfferingAsync(Admin, 1, 200, 128));
    }

    private static async Task<JsonElement> DeployAsync(CloudClient client, BasicZone zone, params (string, string)[] extra) =>
        Job(await client.CallAndWaitAsync("deployVirtualMachine", [("zoneid", zone.ZoneId), ("templateid", zone.TemplateId), ("serviceofferingid", zone.OfferingId), ("rootdisksize", "1"), .. extra]), "virtualmachine");

    private static string Ip(JsonElement vm) => vm.GetProperty("nic")[0].GetProperty("ipaddress").GetString()!;

    /// <summary>The rule set the instance's host last confirmed, as recorded by the server.</summary>
    private async Task<JsonElement> AppliedAsync(string vmId)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var uuid = Guid.Parse(vmId);
        var applied = await db.SecurityGroupRuleSets.Where(s => db.VirtualMachines.Any(v => v.Id == s.VmId && v.Uuid == uuid)).Select(s => s.Applied).FirstAsync();
        return JsonDocument.Parse(applied!).RootElement;
    }

    private static List<string> CidrsOf(JsonElement set, string direction, string protocol, int port) =>
        set.GetProperty(direction).EnumerateArray()
            .Where(r => r.GetProperty("protocol").GetString() == protocol && r.GetProperty("startPort").ValueKind == JsonValueKind.Number && r.GetProperty("startPort").GetInt32() == port)
            .SelectMany(r => r.GetProperty("cidrs").EnumerateArray().Select(c => c.GetString()!)).Order().ToList();

    private static JsonElement Group(ApiReply list, string name) =>
        list.EnsureOk().Items("securitygroup").Single(g => g.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Rules_by_cidr_and_by_group_reach_the_hosts_of_members_and_follow_membership()
    {
        var zone = await BasicZoneAsync();
        var accountName = Tenants.Unique("sg");
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, accountName);

        // No group named: the account's default group, made now, with no rules: no ingress, all egress.
        var vm1 = await DeployAsync(user, zone);
        Assert.Equal("default", Assert.Single(vm1.GetProperty("securitygroup").EnumerateArray()).GetProperty("name").GetString());
        var defaultGroup = Group(await user.CallAsync("listSecurityGroups"), "default");
        Assert.Equal(1, defaultGroup.GetProperty("virtualmachinecount").GetInt32());
        Assert.Equal([vm1.Id()], defaultGroup.GetProperty("virtualmachineids").EnumerateArray().Select(v => v.GetString()));
        Assert.Empty(defaultGroup.GetProperty("ingressrule").EnumerateArray());
        var applied = await AppliedAsync(vm1.Id());
        Assert.Empty(applied.GetProperty("ingress").EnumerateArray());
        Assert.True(applied.GetProperty("egressDefaultAllow").GetBoolean());
        Assert.Equal(Ip(vm1), applied.GetProperty("nics")[0].GetProperty("ipv4Address").GetString());

        // Ingress by CIDR on the default group reaches its running member.
        var byCidr = Job(await user.CallAndWaitAsync("authorizeSecurityGroupIngress", ("securitygroupname", "default"), ("protocol", "TCP"),
            ("startport", "22"), ("endport", "22"), ("cidrlist", "198.51.100.0/24")), "securitygroup");
        var cidrRule = Assert.Single(byCidr.GetProperty("ingressrule").EnumerateArray());
        Assert.Equal(("tcp", 22, 22, "198.51.100.0/24"), (cidrRule.GetProperty("protocol").GetString(), cidrRule.GetProperty("startport").GetInt32(),
            cidrRule.GetProperty("endport").GetInt32(), cidrRule.GetProperty("cidr").GetString()));
        Assert.Equal(["198.51.100.0/24"], CidrsOf(await AppliedAsync(vm1.Id()), "ingress", "tcp", 22));

        // Groups: db lets web's members in on 5432; web's members' addresses are what db's hosts get.
        var web = (await user.CallAsync("createSecurityGroup", ("name", "web"), ("description", "web tier"))).EnsureOk()["securitygroup"];
        var db = (await user.CallAsync("createSecurityGroup", ("name", "db"))).EnsureOk()["securitygroup"];
        var vm2 = await DeployAsync(user, zone, ("securitygroupnames", "web"));
        var vm3 = await DeployAsync(user, zone, ("securitygroupids", db.Id()));
        Assert.Equal("web", Assert.Single(vm2.GetProperty("securitygroup").EnumerateArray()).GetProperty("name").GetString());
        var byGroup = Job(await user.CallAndWaitAsync("authorizeSecurityGroupIngress", ("securitygroupid", db.Id()), ("protocol", "tcp"), ("startport", "5432"), ("endport", "5432"),
            ("usersecuritygrouplist[0].group", "web"), ("usersecuritygrouplist[0].account", accountName)), "securitygroup");
        var groupRule = Assert.Single(byGroup.GetProperty("ingressrule").EnumerateArray());
        Assert.Equal(("web", accountName), (groupRule.GetProperty("securitygroupname").GetString(), groupRule.GetProperty("account").GetString()));
        Assert.Equal([Ip(vm2) + "/32"], CidrsOf(await AppliedAsync(vm3.Id()), "ingress", "tcp", 5432));

        // A new web member is added to db's rule sets; an expunged one leaves them.
        var vm4 = await DeployAsync(user, zone, ("securitygroupnames", "web"));
        Assert.Equal(new[] { Ip(vm2) + "/32", Ip(vm4) + "/32" }.Order(), CidrsOf(await AppliedAsync(vm3.Id()), "ingress", "tcp", 5432));
        Assert.Equal(2, Group(await user.CallAsync("listSecurityGroups", ("id", web.Id())), "web").GetProperty("virtualmachinecount").GetInt32());
        Assert.Equal([vm3.Id()], (await user.CallAsync("listVirtualMachines", ("securitygroupid", db.Id()))).EnsureOk().Items("virtualmachine").Select(v => v.Id()));
        (await Admin.CallAndWaitAsync("destroyVirtualMachine", ("id", vm4.Id()), ("expunge", "true"))).EnsureOk();
        Assert.Equal([Ip(vm2) + "/32"], CidrsOf(await AppliedAsync(vm3.Id()), "ingress", "tcp", 5432));

        // Refusals: the default group, a group in use, a group another rule names.
        var deleteDefault = await user.CallAsync("deleteSecurityGroup", ("name", "default"));
        Assert.Equal((431, "The network group default is reserved"), (deleteDefault.ErrorCode, deleteDefault.ErrorText));
        Assert.Equal(536, (await user.CallAsync("deleteSecurityGroup", ("id", web.Id()))).ErrorCode);
        var referenced = (await user.CallAsync("createSecurityGroup", ("name", "referenced"))).EnsureOk()["securitygroup"];
        Job(await user.CallAndWaitAsync("authorizeSecurityGroupIngress", ("securitygroupid", db.Id()), ("protocol", "udp"), ("startport", "53"), ("endport", "53"),
            ("usersecuritygrouplist[0].group", "referenced"), ("usersecuritygrouplist[0].account", accountName)), "securitygroup");
        Assert.Equal(536, (await user.CallAsync("deleteSecurityGroup", ("id", referenced.Id()))).ErrorCode);

        // Revoking the group rule empties db's ingress for it.
        (await user.CallAndWaitAsync("revokeSecurityGroupIngress", ("id", groupRule.GetProperty("ruleid").GetString()!))).EnsureOk();
        Assert.Empty(CidrsOf(await AppliedAsync(vm3.Id()), "ingress", "tcp", 5432));
        Assert.Equal(431, (await user.CallAsync("revokeSecurityGroupEgress", ("id", cidrRule.GetProperty("ruleid").GetString()!))).ErrorCode);

        // Egress rules end the default allow.
        Job(await user.CallAndWaitAsync("authorizeSecurityGroupEgress", ("securitygroupname", "default"), ("protocol", "tcp"), ("startport", "80"), ("endport", "80"), ("cidrlist", "0.0.0.0/0")), "securitygroup");
        applied = await AppliedAsync(vm1.Id());
        Assert.False(applied.GetProperty("egressDefaultAllow").GetBoolean());
        Assert.Equal(["0.0.0.0/0"], CidrsOf(applied, "egress", "tcp", 80));

        // A host that cannot apply a change takes it back.
        (await Admin.CallAsync("configureSimulator", ("zoneid", zone.ZoneId), ("name", "SecurityGroupRulesCmd"), ("value", "result:fail"), ("count", "1"))).EnsureOk();
        var failed = await user.CallAndWaitAsync("authorizeSecurityGroupIngress", ("securitygroupname", "default"), ("protocol", "tcp"), ("startport", "443"), ("endport", "443"), ("cidrlist", "0.0.0.0/0"));
        Assert.Equal(534, failed["jobresultcode"].GetInt32());
        Assert.Single(Group(await user.CallAsync("listSecurityGroups"), "default").GetProperty("ingressrule").EnumerateArray());
        Assert.Empty(CidrsOf(await AppliedAsync(vm1.Id()), "ingress", "tcp", 443));

        // A stopped instance's groups can change; a running one's cannot.
        Assert.Equal(431, (await user.CallAsync("updateVirtualMachine", ("id", vm2.Id()), ("securitygroupnames", "db"))).ErrorCode);
        // A member that stops leaves the rule sets naming its group.
        var redis = Assert.Single(Job(await user.CallAndWaitAsync("authorizeSecurityGroupIngress", ("securitygroupid", db.Id()), ("protocol", "tcp"), ("startport", "6379"), ("endport", "6379"),
            ("usersecuritygrouplist[0].group", "web"), ("usersecuritygrouplist[0].account", accountName)), "securitygroup").GetProperty("ingressrule").EnumerateArray());
        Assert.Equal([Ip(vm2) + "/32"], CidrsOf(await AppliedAsync(vm3.Id()), "ingress", "tcp", 6379));
        (await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm2.Id()))).EnsureOk();
        Assert.Empty(CidrsOf(await AppliedAsync(vm3.Id()), "ingress", "tcp", 6379));
        (await user.CallAndWaitAsync("revokeSecurityGroupIngress", ("id", redis.GetProperty("ruleid").GetString()!))).EnsureOk();
        var updated = (await user.CallAsync("updateVirtualMachine", ("id", vm2.Id()), ("securitygroupnames", "db,default"))).EnsureOk()["virtualmachine"];
        Assert.Equal(["db", "default"], updated.GetProperty("securitygroup").EnumerateArray().Select(g => g.GetProperty("name").GetString()!).Order());
        Assert.Equal(["db", "default"], (await user.CallAsync("listSecurityGroups", ("virtualmachineid", vm2.Id()))).EnsureOk().Items("securitygroup").Select(g => g.GetProperty("name").GetString()!).Order());
        (await user.CallAsync("deleteSecurityGroup", ("id", web.Id()))).EnsureOk();
    }

    [Fact]
    public async Task Bad_input_and_other_tenants_are_refused_with_upstream_codes()
    {
        var zone = await BasicZoneAsync();
        var accountName = Tenants.Unique("sgbad");
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, accountName);
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("sgother"));
        var group = (await user.CallAsync("createSecurityGroup", ("name", "app"))).EnsureOk()["securitygroup"];
        Assert.Equal(431, (await user.CallAsync("createSecurityGroup", ("name", "app"))).ErrorCode);

        async Task<int> Authorize(params (string, string)[] args)
        {
            var reply = await user.CallAndWaitAsync("authorizeSecurityGroupIngress", [("securitygroupid", group.Id()), .. args]);
            return reply.IsError ? reply.ErrorCode : reply["jobstatus"].GetInt32() == 1 ? 0 : reply["jobresultcode"].GetInt32();
        }
        Assert.Equal(431, await Authorize(("protocol", "gre"), ("cidrlist", "0.0.0.0/0")));
        Assert.Equal(431, await Authorize(("protocol", "300"), ("cidrlist", "0.0.0.0/0")));
        Assert.Equal(431, await Authorize(("protocol", "tcp"), ("startport", "22"), ("cidrlist", "0.0.0.0/0")));
        Assert.Equal(431, await Authorize(("protocol", "tcp"), ("startport", "90"), ("endport", "80"), ("cidrlist", "0.0.0.0/0")));
        Assert.Equal(431, await Authorize(("protocol", "udp"), ("startport", "1"), ("endport", "70000"), ("cidrlist", "0.0.0.0/0")));
        Assert.Equal(431, await Authorize(("protocol", "icmp"), ("cidrlist", "0.0.0.0/0")));
        Assert.Equal(431, await Authorize(("protocol", "icmp"), ("icmptype", "-1"), ("icmpcode", "3"), ("cidrlist", "0.0.0.0/0")));
        Assert.Equal(431, await Authorize(("protocol", "all"), ("startport", "1"), ("cidrlist", "0.0.0.0/0")));
        Assert.Equal(431, await Authorize(("protocol", "tcp"), ("startport", "22"), ("endport", "22"), ("cidrlist", "10.0.0.300/24")));
        Assert.Equal(431, await Authorize(("protocol", "tcp"), ("startport", "22"), ("endport", "22"), ("cidrlist", "10.0.0.0")));
        Assert.Equal(431, await Authorize(("protocol", "tcp"), ("startport", "22"), ("endport", "22")));
        Assert.Equal(431, await Authorize(("protocol", "tcp"), ("startport", "22"), ("endport", "22"), ("usersecuritygrouplist[0].group", "nosuch"), ("usersecuritygrouplist[0].account", accountName)));
        Assert.Equal(431, await Authorize(("protocol", "tcp"), ("startport", "22"), ("endport", "22"), ("usersecuritygrouplist[0].group", "app")));
        Assert.Equal(0, await Authorize(("protocol", "icmp"), ("icmptype", "8"), ("icmpcode", "0"), ("cidrlist", "0.0.0.0/0")));
        Assert.Equal(0, await Authorize(("protocol", "47"), ("cidrlist", "0.0.0.0/0")));
        // The same rule again adds nothing, which upstream answers as a failed authorization.
        Assert.Equal(431, await Authorize(("protocol", "icmp"), ("icmptype", "8"), ("icmpcode", "0"), ("cidrlist", "0.0.0.0/0")));
        var listed = Group(await user.CallAsync("listSecurityGroups", ("id", group.Id())), "app").GetProperty("ingressrule").EnumerateArray().ToList();
        Assert.Equal(2, listed.Count);
        var icmp = listed.Single(r => r.GetProperty("protocol").GetString() == "icmp");
        Assert.Equal((8, 0), (icmp.GetProperty("icmptype").GetInt32(), icmp.GetProperty("icmpcode").GetInt32()));
        Assert.False(icmp.TryGetProperty("startport", out _));

        // Deployment: ids and names together, another account's group, unknown names.
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", ("zoneid", zone.ZoneId), ("templateid", zone.TemplateId), ("serviceofferingid", zone.OfferingId),
            ("securitygroupids", group.Id()), ("securitygroupnames", "app"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", ("zoneid", zone.ZoneId), ("templateid", zone.TemplateId), ("serviceofferingid", zone.OfferingId),
            ("securitygroupnames", "nosuch"))).ErrorCode);
        var otherGroup = (await other.CallAsync("createSecurityGroup", ("name", "theirs"))).EnsureOk()["securitygroup"];
        Assert.Equal(431, (await user.CallAsync("deployVirtualMachine", ("zoneid", zone.ZoneId), ("templateid", zone.TemplateId), ("serviceofferingid", zone.OfferingId),
            ("securitygroupids", otherGroup.Id()))).ErrorCode);

        // Another tenant sees nothing of the group and cannot change it.
        Assert.DoesNotContain((await other.CallAsync("listSecurityGroups")).EnsureOk().Items("securitygroup"), g => g.Id() == group.Id());
        Assert.Equal(431, (await other.CallAsync("listSecurityGroups", ("id", group.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("deleteSecurityGroup", ("id", group.Id()))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("authorizeSecurityGroupIngress", ("securitygroupid", group.Id()), ("protocol", "tcp"), ("startport", "1"), ("endport", "2"), ("cidrlist", "0.0.0.0/0"))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("revokeSecurityGroupIngress", ("id", icmp.GetProperty("ruleid").GetString()!))).ErrorCode);
        Assert.Equal(431, (await other.CallAsync("deleteSecurityGroup", ("name", "app"))).ErrorCode);

        // Only admins rename; the default group keeps its name and no other group takes it.
        Assert.Equal(432, (await user.CallAsync("updateSecurityGroup", ("id", group.Id()), ("name", "renamed"))).ErrorCode);
        var renamed = (await Admin.CallAsync("updateSecurityGroup", ("id", otherGroup.Id()), ("name", "renamed"))).EnsureOk()["securitygroup"];
        Assert.Equal("renamed", renamed.GetProperty("name").GetString());
        Assert.Equal(431, (await Admin.CallAsync("updateSecurityGroup", ("id", otherGroup.Id()), ("name", "default"))).ErrorCode);
        var theirDefault = (await other.CallAsync("listSecurityGroups")).EnsureOk().Items("securitygroup").FirstOrDefault(g => g.GetProperty("name").GetString() == "default");
        Assert.Equal(JsonValueKind.Undefined, theirDefault.ValueKind);

        // An admin acts for the account by account and domainid.
        var domainId = group.GetProperty("domainid").GetString()!;
        (await Admin.CallAsync("createSecurityGroup", ("name", "byadmin"), ("account", accountName), ("domainid", domainId))).EnsureOk();
        Assert.Contains((await user.CallAsync("listSecurityGroups")).EnsureOk().Items("securitygroup"), g => g.GetProperty("name").GetString() == "byadmin");
        (await Admin.CallAsync("deleteSecurityGroup", ("name", "byadmin"), ("account", accountName), ("domainid", domainId))).EnsureOk();
        (await user.CallAsync("deleteSecurityGroup", ("name", "app"))).EnsureOk();
        Assert.Equal(431, (await user.CallAsync("revokeSecurityGroupIngress", ("id", icmp.GetProperty("ruleid").GetString()!))).ErrorCode);
    }
}

public sealed class SqliteSecurityGroupFlows(SqliteServerFixture fixture) : SecurityGroupFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresSecurityGroupFlows(PostgresServerFixture fixture) : SecurityGroupFlows(fixture), IClassFixture<PostgresServerFixture>;
