using System.Text.Json;
using Microsoft.Extensions.Logging;
using SharpStack.Agent.Networking.Host;
using SharpStack.Agent.Networking.Processes;
using SharpStack.Agent.Networking.SecurityGroups;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking;

/// <summary>
/// Security groups enforced on the host's bridges per instance nic (its tap,
/// HostNetworkNames.Tap): iptables with br_netfilter and physdev for the stateful rules, an
/// nftables bridge table for MAC/ARP anti-spoofing. Each instance's last rule set is kept in the
/// state directory and the whole host rule set is rebuilt from them; an older sequence is ignored.
/// Needs br_netfilter (built in or loaded): the nftables bridge family alone has no connection
/// tracking on kernels without nf_conntrack_bridge, so without it this backend refuses clearly.
/// </summary>
public sealed partial class LinuxSecurityGroupBackend(HostNetworkOptions options, ILogger<LinuxSecurityGroupBackend> log, ProcessRunner runner)
    : ISecurityGroupBackend
{
    private const string BridgeNfSysctl = "net.bridge.bridge-nf-call-iptables";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly HostCommands host = new(options, runner);

    public LinuxSecurityGroupBackend(HostNetworkOptions options, ILogger<LinuxSecurityGroupBackend> log)
        : this(options, log, new ProcessRunner())
    {
    }

    private string RuleSetDirectory => Path.Combine(options.StateDirectory, "security-groups");

    public async Task ApplyAsync(SecurityGroupRulesRequest request, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var known = Load();
            var previous = known.FirstOrDefault(k => k.VmName == request.VmName);
            if (previous is not null && previous.Sequence > request.Sequence)
            {
                LogIgnored(log, request.VmName, request.Sequence, previous.Sequence);
                return;
            }
            await EnsureBridgeFilteringAsync(ct);
            var next = known.Where(k => k.VmName != request.VmName).Append(request).ToList();
            await LoadRulesAsync(next, ct);
            Directory.CreateDirectory(RuleSetDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            StateFiles.WriteIfChanged(StateFile(request.VmName), JsonSerializer.Serialize(request, Json));
            if (previous is not null)
            {
                await DeleteChainsAsync(SecurityGroupRuleset.Chains(previous).Except(SecurityGroupRuleset.Chains(request)), ct);
            }
            LogApplied(log, request.VmName, request.Sequence);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task RemoveAsync(string vmName, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var known = Load();
            if (known.FirstOrDefault(k => k.VmName == vmName) is not { } previous)
            {
                return;
            }
            await LoadRulesAsync(known.Where(k => k.VmName != vmName).ToList(), ct);
            await DeleteChainsAsync(SecurityGroupRuleset.Chains(previous), ct);
            File.Delete(StateFile(vmName));
            LogRemoved(log, vmName);
        }
        finally
        {
            gate.Release();
        }
    }

    private string StateFile(string vmName) => Path.Combine(RuleSetDirectory, vmName + ".json");

    private List<SecurityGroupRulesRequest> Load() =>
        Directory.Exists(RuleSetDirectory)
            ? Directory.EnumerateFiles(RuleSetDirectory, "*.json")
                .Select(f => JsonSerializer.Deserialize<SecurityGroupRulesRequest>(File.ReadAllText(f), Json)!)
                .ToList()
            : [];

    private async Task LoadRulesAsync(IReadOnlyList<SecurityGroupRulesRequest> instances, CancellationToken ct)
    {
        await host.OnHostAsync(["iptables-restore", "--noflush"], SecurityGroupRuleset.Render(instances), ct: ct);
        List<string> jump = ["FORWARD", "-m", "physdev", "--physdev-is-bridged", "-j", SecurityGroupRuleset.MainChain];
        if (!(await host.OnHostAsync(["iptables", "-C", .. jump], check: false, ct: ct)).Succeeded)
        {
            await host.OnHostAsync(["iptables", "-I", .. jump], ct: ct);
        }
        await host.OnHostAsync(["nft", "-f", "-"], BridgeArpGuard.Render(instances), ct: ct);
    }

    private async Task DeleteChainsAsync(IEnumerable<string> chains, CancellationToken ct)
    {
        foreach (var chain in chains)
        {
            await host.OnHostAsync(["iptables", "-F", chain], check: false, ct: ct);
            await host.OnHostAsync(["iptables", "-X", chain], check: false, ct: ct);
        }
    }

    /// <summary>Bridged IPv4 must pass through iptables (br_netfilter), in the host's namespace only.</summary>
    private async Task EnsureBridgeFilteringAsync(CancellationToken ct)
    {
        var probe = await host.OnHostAsync(["sysctl", "-n", BridgeNfSysctl], check: false, ct: ct);
        if (!probe.Succeeded)
        {
            throw new InvalidOperationException(
                $"security groups need br_netfilter ({BridgeNfSysctl} is missing: {probe.StandardError.Trim()}); load the br_netfilter module on this host");
        }
        if (probe.StandardOutput.Trim() != "1")
        {
            await host.OnHostAsync(["sysctl", "-qw", $"{BridgeNfSysctl}=1"], ct: ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Security groups of {Vm}: sequence {Sequence} is older than the applied {Applied}; ignored")]
    private static partial void LogIgnored(ILogger logger, string vm, long sequence, long applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Security groups of {Vm}: sequence {Sequence} applied")]
    private static partial void LogApplied(ILogger logger, string vm, long sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Security groups of {Vm} removed")]
    private static partial void LogRemoved(ILogger logger, string vm);
}
