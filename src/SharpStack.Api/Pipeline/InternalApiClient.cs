using Microsoft.Extensions.DependencyInjection;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Jobs;
using SharpStack.Data;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Pipeline;

/// <summary>
/// Runs API commands inside the server as a given caller, through the same binding, validation and
/// handlers as HTTP requests; async commands run to completion before the call returns. Used to
/// build the demo zone and to apply declarative zone files.
/// </summary>
public sealed class InternalApiClient(
    IServiceScopeFactory scopes,
    CommandRegistry registry,
    ParameterBinder binder,
    CommandExecutor executor,
    EventLog events,
    TimeProvider time)
{
    public async Task<ApiObject> CallAsync(Caller caller, string command, IReadOnlyDictionary<string, string> args, CancellationToken ct)
    {
        var registration = registry.Find(command) ?? throw CloudException.InvalidParameter($"Unknown command {command}");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var bound = await binder.BindAsync(registration.Info, RequestParameters.From(args), caller, db, ct);
        var handler = (IApiCommand)scope.ServiceProvider.GetRequiredService(registration.Handler);
        AsyncJob? job = null;
        if (handler is IAsyncApiCommand asyncHandler)
        {
            var prepare = Context(registration, caller, bound, db, null, ct);
            var target = await executor.PrepareAsync(asyncHandler, prepare);
            await db.SaveChangesAsync(ct);
            job = new AsyncJob { Command = registration.Info.Name, Parameters = "{}", InstanceType = target.InstanceType, InstanceUuid = target.InstanceUuid };
        }
        var result = await executor.ExecuteAsync(handler, Context(registration, caller, bound, db, job, ct));
        return ResponseWriter.Envelope(result, registration.Info.ResponseObject);
    }

    private CommandContext Context(CommandRegistry.Registration registration, Caller caller, BoundParameters bound, CloudDbContext db, AsyncJob? job, CancellationToken ct) => new()
    {
        Info = registration.Info,
        Caller = caller,
        Params = bound,
        Db = db,
        Events = events,
        Time = time,
        Cancellation = ct,
        Job = job,
    };
}
