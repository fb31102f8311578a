using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Network;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Qemu;
using SharpStack.Agent.Storage;

namespace SharpStack.Agent.Instances;

/// <summary>Hot-plug on running instances over QMP: data disks, nics, the CD-ROM's ISO, disk resize.</summary>
public sealed class InstanceDevices(InstanceManager instances, DiskStore disks, TapNetwork network)
{
    private static readonly TimeSpan UnplugWait = TimeSpan.FromSeconds(15);

    public Task AttachDiskAsync(string name, DiskSpec disk, CancellationToken ct) => instances.WithInstanceAsync(name, async instance =>
    {
        var qemuDisk = await disks.PrepareAsync(disk, ct);
        await instance.QmpAsync(async q =>
        {
            await q.ExecuteAsync("blockdev-add", QemuArguments.BlockdevArguments(qemuDisk), ct);
            try
            {
                return await q.ExecuteAsync("device_add", new Dictionary<string, object>
                {
                    ["driver"] = "virtio-blk-pci", ["id"] = QemuNames.DiskDevice(disk.DeviceId), ["drive"] = QemuNames.DiskNode(disk.DeviceId),
                    ["addr"] = QemuNames.DiskSlot(disk.DeviceId),
                }, ct);
            }
            catch (QmpException)
            {
                await q.ExecuteAsync("blockdev-del", NodeName(QemuNames.DiskNode(disk.DeviceId)), ct);
                throw;
            }
        }, ct);
        instance.Spec = instance.Spec with { Disks = [.. instance.Spec.Disks.Where(d => d.DeviceId != disk.DeviceId), disk] };
        await InstanceManager.SaveSpecAsync(instance, ct);
        return true;
    }, ct);

    /// <summary>Asks the guest to release the disk, waits until it did, then closes the disk's nodes.</summary>
    public Task DetachDiskAsync(string name, DiskSpec disk, CancellationToken ct) => instances.WithInstanceAsync(name, async instance =>
    {
        await instance.QmpAsync(async q =>
        {
            await q.ExecuteAsync("device_del", new { id = QemuNames.DiskDevice(disk.DeviceId) }, ct);
            await RetryUntilGoneAsync(() => q.ExecuteAsync("blockdev-del", NodeName(QemuNames.DiskNode(disk.DeviceId)), ct), $"disk {disk.VolumeUuid}", ct);
            try
            {
                await q.ExecuteAsync("blockdev-del", NodeName(QemuNames.DiskFileNode(disk.DeviceId)), ct);
            }
            catch (QmpException)
            {
                // A file node given inline goes with its format node.
            }
            return true;
        }, ct);
        instance.Spec = instance.Spec with { Disks = [.. instance.Spec.Disks.Where(d => d.DeviceId != disk.DeviceId)] };
        await InstanceManager.SaveSpecAsync(instance, ct);
        return true;
    }, ct);

    public Task PlugNicAsync(string name, NicSpec nic, CancellationToken ct) => instances.WithInstanceAsync(name, async instance =>
    {
        var qemuNic = new QemuNic(nic.DeviceId, nic.MacAddress, await network.PlugAsync(name, nic, ct));
        await instance.QmpAsync(async q =>
        {
            await q.ExecuteAsync("netdev_add", new Dictionary<string, object>
            {
                ["type"] = "tap", ["id"] = QemuNames.NetDev(nic.DeviceId), ["ifname"] = qemuNic.Tap, ["script"] = "no", ["downscript"] = "no",
            }, ct);
            return await q.ExecuteAsync("device_add", new Dictionary<string, object>
            {
                ["driver"] = "virtio-net-pci", ["id"] = QemuNames.NicDevice(nic.DeviceId), ["netdev"] = QemuNames.NetDev(nic.DeviceId), ["mac"] = nic.MacAddress,
                ["addr"] = QemuNames.NicSlot(nic.DeviceId),
            }, ct);
        }, ct);
        instance.Spec = instance.Spec with { Nics = [.. instance.Spec.Nics.Where(n => n.DeviceId != nic.DeviceId), nic] };
        await InstanceManager.SaveSpecAsync(instance, ct);
        return true;
    }, ct);

    public Task UnplugNicAsync(string name, NicSpec nic, CancellationToken ct) => instances.WithInstanceAsync(name, async instance =>
    {
        await instance.QmpAsync(async q =>
        {
            await q.ExecuteAsync("device_del", new { id = QemuNames.NicDevice(nic.DeviceId) }, ct);
            await RetryUntilGoneAsync(() => q.ExecuteAsync("netdev_del", new { id = QemuNames.NetDev(nic.DeviceId) }, ct), $"nic {nic.MacAddress}", ct);
            return true;
        }, ct);
        await network.UnplugAsync(name, nic.DeviceId, ct);
        instance.Spec = instance.Spec with { Nics = [.. instance.Spec.Nics.Where(n => n.DeviceId != nic.DeviceId)] };
        await InstanceManager.SaveSpecAsync(instance, ct);
        return true;
    }, ct);

    public Task ChangeIsoAsync(AttachIsoRequest request, CancellationToken ct) => instances.WithInstanceAsync(request.InstanceName, async instance =>
    {
        if (request.Attach && request.IsoPath.Contains("://", StringComparison.Ordinal))
        {
            throw new HostCommandException($"the ISO is at {request.IsoPath}: this agent reads ISOs from file image stores");
        }
        await instance.QmpAsync(q => request.Attach
            ? q.ExecuteAsync("blockdev-change-medium", new Dictionary<string, object>
            {
                ["id"] = QemuNames.CdromDevice, ["filename"] = request.IsoPath, ["format"] = "raw", ["read-only-mode"] = "read-only",
            }, ct)
            : q.ExecuteAsync("eject", new Dictionary<string, object> { ["id"] = QemuNames.CdromDevice, ["force"] = true }, ct), ct);
        instance.Spec = instance.Spec with { IsoPath = request.Attach ? request.IsoPath : null };
        await InstanceManager.SaveSpecAsync(instance, ct);
        return true;
    }, ct);

    /// <summary>Grows (or shrinks) a volume: block_resize when an instance runs it, qemu-img otherwise.</summary>
    public async Task ResizeAsync(ResizeVolumeRequest request, CancellationToken ct)
    {
        if (request.InstanceName is { } name && instances.Find(name) is not null && instances.Get(name).Spec.Disks.Any(d => d.VolumeUuid == request.Disk.VolumeUuid))
        {
            var deviceId = instances.Get(name).Spec.Disks.First(d => d.VolumeUuid == request.Disk.VolumeUuid).DeviceId;
            await instances.WithInstanceAsync(name, instance => instance.QmpAsync(q => q.ExecuteAsync("block_resize", new Dictionary<string, object>
            {
                ["node-name"] = QemuNames.DiskNode(deviceId), ["size"] = request.NewSizeBytes,
            }, ct), ct), ct);
            return;
        }
        var file = DiskStore.FileOf(request.Disk);
        if (File.Exists(file))
        {
            await QemuImg.ResizeAsync(file, request.NewSizeBytes, request.Shrink, ct);
        }
    }

    private static Dictionary<string, object> NodeName(string node) => new() { ["node-name"] = node };

    /// <summary>device_del only asks the guest; the backend can be removed once the guest let the device go.</summary>
    private static async Task RetryUntilGoneAsync(Func<Task> removeBackend, string what, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + UnplugWait;
        while (true)
        {
            try
            {
                await removeBackend();
                return;
            }
            catch (QmpException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
            catch (QmpException e)
            {
                throw new HostCommandException($"the guest did not release {what}: {e.Message}");
            }
        }
    }
}
