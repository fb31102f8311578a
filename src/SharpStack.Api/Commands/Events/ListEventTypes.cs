using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Events;

[ApiCommand("listEventTypes")]
public sealed class ListEventTypes : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) =>
        Task.FromResult(ApiResult.List(EventTypes.All.Select(t => new ApiObject { { "name", t } }).ToList(), EventTypes.All.Count));
}
