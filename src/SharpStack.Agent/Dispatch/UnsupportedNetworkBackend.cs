using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Networking;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Dispatch;

/// <summary>
/// Stands in for the router and security group backends until a host has them: every command
/// fails with a clear message (Program.cs is where the real ones are plugged in).
/// </summary>
public sealed class UnsupportedNetworkBackend : IRouterBackend, ISecurityGroupBackend
{
    private static HostCommandException NotYet(string what) => new($"{what} is not supported on this host yet");

    public Task StartAsync(StartRouterRequest request, CancellationToken ct) => throw NotYet("running virtual routers");

    public Task ApplyAsync(RouterConfig config, CancellationToken ct) => throw NotYet("running virtual routers");

    public Task StopAsync(StopRouterRequest request, CancellationToken ct) => throw NotYet("running virtual routers");

    public Task ApplyAsync(SecurityGroupRulesRequest request, CancellationToken ct) => throw NotYet("enforcing security groups");

    public Task RemoveAsync(string vmName, CancellationToken ct) => Task.CompletedTask;
}
