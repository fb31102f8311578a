using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking;

/// <summary>What a host does for the router commands of the agent protocol.</summary>
public interface IRouterBackend
{
    /// <summary>Creates (or finds) the router's namespace and applies its first document.</summary>
    Task StartAsync(StartRouterRequest request, CancellationToken ct);

    /// <summary>Applies a whole document idempotently; one older than the last applied is ignored.</summary>
    Task ApplyAsync(RouterConfig config, CancellationToken ct);

    /// <summary>Stops the router's services and removes its namespace.</summary>
    Task StopAsync(StopRouterRequest request, CancellationToken ct);
}

/// <summary>What a host does for SecurityGroupRulesCmd: filters an instance's nics on the bridge.</summary>
public interface ISecurityGroupBackend
{
    Task ApplyAsync(SecurityGroupRulesRequest request, CancellationToken ct);

    /// <summary>Removes everything the host enforces for the instance (it stopped or left).</summary>
    Task RemoveAsync(string vmName, CancellationToken ct);
}
