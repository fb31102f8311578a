using SharpStack.Core.Events;
using SharpStack.Data;

namespace SharpStack.Orchestration.Events;

/// <summary>Who an event is recorded for.</summary>
public readonly record struct EventActor(long UserId, long AccountId, long DomainId);

/// <summary>Adds event rows to the caller's unit of work, so an event lands exactly when its change does.</summary>
public sealed class EventLog(TimeProvider time)
{
    public EventRecord Add(
        CloudDbContext db,
        EventActor actor,
        string type,
        string description,
        string? resourceType = null,
        Guid? resourceUuid = null,
        string? resourceName = null,
        EventLevel level = EventLevel.Info,
        EventState state = EventState.Completed)
    {
        var record = new EventRecord
        {
            Type = type,
            Description = description.Length > 4096 ? description[..4096] : description,
            UserId = actor.UserId,
            AccountId = actor.AccountId,
            DomainId = actor.DomainId,
            ResourceType = resourceType,
            ResourceUuid = resourceUuid,
            ResourceName = resourceName,
            Level = level,
            State = state,
            Created = time.GetUtcNow().UtcDateTime,
        };
        db.Events.Add(record);
        return record;
    }
}
