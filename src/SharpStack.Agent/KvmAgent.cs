using SharpStack.Agent.Dispatch;
using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Instances;
using SharpStack.Agent.Network;
using SharpStack.Agent.Networking;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Storage;

namespace SharpStack.Agent;

/// <summary>
/// sharpstack-agent: registers this machine as a KVM host, answers the server's commands and
/// reports the instances it really runs after each registration, when one stops by itself, and
/// every report interval.
/// </summary>
public sealed class KvmAgent
{
    public const string Version = "4.22.0.0";

    private readonly AgentOptions _options;
    private readonly InstanceManager _instances;
    private readonly AgentClient _client;
    private readonly SemaphoreSlim _reportNow = new(0, 1);

    private KvmAgent(AgentOptions options, InstanceManager instances, CommandDispatcher dispatcher, RegisterRequest registration)
    {
        _options = options;
        _instances = instances;
        _client = new AgentClient(options.Server, options.Port, () => registration, dispatcher.HandleAsync, ReportAsync);
        _instances.StoppedByItself += name =>
        {
            Log($"instance {name} stopped by itself");
            RequestReport();
        };
    }

    public static async Task<KvmAgent> CreateAsync(AgentOptions options, IRouterBackend routers, ISecurityGroupBackend securityGroups, CancellationToken ct)
    {
        Directory.CreateDirectory(options.DataDir);
        var probe = new AcceleratorProbe();
        var accelerator = probe.Choose(options.Accel);
        probe.KvmUsable(out var why);
        Log($"accelerator {accelerator.ToString().ToLowerInvariant()} ({why})");
        var facts = HostFacts.Read(options.DataDir, options.IpAddress);
        var network = new TapNetwork(new HostNetworkOptions(options.HostNamespace, options.GuestInterface));
        var disks = new DiskStore();
        var instances = new InstanceManager(options.DataDir, accelerator, disks, network, options.StopTimeout);
        await instances.RediscoverAsync(ct);
        foreach (var found in instances.States())
        {
            Log($"found running instance {found.InstanceName}");
        }
        var dispatcher = new CommandDispatcher(instances, new InstanceDevices(instances, disks, network), new Migrations(instances, facts.IpAddress),
            new Snapshots(instances), routers, securityGroups);
        var registration = new RegisterRequest(AgentProtocol.Version, options.Token, options.LoadAgentId(), options.HostName, "KVM", facts.IpAddress,
            facts.CpuSockets, facts.CpuNumber, facts.CpuSpeedMhz, facts.MemoryBytes, facts.LocalStorageBytes, Version,
            Capabilities(accelerator), options.ClusterId);
        return new KvmAgent(options, instances, dispatcher, registration);
    }

    /// <summary>What the host tells the server it can do, including how it runs guests.</summary>
    public static string Capabilities(Accelerator accelerator) => $"hvm,snapshot,accel={accelerator.ToString().ToLowerInvariant()}";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var reports = Task.Run(() => ReportLoopAsync(ct), CancellationToken.None);
        try
        {
            await _client.RunAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Asked to stop.
        }
        await reports;
        if (_client.Refused is { } refused)
        {
            Console.Error.WriteLine($"registration refused: {refused}");
            return 1;
        }
        return 0;
    }

    private void RequestReport()
    {
        try
        {
            _reportNow.Release();
        }
        catch (SemaphoreFullException)
        {
            // One is already due.
        }
    }

    private async Task ReportLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await _reportNow.WaitAsync(_options.ReportInterval, ct);
                await ReportAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReportAsync(CancellationToken ct)
    {
        if (_client.Connected)
        {
            Log($"registered as host {_client.HostId}; reporting {_instances.States().Count} running instance(s)");
        }
        await _client.TrySendAsync(AgentProtocol.Commands.VmStates, AgentProtocol.ToBody(new VmStatesReport(_instances.States())), ct);
    }

    private static void Log(string message) => Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {message}");
}
