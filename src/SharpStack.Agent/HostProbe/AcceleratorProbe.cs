namespace SharpStack.Agent.HostProbe;

public enum Accelerator
{
    Kvm,
    Tcg,
}

/// <summary>
/// Whether QEMU may use KVM here. /dev/kvm is not enough: under a software hypervisor (the kvm_pvm
/// module) or without the vmx/svm CPU flag stock guest kernels abort or crawl under KVM, so those
/// hosts run guests under TCG (QEMU's emulation) and say so in their capabilities.
/// </summary>
public sealed class AcceleratorProbe(string root = "/")
{
    public Accelerator Choose(string requested) => requested switch
    {
        "kvm" => Accelerator.Kvm,
        "tcg" => Accelerator.Tcg,
        "auto" => KvmUsable(out _) ? Accelerator.Kvm : Accelerator.Tcg,
        _ => throw new ArgumentException($"--accel must be auto, kvm or tcg, not {requested}"),
    };

    /// <summary>True when /dev/kvm exists, the CPU has hardware virtualization and no software hypervisor sits beneath.</summary>
    public bool KvmUsable(out string why)
    {
        if (!File.Exists(Path.Combine(root, "dev/kvm")))
        {
            why = "/dev/kvm is missing";
            return false;
        }
        if (Directory.Exists(Path.Combine(root, "sys/module/kvm_pvm")))
        {
            why = "KVM is provided by kvm_pvm, a software hypervisor stock guest kernels cannot run on";
            return false;
        }
        var cpuinfo = Path.Combine(root, "proc/cpuinfo");
        var flags = File.Exists(cpuinfo)
            ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal)) ?? ""
            : "";
        var words = flags.Split([' ', '\t', ':'], StringSplitOptions.RemoveEmptyEntries);
        if (!words.Contains("vmx") && !words.Contains("svm"))
        {
            why = "the CPU has no vmx/svm flag";
            return false;
        }
        why = "KVM is usable";
        return true;
    }
}
