namespace SharpStack.Core.Events;

public sealed class EventRecord
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Type { get; set; }
    public EventState State { get; set; } = EventState.Completed;
    public EventLevel Level { get; set; } = EventLevel.Info;
    public required string Description { get; set; }
    public long UserId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public string? ResourceType { get; set; }
    public Guid? ResourceUuid { get; set; }
    public string? ResourceName { get; set; }
    public long? StartId { get; set; }
    public bool Archived { get; set; }
    public DateTime Created { get; set; }
}

public enum EventState
{
    Created,
    Scheduled,
    Started,
    Completed,
}

public enum EventLevel
{
    Info,
    Warn,
    Error,
}
