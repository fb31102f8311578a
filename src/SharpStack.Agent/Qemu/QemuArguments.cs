using System.Globalization;
using System.Text.Json;
using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Qemu;

/// <summary>A disk as QEMU opens it: the device id it has in the instance and its file on the pool.</summary>
public sealed record QemuDisk(long DeviceId, string File, string Format);

/// <summary>A nic as QEMU plugs it: the tap device it uses.</summary>
public sealed record QemuNic(int DeviceId, string MacAddress, string Tap);

/// <summary>
/// The QEMU command line of an instance. Disks are -blockdev nodes with explicit names (the QMP
/// calls for hot-plug, resize and snapshots name them), virtio disks and nics, taps without vhost
/// (not every host kernel has vhost-net), serial console to a file, VNC and QMP on unix sockets
/// (they work from inside a network namespace).
/// </summary>
public static class QemuArguments
{
    public static IReadOnlyList<string> Build(VmSpec vm, IReadOnlyList<QemuDisk> disks, IReadOnlyList<QemuNic> nics, string? isoFile,
        InstancePaths paths, Accelerator accelerator, string? incoming = null)
    {
        var args = new List<string>
        {
            "-name", $"guest={vm.InstanceName},debug-threads=on",
            "-uuid", vm.Uuid,
            "-nodefaults", "-no-user-config",
            "-machine", "pc",
        };
        args.AddRange(accelerator == Accelerator.Kvm
            ? ["-accel", "kvm", "-cpu", "host"]
            // A 32 MB translation cache keeps each guest's memory near 200 MB instead of 1 GB.
            : ["-accel", "tcg,tb-size=32"]);
        args.AddRange(
        [
            "-smp", Math.Max(1, vm.CpuNumber).ToString(CultureInfo.InvariantCulture),
            "-m", Math.Max(1, vm.MemoryBytes >> 20).ToString(CultureInfo.InvariantCulture),
            "-display", "none",
            "-vga", "std",
            "-vnc", "unix:" + paths.VncSocket,
            "-chardev", $"file,id=serial0,path={paths.SerialLog},append=on",
            "-serial", "chardev:serial0",
            "-qmp", $"unix:{paths.QmpSocket},server=on,wait=off",
        ]);
        foreach (var disk in disks.OrderBy(d => d.DeviceId))
        {
            args.Add("-blockdev");
            args.Add(BlockdevJson(disk));
            args.Add("-device");
            args.Add(DiskDevice(disk.DeviceId, boot: disk.DeviceId == 0));
        }
        // The CD-ROM drive is always there (empty without an ISO), so an ISO can be inserted later.
        var cdrom = $"ide-cd,id={QemuNames.CdromDevice},bus=ide.1,unit=0";
        if (isoFile is not null)
        {
            args.Add("-blockdev");
            args.Add(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["driver"] = "file", ["filename"] = isoFile, ["node-name"] = QemuNames.CdromNode, ["read-only"] = true,
            }));
            cdrom += ",drive=" + QemuNames.CdromNode;
        }
        args.Add("-device");
        args.Add(cdrom);
        foreach (var nic in nics.OrderBy(n => n.DeviceId))
        {
            args.Add("-netdev");
            args.Add(NetdevArgument(nic));
            args.Add("-device");
            args.Add(NicDevice(nic));
        }
        if (incoming is not null)
        {
            args.Add("-incoming");
            args.Add(incoming);
        }
        return args;
    }

    /// <summary>A qcow2 (or raw) node over a file node, both named after the disk's device id.</summary>
    public static string BlockdevJson(QemuDisk disk) => JsonSerializer.Serialize(BlockdevArguments(disk));

    public static Dictionary<string, object> BlockdevArguments(QemuDisk disk) => new()
    {
        ["driver"] = disk.Format,
        ["node-name"] = QemuNames.DiskNode(disk.DeviceId),
        ["file"] = new Dictionary<string, object> { ["driver"] = "file", ["filename"] = disk.File, ["node-name"] = QemuNames.DiskFileNode(disk.DeviceId) },
    };

    public static string DiskDevice(long deviceId, bool boot) =>
        $"virtio-blk-pci,id={QemuNames.DiskDevice(deviceId)},drive={QemuNames.DiskNode(deviceId)},addr={QemuNames.DiskSlot(deviceId)}" + (boot ? ",bootindex=1" : "");

    public static string NetdevArgument(QemuNic nic) => $"tap,id={QemuNames.NetDev(nic.DeviceId)},ifname={nic.Tap},script=no,downscript=no";

    public static string NicDevice(QemuNic nic) => $"virtio-net-pci,id={QemuNames.NicDevice(nic.DeviceId)},netdev={QemuNames.NetDev(nic.DeviceId)},mac={nic.MacAddress},addr={QemuNames.NicSlot(nic.DeviceId)}";
}
