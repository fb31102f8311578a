using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Network;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Qemu;
using SharpStack.Agent.Storage;

namespace SharpStack.Agent.Instances;

/// <summary>
/// Starts, stops and reboots instances as QEMU processes and keeps the table of what runs here.
/// The table can be rebuilt from the data folder (pid files, QMP sockets, specs), so a restarted
/// agent finds the QEMUs an earlier run started and reports them instead of starting them twice.
/// </summary>
public sealed class InstanceManager(string dataDir, Accelerator accelerator, DiskStore disks, TapNetwork network, TimeSpan stopTimeout, string qemuBinary = "qemu-system-x86_64")
{
    private readonly ConcurrentDictionary<string, Instance> _instances = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _starting = new(1, 1);

    /// <summary>Raised when an instance stopped without being asked (it powered off, crashed or was killed).</summary>
    public event Action<string>? StoppedByItself;

    public Accelerator Accelerator => accelerator;

    public string DataDir => dataDir;

    public Instance? Find(string name) => _instances.TryGetValue(name, out var instance) && !instance.Qemu.HasExited ? instance : null;

    public Instance Get(string name) => Find(name) ?? throw new HostCommandException($"instance {name} is not running on this host");

    public IReadOnlyList<VmPowerReport> States() =>
        _instances.Values.Where(i => !i.Qemu.HasExited).Select(i => new VmPowerReport(i.Name, i.Spec.Uuid, PowerStates.On)).ToList();

