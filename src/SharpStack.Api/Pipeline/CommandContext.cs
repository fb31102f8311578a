using Microsoft.AspNetCore.Http;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Catalog;
using SharpStack.Core.Events;
using SharpStack.Core.Jobs;
using SharpStack.Data;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Pipeline;

/// <summary>Everything a command handler needs for one call.</summary>
public sealed class CommandContext
{
    public required CommandInfo Info { get; init; }
    public required Caller Caller { get; init; }
    public required BoundParameters Params { get; init; }
    public required CloudDbContext Db { get; init; }
    public required EventLog Events { get; init; }
    public required TimeProvider Time { get; init; }
    public CancellationToken Cancellation { get; init; }
    /// <summary>Set when the command runs inside its async job.</summary>
    public AsyncJob? Job { get; init; }
    /// <summary>Set for synchronous calls over HTTP.</summary>
    public HttpContext? Http { get; init; }

    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Who events are recorded for: the caller, or for a call made in or on a project (projectid,
    /// or a project's id) the project's account, so the project's members see them, as upstream.
    /// </summary>
    public EventActor Actor => (Access.ProjectScope.Project(Params) ?? Params.Entity<Core.Projects.Project>("id")) is { } project
        ? new(Caller.User.Id, project.ProjectAccountId, project.DomainId)
        : new(Caller.User.Id, Caller.Account.Id, Caller.Domain.Id);

    /// <summary>Records an event for the caller in the current unit of work.</summary>
    public void Event(string type, string description, string? resourceType = null, Guid? resourceUuid = null, string? resourceName = null, EventLevel level = EventLevel.Info) =>
        Events.Add(Db, Actor, type, description, resourceType, resourceUuid, resourceName, level);
}
