using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Images;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Isos;

/// <summary>Copies an ISO's ready copy to other zones, as copyTemplate does for templates.</summary>
[ApiCommand("copyIso")]
public sealed class CopyIso(TemplateCopier copier) : IOrchestratedCommand
{
    public string EventType => EventTypes.IsoCopy;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) => CopyTemplate.PrepareAsync(ctx, iso: true);

    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => CopyTemplate.CopyAsync(ctx, copier, iso: true);
}