    /// <summary>Adopts the QEMUs a previous run of the agent left running; clears what dead ones left behind.</summary>
    public async Task RediscoverAsync(CancellationToken ct)
    {
        var root = Path.Combine(dataDir, "instances");
        if (!Directory.Exists(root))
        {
            return;
        }
        foreach (var dir in Directory.GetDirectories(root))
        {
            var paths = new InstancePaths(dir);
            var spec = File.Exists(paths.SpecFile) ? JsonSerializer.Deserialize<VmSpec>(await File.ReadAllTextAsync(paths.SpecFile, ct), AgentProtocol.Json) : null;
            var qemu = File.Exists(paths.PidFile) && int.TryParse(await File.ReadAllTextAsync(paths.PidFile, ct), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                ? QemuProcess.Adopt(pid) : null;
            if (spec is null || qemu is null)
            {
                if (spec is not null)
                {
                    await CleanUpAsync(spec, paths, CancellationToken.None);
                }
                continue;
            }
            var instance = new Instance(spec, paths, qemu);
            _instances[spec.InstanceName] = instance;
            Watch(instance);
        }
    }

    public async Task StartAsync(VmSpec spec, CancellationToken ct, string? incoming = null)
    {
        await _starting.WaitAsync(ct);
        try
        {
            if (Find(spec.InstanceName) is not null)
            {
                return;
            }
            var paths = InstancePaths.For(dataDir, spec.InstanceName);
            Directory.CreateDirectory(paths.Directory);
            File.Delete(paths.QmpSocket);
            File.Delete(paths.VncSocket);
            var qemuDisks = new List<QemuDisk>();
            foreach (var disk in spec.Disks)
            {
                qemuDisks.Add(await disks.PrepareAsync(disk, ct));
            }
            var nics = new List<QemuNic>();
            foreach (var nic in spec.Nics)
            {
                nics.Add(new QemuNic(nic.DeviceId, nic.MacAddress, await network.PlugAsync(spec.InstanceName, nic, ct)));
            }
            await File.WriteAllTextAsync(paths.SpecFile, JsonSerializer.Serialize(spec, AgentProtocol.Json), ct);
            var args = QemuArguments.Build(spec, qemuDisks, nics, IsoFile(spec.IsoPath), paths, accelerator, incoming);
            var qemu = QemuProcess.Start(network.NamespacePrefix, qemuBinary, args, paths.QemuLog);
            await File.WriteAllTextAsync(paths.PidFile, qemu.Pid.ToString(CultureInfo.InvariantCulture), ct);
            var instance = new Instance(spec, paths, qemu);
            try
            {
                await WaitForQmpAsync(instance, ct);
            }
            catch
            {
                qemu.Kill();
                await qemu.WaitForExitAsync(CancellationToken.None);
                await CleanUpAsync(spec, paths, CancellationToken.None);
                var log = File.Exists(paths.QemuLog) ? (await File.ReadAllTextAsync(paths.QemuLog, CancellationToken.None)).Trim() : "";
                throw new HostCommandException($"QEMU did not start instance {spec.InstanceName}: {LastLines(log)}");
            }
            _instances[spec.InstanceName] = instance;
            Watch(instance);
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>A clean shutdown (the ACPI power button) unless forced; the instance is killed when it has not gone after the stop timeout.</summary>
    public async Task StopAsync(string name, bool force, CancellationToken ct)
    {
        if (Find(name) is not { } instance)
        {
            return;
        }
        instance.StopRequested = true;
        if (!force)
        {
            try
            {
                await instance.QmpAsync(q => q.ExecuteAsync("system_powerdown", null, ct), ct);
                await instance.Qemu.WaitForExitAsync(ct).WaitAsync(stopTimeout, ct);
            }
            catch (Exception e) when (e is TimeoutException or QmpException or IOException or System.Net.Sockets.SocketException)
            {
                // The guest ignored the button or QMP is gone: fall through to the kill.
            }
        }
        instance.Qemu.Kill();
        await instance.Qemu.WaitForExitAsync(ct).WaitAsync(TimeSpan.FromSeconds(10), ct);
        await ForgetAsync(instance);
    }

    public async Task RebootAsync(string name, CancellationToken ct)
    {
        var instance = Get(name);
        await instance.QmpAsync(q => q.ExecuteAsync("system_reset", null, ct), ct);
    }

    /// <summary>Serializes an operation on a running instance.</summary>
    public async Task<T> WithInstanceAsync<T>(string name, Func<Instance, Task<T>> action, CancellationToken ct)
    {
        var instance = Get(name);
        await instance.Lock.WaitAsync(ct);
        try
        {
            return await action(instance);
        }
        finally
        {
            instance.Lock.Release();
        }
    }

    public static async Task SaveSpecAsync(Instance instance, CancellationToken ct) =>
        await File.WriteAllTextAsync(instance.Paths.SpecFile, JsonSerializer.Serialize(instance.Spec, AgentProtocol.Json), ct);

    /// <summary>Stops every instance: for tests and for draining a host, never on an ordinary agent exit.</summary>
    public async Task StopAllAsync(CancellationToken ct)
    {
        foreach (var name in _instances.Keys.ToList())
        {
            await StopAsync(name, force: true, ct);
        }
    }

    private static string? IsoFile(string? isoPath) =>
        isoPath is null ? null
        : isoPath.Contains("://", StringComparison.Ordinal) ? throw new HostCommandException($"the ISO is at {isoPath}: this agent reads ISOs from file image stores")
        : isoPath;

    private static async Task WaitForQmpAsync(Instance instance, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if (instance.Qemu.HasExited)
            {
                throw new HostCommandException("QEMU exited");
            }
            if (File.Exists(instance.Paths.QmpSocket))
            {
                try
                {
                    await instance.QmpAsync(q => q.ExecuteAsync("query-status", null, ct), ct);
                    return;
                }
                catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException or QmpException)
                {
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new HostCommandException("QMP did not answer");
            }
            await Task.Delay(50, ct);
        }
    }

    private void Watch(Instance instance) => _ = Task.Run(async () =>
    {
        await instance.Qemu.WaitForExitAsync(CancellationToken.None);
        if (_instances.TryGetValue(instance.Name, out var current) && current == instance && !instance.StopRequested)
        {
            await ForgetAsync(instance);
            StoppedByItself?.Invoke(instance.Name);
        }
    });

    private async Task ForgetAsync(Instance instance)
    {
        _instances.TryRemove(new KeyValuePair<string, Instance>(instance.Name, instance));
        await CleanUpAsync(instance.Spec, instance.Paths, CancellationToken.None);
    }

    /// <summary>Removes what a stopped instance leaves: its taps, sockets and pid file (the serial log stays).</summary>
    private async Task CleanUpAsync(VmSpec spec, InstancePaths paths, CancellationToken ct)
    {
        foreach (var nic in spec.Nics)
        {
            await network.UnplugAsync(spec.InstanceName, nic.DeviceId, ct);
        }
        File.Delete(paths.PidFile);
        File.Delete(paths.QmpSocket);
        File.Delete(paths.VncSocket);
    }

    private static string LastLines(string text) => string.Join(" | ", text.Split('\n').TakeLast(5));
}
