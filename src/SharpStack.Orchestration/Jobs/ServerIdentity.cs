namespace SharpStack.Orchestration.Jobs;

/// <summary>This process's row in management_servers, known once registration has run.</summary>
public sealed class ServerIdentity
{
    public long Id { get; set; }
    public Guid Uuid { get; set; }
    public string Name { get; set; } = Environment.MachineName;
}
