namespace SharpStack.Orchestration.Agents;

public sealed class AgentServerOptions
{
    /// <summary>Where agents dial in; 0 picks a free port (tests), a negative value turns the listener off.</summary>
    public int Port { get; set; } = SharpStack.Agent.Protocol.AgentProtocol.DefaultPort;

    public string Address { get; set; } = "127.0.0.1";
}
