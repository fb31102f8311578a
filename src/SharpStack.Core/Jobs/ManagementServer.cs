namespace SharpStack.Core.Jobs;

/// <summary>One management server process sharing the database; peers find dead ones by their heartbeat.</summary>
public sealed class ManagementServer
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string Version { get; set; }
    public ManagementServerState State { get; set; }
    public DateTime Started { get; set; }
    public DateTime LastHeartbeat { get; set; }
}

public enum ManagementServerState
{
    Up,
    Down,
}
