using System.Collections.Concurrent;
using System.Text.Json;
using SharpStack.Agent.Protocol;

namespace SharpStack.Orchestration.Agents;

/// <summary>The agent connections this server holds, by host id; commands to a host go through here.</summary>
public sealed class AgentRegistry
{
    private readonly ConcurrentDictionary<long, AgentChannel> _channels = new();

    public int Count => _channels.Count;

    public void Attach(long hostId, AgentChannel channel) => _channels[hostId] = channel;

    public void Detach(long hostId, AgentChannel channel) => _channels.TryRemove(new KeyValuePair<long, AgentChannel>(hostId, channel));

    public bool IsConnected(long hostId) => _channels.ContainsKey(hostId);

    /// <summary>Sends a command to a host's agent and waits for its answer.</summary>
    public async Task<AgentMessage> SendAsync(long hostId, string command, JsonElement body, TimeSpan timeout, CancellationToken ct)
    {
        if (!_channels.TryGetValue(hostId, out var channel))
        {
            throw new IOException($"host {hostId} has no agent connected to this server");
        }
        return await channel.SendAsync(command, body, timeout, ct);
    }
}
