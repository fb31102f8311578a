using SharpStack.Agent.Protocol;
using SharpStack.Agent.Qemu;

namespace SharpStack.Agent.Instances;

/// <summary>An instance running on this host: its QEMU, its files and the spec it was started with.</summary>
public sealed class Instance(VmSpec spec, InstancePaths paths, QemuProcess qemu)
{
    public VmSpec Spec { get; set; } = spec;
    public InstancePaths Paths { get; } = paths;
    public QemuProcess Qemu { get; } = qemu;

    /// <summary>Serializes the operations on this instance (QMP takes one client at a time).</summary>
    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>Set when the server asked for the stop, so its exit is not reported as drift.</summary>
    public bool StopRequested { get; set; }

    public string Name => Spec.InstanceName;

    public async Task<T> QmpAsync<T>(Func<QmpClient, Task<T>> action, CancellationToken ct)
    {
        await using var qmp = await QmpClient.ConnectAsync(Paths.QmpSocket, ct);
        return await action(qmp);
    }
}
