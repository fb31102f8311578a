using SharpStack.Agent.Networking.Host;
using SharpStack.Agent.Networking.Processes;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>Loads the router's rule set with iptables-restore inside its namespace (each table replaced in one commit), when it changed.</summary>
public sealed class RouterFirewallService(ProcessRunner runner)
{
    /// <param name="force">The namespace is new: its tables are empty whatever the state file says.</param>
    public async Task<bool> ApplyAsync(RouterConfig config, RouterPaths paths, bool force, CancellationToken ct)
    {
        var rules = RouterFirewall.Render(config);
        if (!force && File.Exists(paths.Firewall) && File.ReadAllText(paths.Firewall) == rules)
        {
            return false;
        }
        await runner.RunAsync(["iptables-restore"], HostNetworkNames.RouterNamespace(config.RouterName), rules, ct: ct);
        StateFiles.WriteIfChanged(paths.Firewall, rules);
        return true;
    }
}
