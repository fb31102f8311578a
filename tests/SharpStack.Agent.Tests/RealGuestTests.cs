using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Instances;
using SharpStack.Agent.Network;
using SharpStack.Agent.Networking;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Storage;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.Agent.Tests;

/// <summary>
/// Real guests: the test image booted under QEMU (TCG) by the agent's instance manager, its host
/// side in a namespace this test creates; hot-plug of a disk, a nic and an ISO, a restarted agent adopting the running QEMU,
/// a snapshot while running and its revert, reboot and an ACPI shutdown, and nothing left afterwards.
/// </summary>
public sealed class RealGuestTests
{
    private static readonly TimeSpan Boot = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_guest_boots_takes_a_hot_plugged_disk_survives_an_agent_restart_reboots_and_powers_off()
    {
        var image = await KvmKit.TestImageAsync();
        var dataDir = Directory.CreateTempSubdirectory("ss-agent-").FullName;
        var ns = await TestNamespace.CreateAsync();
        try
        {
            var pool = Path.Combine(dataDir, "pool");
            var root = new DiskSpec("0b6a5e4e-0000-4000-8000-000000000001", 0, "ROOT", 64L << 20, "pool-1", pool, "0b6a5e4e-0000-4000-8000-000000000001", image);
            var nic = new NicSpec(0, "02:00:5e:00:00:01", "10.1.1.10", "255.255.255.0", "10.1.1.1", "vlan://123", true);
            var vm = new VmSpec("i-2-99-VM", "a0a0a0a0-0000-4000-8000-000000000099", 1, 1000, 128L << 20, "Other", [root], [nic], null, false);
            var network = new TapNetwork(new HostNetworkOptions(ns.Name));
            var disks = new DiskStore();
            var first = new InstanceManager(dataDir, Accelerator.Tcg, disks, network, TimeSpan.FromSeconds(20));

            await first.StartAsync(vm, CancellationToken.None);
            var serial = first.Get(vm.InstanceName).Paths.SerialLog;
            await KvmKit.WaitForTextAsync(serial, "guest-ready", Boot);
            var links = await ns.LinksAsync();
            Assert.Contains(HostNetworkNames.Bridge("vlan://123"), links, StringComparison.Ordinal);
            Assert.Contains(HostNetworkNames.Tap(vm.InstanceName, 0), links, StringComparison.Ordinal);
            // The root disk is an overlay on the pool's copy of the template: the template itself is never written.
            Assert.Contains("backing-filename", (await CommandRunner.RunAsync("qemu-img", ["info", "-U", "--output=json", DiskStore.FileOf(root)], CancellationToken.None)), StringComparison.Ordinal);

            var devices = new InstanceDevices(first, disks, network);
            var data = new DiskSpec("0b6a5e4e-0000-4000-8000-000000000002", 1, "DATADISK", 64L << 20, "pool-1", pool, "0b6a5e4e-0000-4000-8000-000000000002", null);
            await devices.AttachDiskAsync(vm.InstanceName, data, CancellationToken.None);
            await KvmKit.WaitForTextAsync(serial, "disk-seen vdb sectors=131072", TimeSpan.FromSeconds(20));
            await devices.DetachDiskAsync(vm.InstanceName, data, CancellationToken.None);
            await KvmKit.WaitForTextAsync(serial, "disk-gone vdb", TimeSpan.FromSeconds(20));
            await devices.ResizeAsync(new ResizeVolumeRequest(null, data, 96L << 20, false), CancellationToken.None);
            Assert.Equal(96L << 20, (await QemuImg.InfoAsync(DiskStore.FileOf(data), CancellationToken.None)).VirtualSize);

            // A second nic is hot-plugged on its own bridge and unplugged; an ISO goes into the CD-ROM and out.
            var extra = new NicSpec(1, "02:00:5e:00:00:02", null, null, null, "vlan://124", false);
            await devices.PlugNicAsync(vm.InstanceName, extra, CancellationToken.None);
            Assert.Contains(HostNetworkNames.Tap(vm.InstanceName, 1), await ns.LinksAsync(), StringComparison.Ordinal);
            Assert.Contains(HostNetworkNames.Bridge("vlan://124"), await ns.LinksAsync(), StringComparison.Ordinal);
            await devices.UnplugNicAsync(vm.InstanceName, extra, CancellationToken.None);
            Assert.DoesNotContain(HostNetworkNames.Tap(vm.InstanceName, 1), await ns.LinksAsync(), StringComparison.Ordinal);
            var iso = Path.Combine(dataDir, "rescue.iso");
            await File.WriteAllBytesAsync(iso, new byte[1 << 20]);
            await devices.ChangeIsoAsync(new AttachIsoRequest(vm.InstanceName, "iso-1", iso, true), CancellationToken.None);
            Assert.Contains(iso, await CdromAsync(first, vm.InstanceName), StringComparison.Ordinal);
            await devices.ChangeIsoAsync(new AttachIsoRequest(vm.InstanceName, "iso-1", iso, false), CancellationToken.None);
            Assert.DoesNotContain(iso, await CdromAsync(first, vm.InstanceName), StringComparison.Ordinal);

            // A new agent on the same data folder finds the running QEMU instead of starting another.
            var second = new InstanceManager(dataDir, Accelerator.Tcg, disks, network, TimeSpan.FromSeconds(20));
            await second.RediscoverAsync(CancellationToken.None);
            var state = Assert.Single(second.States());
            Assert.Equal((vm.InstanceName, PowerStates.On), (state.InstanceName, state.PowerState));
            await second.StartAsync(vm, CancellationToken.None);
            Assert.Single(KvmKit.QemuProcesses(dataDir));

            // A snapshot of the running root disk (a QMP backup job), backed up to a file image store.
            var store = Path.Combine(dataDir, "store");
            var snapshot = new SnapshotRequest("5a5a5a5a-0000-4000-8000-000000000001", vm.InstanceName, root, "file://" + store, "snapshots/2/1/snap");
            await new Snapshots(second).TakeAsync(snapshot, CancellationToken.None);
            Snapshots.BackUp(snapshot);
            Assert.True(File.Exists(Path.Combine(store, "snapshots", "2", "1", "snap")));
            Assert.DoesNotContain("backing-filename", await CommandRunner.RunAsync("qemu-img", ["info", "--output=json", Path.Combine(store, "snapshots", "2", "1", "snap")], CancellationToken.None), StringComparison.Ordinal);

            await second.RebootAsync(vm.InstanceName, CancellationToken.None);
            Assert.Contains("boots=2", await KvmKit.WaitForTextAsync(serial, "guest-ready", Boot, occurrences: 2), StringComparison.Ordinal);

            await second.StopAsync(vm.InstanceName, force: false, CancellationToken.None);
            Assert.Contains("guest-poweroff", await File.ReadAllTextAsync(serial), StringComparison.Ordinal);
            Assert.Empty(second.States());
            Assert.Empty(KvmKit.QemuProcesses(dataDir));
            Assert.DoesNotContain(HostNetworkNames.Tap(vm.InstanceName, 0), await ns.LinksAsync(), StringComparison.Ordinal);

            // Reverted to the snapshot (taken after the first boot), the disk counts its second boot again.
            await Snapshots.RestoreAsync(snapshot with { InstanceName = null }, CancellationToken.None);
            await second.StartAsync(vm, CancellationToken.None);
            var reverted = await KvmKit.WaitForTextAsync(serial, "guest-ready", Boot, occurrences: 3);
            Assert.Equal(2, KvmKit.Count(reverted, "boots=2"));
            await second.StopAsync(vm.InstanceName, force: true, CancellationToken.None);
            Snapshots.Delete(snapshot);
            Assert.False(File.Exists(Path.Combine(store, "snapshots", "2", "1", "snap")));
        }
        finally
        {
            foreach (var pid in KvmKit.QemuProcesses(dataDir))
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
            await ns.DisposeAsync();
            Directory.Delete(dataDir, recursive: true);
        }
        await KvmKit.AssertNothingLeftAsync(dataDir, ns.Name);
    }

    /// <summary>What QEMU says about the CD-ROM drive.</summary>
    private static Task<string> CdromAsync(InstanceManager instances, string name) =>
        instances.Get(name).QmpAsync(async q => (await q.ExecuteAsync("query-block", null, CancellationToken.None))!.AsArray()
            .First(b => b!["qdev"]?.GetValue<string>()?.Contains("cdrom", StringComparison.Ordinal) == true)!.ToJsonString(), CancellationToken.None);
}
