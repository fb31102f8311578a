using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Instances;
using SharpStack.Agent.Network;
using SharpStack.Agent.Networking;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Storage;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.Agent.Tests;

/// <summary>
/// Live migration between two agents' instance managers on this machine (each host side in its
/// own namespace, the pool shared): the guest moves and still answers on the destination.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task A_running_guest_moves_to_another_host_on_shared_storage_and_keeps_running()
    {
        var image = await KvmKit.TestImageAsync();
        var dataDir = Directory.CreateTempSubdirectory("ss-migrate-").FullName;
        var sourceNs = await TestNamespace.CreateAsync();
        var destinationNs = await TestNamespace.CreateAsync();
        try
        {
            var pool = Path.Combine(dataDir, "shared-pool");
            var root = new DiskSpec("0b6a5e4e-0000-4000-8000-0000000000a1", 0, "ROOT", 64L << 20, "pool-1", pool, null, image);
            var nic = new NicSpec(0, "02:00:5e:00:00:a1", null, null, null, "vlan://321", true);
            var vm = new VmSpec("i-2-98-VM", "a0a0a0a0-0000-4000-8000-000000000098", 1, 1000, 128L << 20, "Other", [root], [nic], null, false);
            var disks = new DiskStore();
            var source = new InstanceManager(Path.Combine(dataDir, "h1"), Accelerator.Tcg, disks, new TapNetwork(new HostNetworkOptions(sourceNs.Name)), TimeSpan.FromSeconds(20));
            var destinationNetwork = new TapNetwork(new HostNetworkOptions(destinationNs.Name));
            var destination = new InstanceManager(Path.Combine(dataDir, "h2"), Accelerator.Tcg, disks, destinationNetwork, TimeSpan.FromSeconds(20));

            await source.StartAsync(vm, CancellationToken.None);
            await KvmKit.WaitForTextAsync(source.Get(vm.InstanceName).Paths.SerialLog, "guest-ready", TimeSpan.FromSeconds(90));

            // A disk hot-plugged before the move is on the destination's command line: same PCI slot, so the state fits.
            var data = new DiskSpec("0b6a5e4e-0000-4000-8000-0000000000a2", 1, "DATADISK", 32L << 20, "pool-1", pool, null, null);
            await new InstanceDevices(source, disks, new TapNetwork(new HostNetworkOptions(sourceNs.Name))).AttachDiskAsync(vm.InstanceName, data, CancellationToken.None);
            await KvmKit.WaitForTextAsync(source.Get(vm.InstanceName).Paths.SerialLog, "disk-seen vdb", TimeSpan.FromSeconds(30));
            var moving = vm with { Disks = [root, data] };
            await new Migrations(destination, "127.0.0.1").PrepareAsync(moving, CancellationToken.None);
            var started = DateTime.UtcNow;
            await new Migrations(source, "127.0.0.1").MigrateAsync(new MigrateVmRequest(vm.InstanceName, "127.0.0.1", moving), CancellationToken.None);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));

            Assert.Empty(source.States());
            Assert.Equal(PowerStates.On, Assert.Single(destination.States()).PowerState);
            Assert.Single(KvmKit.QemuProcesses(dataDir));
            Assert.DoesNotContain(HostNetworkNames.Tap(vm.InstanceName, 0), await sourceNs.LinksAsync(), StringComparison.Ordinal);
            Assert.Contains(HostNetworkNames.Tap(vm.InstanceName, 0), await destinationNs.LinksAsync(), StringComparison.Ordinal);

            // The guest runs on: it lets the disk go when the destination unplugs it.
            await new InstanceDevices(destination, disks, destinationNetwork).DetachDiskAsync(vm.InstanceName, data, CancellationToken.None);
            await KvmKit.WaitForTextAsync(destination.Get(vm.InstanceName).Paths.SerialLog, "disk-gone vdb", TimeSpan.FromSeconds(30));
            await destination.StopAsync(vm.InstanceName, force: false, CancellationToken.None);
        }
        finally
        {
            foreach (var pid in KvmKit.QemuProcesses(dataDir))
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
            await sourceNs.DisposeAsync();
            await destinationNs.DisposeAsync();
            Directory.Delete(dataDir, recursive: true);
        }
        await KvmKit.AssertNothingLeftAsync(dataDir, sourceNs.Name);
        await KvmKit.AssertNothingLeftAsync(dataDir, destinationNs.Name);
    }
}
