using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>
/// A nic's addresses: secondary addresses (addIpToNic, removeIpFromNic) that rules may point at,
/// and moving a stopped instance's nic to another address (updateVmNicIp); never one address twice.
/// </summary>
public abstract class NicAddressFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    private static JsonElement Job(ApiReply reply, string name) => InstanceFlows.JobObject(reply, name);

    private async Task<JsonElement> RouterConfigAsync(string networkId)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var uuid = Guid.Parse(networkId);
        var config = await db.Routers.Where(r => r.Removed == null && db.Networks.Any(n => n.Id == r.NetworkId && n.Uuid == uuid)).Select(r => r.AppliedConfig).FirstAsync();
        return JsonDocument.Parse(config!).RootElement.Clone();
    }

    [Fact]
    public async Task Secondary_addresses_are_added_used_by_rules_and_removed_and_never_given_twice()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("sec"));
        var (_, other) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("sec2"));
        var vm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "multi"))), "virtualmachine");
        var nic = vm.GetProperty("nic")[0];
        var networkId = nic.GetProperty("networkid").GetString()!;
        var primary = nic.GetProperty("ipaddress").GetString()!;

        // The lowest free address, then one asked for; the primary and a taken one are refused.
        var first = Job(await user.CallAndWaitAsync("addIpToNic", ("nicid", nic.Id())), "nicsecondaryip");
        Assert.Equal("10.1.1.3", first.GetProperty("ipaddress").GetString());
        Assert.Equal(nic.Id(), first.GetProperty("nicid").GetString());
        Assert.Equal(vm.Id(), first.GetProperty("virtualmachineid").GetString());
        var chosen = Job(await user.CallAndWaitAsync("addIpToNic", ("nicid", nic.Id()), ("ipaddress", "10.1.1.50")), "nicsecondaryip");
        Assert.Equal("10.1.1.50", chosen.GetProperty("ipaddress").GetString());
        Assert.Equal(533, ImageKit.Code(await user.CallAndWaitAsync("addIpToNic", ("nicid", nic.Id()), ("ipaddress", primary))));
        Assert.Equal(533, ImageKit.Code(await user.CallAndWaitAsync("addIpToNic", ("nicid", nic.Id()), ("ipaddress", "10.1.1.50"))));
        Assert.Equal(431, (await user.CallAsync("addIpToNic", ("nicid", nic.Id()), ("ipaddress", "10.1.1.300"))).ErrorCode);
        Assert.Equal(431, ImageKit.Code(await user.CallAndWaitAsync("addIpToNic", ("nicid", nic.Id()), ("ipaddress", "10.9.9.9"))));
        Assert.Equal(431, (await other.CallAsync("addIpToNic", ("nicid", nic.Id()))).ErrorCode);

        // A second instance in the network gets the next address no nic or secondary address holds.
        var second = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "next"))), "virtualmachine");
        Assert.Equal("10.1.1.4", second.GetProperty("nic")[0].GetProperty("ipaddress").GetString());

        var listed = Assert.Single((await user.CallAsync("listNics", ("virtualmachineid", vm.Id()))).EnsureOk().Items("nic"));
        Assert.Equal(new[] { "10.1.1.3", "10.1.1.50" }, listed.GetProperty("secondaryip").EnumerateArray().Select(s => s.GetProperty("ipaddress").GetString()).ToArray());
        var fromVm = Assert.Single((await user.CallAsync("listVirtualMachines", ("id", vm.Id()))).EnsureOk().Items("virtualmachine"));
        Assert.Equal(2, fromVm.GetProperty("nic")[0].GetProperty("secondaryip").GetArrayLength());

        // Port forwarding and static NAT may point at a secondary address, not at someone else's.
        var sourceNat = Assert.Single((await user.CallAsync("listPublicIpAddresses", ("associatednetworkid", networkId))).EnsureOk().Items("publicipaddress"));
        var forward = Job(await user.CallAndWaitAsync("createPortForwardingRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("publicport", "2222"),
            ("privateport", "22"), ("virtualmachineid", vm.Id()), ("vmguestip", "10.1.1.50")), "portforwardingrule");
        Assert.Equal("10.1.1.50", forward.GetProperty("vmguestip").GetString());
        Assert.Equal(431, ImageKit.Code(await user.CallAndWaitAsync("createPortForwardingRule", ("ipaddressid", sourceNat.Id()), ("protocol", "tcp"), ("publicport", "2223"),
            ("privateport", "22"), ("virtualmachineid", vm.Id()), ("vmguestip", "10.1.1.4"))));
        var extra = Job(await user.CallAndWaitAsync("associateIpAddress", ("networkid", networkId)), "ipaddress");
        (await user.CallAsync("enableStaticNat", ("ipaddressid", extra.Id()), ("virtualmachineid", vm.Id()), ("vmguestip", "10.1.1.3"))).EnsureOk();
        var config = await RouterConfigAsync(networkId);
        Assert.Contains(config.GetProperty("portForwards").EnumerateArray(), f => f.GetProperty("privateIp").GetString() == "10.1.1.50");
        Assert.Contains(config.GetProperty("staticNats").EnumerateArray(), s => s.GetProperty("privateIp").GetString() == "10.1.1.3");

        // An address rules point at stays until they are gone.
        Assert.Equal(431, ImageKit.Code(await user.CallAndWaitAsync("removeIpFromNic", ("id", chosen.Id()))));
        (await user.CallAndWaitAsync("deletePortForwardingRule", ("id", forward.Id()))).EnsureOk();
        (await user.CallAndWaitAsync("removeIpFromNic", ("id", chosen.Id()))).EnsureOk();
        (await user.CallAndWaitAsync("disableStaticNat", ("ipaddressid", extra.Id()))).EnsureOk();
        Assert.Equal(431, (await other.CallAsync("removeIpFromNic", ("id", first.Id()))).ErrorCode);
        (await user.CallAndWaitAsync("removeIpFromNic", ("id", first.Id()))).EnsureOk();
        Assert.Equal(431, (await user.CallAsync("removeIpFromNic", ("id", first.Id()))).ErrorCode);
        listed = Assert.Single((await user.CallAsync("listNics", ("virtualmachineid", vm.Id()))).EnsureOk().Items("nic"));
        Assert.False(listed.TryGetProperty("secondaryip", out _));

        // The freed address is handed out again.
        var again = Job(await user.CallAndWaitAsync("addIpToNic", ("nicid", nic.Id())), "nicsecondaryip");
        Assert.Equal("10.1.1.3", again.GetProperty("ipaddress").GetString());

        // vm.network.nic.max.secondary.ipaddresses bounds a nic's secondary addresses.
        (await Admin.CallAsync("updateConfiguration", ("name", "vm.network.nic.max.secondary.ipaddresses"), ("value", "1"))).EnsureOk();
        try
        {
            Assert.Equal(431, ImageKit.Code(await user.CallAndWaitAsync("addIpToNic", ("nicid", nic.Id()))));
        }
        finally
        {
            (await Admin.CallAsync("updateConfiguration", ("name", "vm.network.nic.max.secondary.ipaddresses"), ("value", "10"))).EnsureOk();
        }
    }

    [Fact]
    public async Task A_stopped_instances_nic_moves_to_another_address_and_the_router_follows()
    {
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, Admin, Tenants.Unique("mv"));
        var vm = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "mover"))), "virtualmachine");
        var nic = vm.GetProperty("nic")[0];
        var networkId = nic.GetProperty("networkid").GetString()!;
        var neighbour = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "neighbour"))), "virtualmachine");
        var taken = neighbour.GetProperty("nic")[0].GetProperty("ipaddress").GetString()!;

        Assert.Equal(431, ImageKit.Code(await user.CallAndWaitAsync("updateVmNicIp", ("nicid", nic.Id()), ("ipaddress", "10.1.1.77"))));
        (await user.CallAndWaitAsync("stopVirtualMachine", ("id", vm.Id()))).EnsureOk();
        Assert.Equal(533, ImageKit.Code(await user.CallAndWaitAsync("updateVmNicIp", ("nicid", nic.Id()), ("ipaddress", taken))));
        Assert.Equal(431, ImageKit.Code(await user.CallAndWaitAsync("updateVmNicIp", ("nicid", nic.Id()), ("ipaddress", "192.0.2.7"))));
        var moved = Job(await user.CallAndWaitAsync("updateVmNicIp", ("nicid", nic.Id()), ("ipaddress", "10.1.1.77")), "virtualmachine");
        Assert.Equal("10.1.1.77", moved.GetProperty("nic")[0].GetProperty("ipaddress").GetString());
        var config = await RouterConfigAsync(networkId);
        var mac = nic.GetProperty("macaddress").GetString();
        Assert.Equal("10.1.1.77", config.GetProperty("dhcpEntries").EnumerateArray().Single(e => e.GetProperty("macAddress").GetString() == mac).GetProperty("ipv4Address").GetString());

        // The old address is free again; a new instance may take it.
        var old = nic.GetProperty("ipaddress").GetString()!;
        var third = Job(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("name", "third"))), "virtualmachine");
        Assert.Equal(old, third.GetProperty("nic")[0].GetProperty("ipaddress").GetString());

        // Started again, it keeps its new address.
        var started = Job(await user.CallAndWaitAsync("startVirtualMachine", ("id", vm.Id())), "virtualmachine");
        Assert.Equal("10.1.1.77", started.GetProperty("nic")[0].GetProperty("ipaddress").GetString());
    }
}

public sealed class SqliteNicAddressFlows(SqliteServerFixture fixture) : NicAddressFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresNicAddressFlows(PostgresServerFixture fixture) : NicAddressFlows(fixture), IClassFixture<PostgresServerFixture>;
