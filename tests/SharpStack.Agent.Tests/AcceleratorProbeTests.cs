using SharpStack.Agent.HostProbe;

namespace SharpStack.Agent.Tests;

public sealed class AcceleratorProbeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ss-probe-").FullName;

    private void Host(bool devKvm, bool pvm, string flags)
    {
        Directory.CreateDirectory(Path.Combine(_root, "dev"));
        Directory.CreateDirectory(Path.Combine(_root, "proc"));
        if (devKvm)
        {
            File.WriteAllText(Path.Combine(_root, "dev", "kvm"), "");
        }
        if (pvm)
        {
            Directory.CreateDirectory(Path.Combine(_root, "sys", "module", "kvm_pvm"));
        }
        File.WriteAllText(Path.Combine(_root, "proc", "cpuinfo"), $"processor\t: 0\nflags\t\t: fpu {flags} sse2\n");
    }

    [Fact]
    public void A_host_with_hardware_virtualization_and_dev_kvm_uses_kvm()
    {
        Host(devKvm: true, pvm: false, flags: "vmx");
        Assert.Equal(Accelerator.Kvm, new AcceleratorProbe(_root).Choose("auto"));
    }

    [Theory]
    [InlineData(false, false, "svm", "/dev/kvm is missing")]
    [InlineData(true, true, "vmx", "kvm_pvm")]
    [InlineData(true, false, "lm", "no vmx/svm")]
    public void Without_usable_kvm_guests_run_under_tcg(bool devKvm, bool pvm, string flags, string reason)
    {
        Host(devKvm, pvm, flags);
        var probe = new AcceleratorProbe(_root);
        Assert.Equal(Accelerator.Tcg, probe.Choose("auto"));
        Assert.False(probe.KvmUsable(out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_choice_wins_and_a_bad_one_is_refused()
    {
        Host(devKvm: false, pvm: false, flags: "");
        var probe = new AcceleratorProbe(_root);
        Assert.Equal(Accelerator.Kvm, probe.Choose("kvm"));
        Assert.Equal(Accelerator.Tcg, probe.Choose("tcg"));
        Assert.Throws<ArgumentException>(() => probe.Choose("xen"));
    }

    [Fact]
    public void Capabilities_name_the_accelerator() =>
        Assert.Equal("hvm,snapshot,accel=tcg", KvmAgent.Capabilities(Accelerator.Tcg));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
