namespace SharpStack.Agent.Qemu;

/// <summary>
/// Where an instance's runtime files live: DATADIR/instances/NAME/. The pid file and the QMP socket
/// let a restarted agent find the QEMUs it started; the serial log outlives the instance's runs.
/// </summary>
public sealed record InstancePaths(string Directory)
{
    public static InstancePaths For(string dataDir, string instanceName) => new(Path.Combine(dataDir, "instances", instanceName));

    public string PidFile => Path.Combine(Directory, "qemu.pid");
    public string QmpSocket => Path.Combine(Directory, "qmp.sock");
    public string VncSocket => Path.Combine(Directory, "vnc.sock");
    public string SerialLog => Path.Combine(Directory, "serial.log");
    public string QemuLog => Path.Combine(Directory, "qemu.log");

    /// <summary>Where an incoming migration's QEMU listens, and where an outgoing one sends (the agent relays both over TCP).</summary>
    public string MigrationIn => Path.Combine(Directory, "migrate-in.sock");
    public string MigrationOut => Path.Combine(Directory, "migrate-out.sock");

    /// <summary>The instance's spec as last started, so a restarted agent knows its nics and disks.</summary>
    public string SpecFile => Path.Combine(Directory, "spec.json");
}
