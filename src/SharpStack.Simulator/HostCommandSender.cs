using Microsoft.Extensions.DependencyInjection;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Agents;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Simulator;

/// <summary>
/// Delivers host commands. A Simulator host first applies its configureSimulator mocks (delay,
/// failure), as upstream's simulator does; then the command goes to the host's agent when one is
/// connected, and an in-process simulated host simply succeeds.
/// </summary>
public sealed class HostCommandSender(IServiceScopeFactory scopes, AgentRegistry agents, SettingsService settings, TimeProvider time) : IHostCommandSender
{
    public async Task<HostAnswer> SendAsync<T>(Host host, string command, T body, CancellationToken ct)
    {
        if (host.Hypervisor == HypervisorType.Simulator)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
            if (!await SimulatorMocks.ExecuteAsync(db, command, host, time, ct))
            {
                return HostAnswer.Failure($"{command} failed on host {host.Name} (simulated failure)");
            }
            if (host.AgentId is null)
            {
                return HostAnswer.Success;
            }
        }
        if (!agents.IsConnected(host.Id))
        {
            return HostAnswer.Failure($"Host {host.Name} has no agent connected to this management server");
        }
        var timeout = TimeSpan.FromSeconds(Math.Max(1, await settings.GetLongAsync(SettingNames.Wait, ct)));
        try
        {
            var answer = await agents.SendAsync(host.Id, command, AgentProtocol.ToBody(body), timeout, ct);
            return answer.Ok ? HostAnswer.Success : HostAnswer.Failure(answer.Error ?? $"{command} failed on host {host.Name}");
        }
        catch (Exception e) when (e is IOException or TimeoutException)
        {
            return HostAnswer.Failure($"{command} to host {host.Name} got no answer: {e.Message}");
        }
    }
}
