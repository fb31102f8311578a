using System.Text.Json;
using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Qemu;

namespace SharpStack.Agent.Tests;

public sealed class QemuArgumentsTests
{
    private static readonly VmSpec Vm = new("i-2-7-VM", "5b3c7f0e-1111-2222-3333-444455556666", 2, 1000, 128L << 20, "Other", [], [], null, false);
    private static readonly InstancePaths Paths = new("/var/lib/sharpstack-agent/instances/i-2-7-VM");

    private static string After(IReadOnlyList<string> args, string option, int occurrence = 0) =>
        args.Select((a, i) => (a, i)).Where(x => x.a == option).Select(x => args[x.i + 1]).ElementAt(occurrence);

    [Fact]
    public void Tcg_guests_get_a_small_translation_cache_and_the_offering_cpu_and_memory()
    {
        var args = QemuArguments.Build(Vm, [], [], null, Paths, Accelerator.Tcg);
        Assert.Equal("tcg,tb-size=32", After(args, "-accel"));
        Assert.Equal("2", After(args, "-smp"));
        Assert.Equal("128", After(args, "-m"));
        Assert.DoesNotContain("-daemonize", args);
        Assert.Equal("kvm", After(QemuArguments.Build(Vm, [], [], null, Paths, Accelerator.Kvm), "-accel"));
    }

    [Fact]
    public void Qmp_vnc_and_the_serial_log_live_in_the_instance_folder()
    {
        var args = QemuArguments.Build(Vm, [], [], null, Paths, Accelerator.Tcg);
        Assert.Equal($"unix:{Paths.QmpSocket},server=on,wait=off", After(args, "-qmp"));
        Assert.Equal($"unix:{Paths.VncSocket}", After(args, "-vnc"));
        Assert.Contains($"path={Paths.SerialLog},append=on", After(args, "-chardev"), StringComparison.Ordinal);
    }

    [Fact]
    public void Disks_are_named_blockdev_nodes_on_virtio_and_the_root_disk_boots()
    {
        var args = QemuArguments.Build(Vm, [new QemuDisk(1, "/pool/data,odd", "qcow2"), new QemuDisk(0, "/pool/root", "qcow2")], [], null, Paths, Accelerator.Tcg);
        using var root = JsonDocument.Parse(After(args, "-blockdev", 0));
        Assert.Equal("drive-0", root.RootElement.GetProperty("node-name").GetString());
        Assert.Equal("/pool/root", root.RootElement.GetProperty("file").GetProperty("filename").GetString());
        using var data = JsonDocument.Parse(After(args, "-blockdev", 1));
        Assert.Equal("/pool/data,odd", data.RootElement.GetProperty("file").GetProperty("filename").GetString());
        Assert.Equal("virtio-blk-pci,id=disk-0,drive=drive-0,addr=0x8,bootindex=1", After(args, "-device", 0));
        Assert.Equal("virtio-blk-pci,id=disk-1,drive=drive-1,addr=0x9", After(args, "-device", 1));
    }

    [Fact]
    public void Nics_are_virtio_on_their_taps_without_vhost()
    {
        var args = QemuArguments.Build(Vm, [], [new QemuNic(0, "02:00:11:22:33:44", "ssabcdef01n0")], null, Paths, Accelerator.Tcg);
        Assert.Equal("tap,id=net-0,ifname=ssabcdef01n0,script=no,downscript=no", After(args, "-netdev"));
        Assert.Contains("virtio-net-pci,id=nic-0,netdev=net-0,mac=02:00:11:22:33:44,addr=0x3", args);
        Assert.DoesNotContain(args, a => a.Contains("vhost", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cdrom_is_always_there_and_holds_the_iso_when_given()
    {
        Assert.Contains("ide-cd,id=cdrom,bus=ide.1,unit=0", QemuArguments.Build(Vm, [], [], null, Paths, Accelerator.Tcg));
        var args = QemuArguments.Build(Vm, [], [], "/images/rescue.iso", Paths, Accelerator.Tcg);
        Assert.Contains("ide-cd,id=cdrom,bus=ide.1,unit=0,drive=iso", args);
        Assert.Contains("/images/rescue.iso", After(args, "-blockdev"), StringComparison.Ordinal);
        Assert.Equal("tcp:127.0.0.1:4444", After(QemuArguments.Build(Vm, [], [], null, Paths, Accelerator.Tcg, "tcp:127.0.0.1:4444"), "-incoming"));
    }
}
