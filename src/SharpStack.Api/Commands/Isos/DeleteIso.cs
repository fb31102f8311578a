using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Isos;

/// <summary>Deletes an ISO's copy in one zone, or every copy; refused (536) while an instance has it attached.</summary>
[ApiCommand("deleteIso")]
public sealed class DeleteIso(Orchestration.Limits.ResourceLimiter limiter, UsageEvents usage) : IAsyncApiCommand
{
    public string EventType => EventTypes.IsoDelete;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => DeleteTemplate.PrepareAsync(ctx, iso: true);

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => DeleteTemplate.DeleteAsync(ctx, limiter, usage, iso: true);
}
