namespace SharpStack.Agent.Protocol;

/// <summary>
/// The first request of every connection. The token is a zone's or a cluster's registration token;
/// with a zone token the agent names its cluster. AgentId is stable across restarts, so a
/// reconnecting agent finds its host again.
/// </summary>
public sealed record RegisterRequest(
    int ProtocolVersion,
    string Token,
    string AgentId,
    string HostName,
    string Hypervisor,
    string IpAddress,
    int CpuSockets,
    int CpuNumber,
    long CpuSpeedMhz,
    long MemoryBytes,
    long LocalStorageBytes,
    string Version,
    string Capabilities,
    string? ClusterId = null);

/// <param name="HostId">The host's uuid in the cloud.</param>
public sealed record RegisterResponse(string HostId, int PingIntervalSeconds);

public sealed record PingRequest(long Sequence);

public sealed record PingResponse(long ServerTimeUnixMs);
