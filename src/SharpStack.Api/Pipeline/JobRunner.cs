using SharpStack.Orchestration.Security;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Api.Auth;
using SharpStack.Api.Binding;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Events;
using SharpStack.Core.Jobs;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.Api.Pipeline;

/// <summary>Replays a queued command inside its job: same caller, same parameters, validated again.</summary>
public sealed class JobRunner(
    IServiceScopeFactory scopes,
    CommandRegistry registry,
    ParameterBinder binder,
    CommandExecutor executor,
    SecretProtector secrets,
    EventLog events,
    TimeProvider time) : IJobRunner
{
    public async Task<JobOutcome> RunAsync(AsyncJob job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var registration = registry.Find(job.Command);
        var caller = await IdentityCache.LoadCallerAsync(db, job.UserId, includeRemoved: true, ct);
        if (registration is null || caller is null)
        {
            return Failure(ApiErrorCode.InternalError, $"Job command {job.Command} can no longer run: its command or its caller is gone");
        }
        try
        {
            var raw = job.Parameters;
            if (registration.Info.RequestHasSensitiveInfo)
            {
                raw = secrets.Unprotect(JsonSerializer.Deserialize<string>(raw)!);
            }
            var parameters = RequestParameters.From(JsonSerializer.Deserialize<Dictionary<string, string>>(raw) ?? []);
            var bound = await binder.BindAsync(registration.Info, parameters, caller, db, ct);
            var ctx = new CommandContext
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
            var handler = (IApiCommand)scope.ServiceProvider.GetRequiredService(registration.Handler);
            var result = await executor.ExecuteAsync(handler, ctx);
            var jobResult = result switch
            {
                ApiResult.Single single => new ApiObject { { registration.Info.ResponseObject ?? "object", single.Value } },
                _ => ResponseWriter.Envelope(result, registration.Info.ResponseObject),
            };
            return new JobOutcome(JobStatus.Succeeded, 0, ResponseWriter.ToJson(jobResult));
        }
        catch (CloudException e)
        {
            var handler = (IAsyncApiCommand)scope.ServiceProvider.GetRequiredService(registration.Handler);
            await RecordFailureAsync(db, caller, job, handler.EventType, e.Message, ct);
            return Failure(e.Code, e.Message);
        }
    }

    private async Task RecordFailureAsync(CloudDbContext db, Access.Caller caller, AsyncJob job, string eventType, string message, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        events.Add(db, new EventActor(caller.User.Id, caller.Account.Id, caller.Domain.Id), eventType,
            $"Job {job.Uuid} ({job.Command}) failed: {message}", job.InstanceType, job.InstanceUuid, level: EventLevel.Error);
        await db.SaveChangesAsync(ct);
    }

    private static JobOutcome Failure(ApiErrorCode code, string text) =>
        new(JobStatus.Failed, (int)code, ResponseWriter.ToJson(ErrorResponses.JobFailure(code, text)));
}
