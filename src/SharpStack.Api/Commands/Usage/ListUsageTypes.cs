using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Usage;

namespace SharpStack.Api.Commands.Usage;

[ApiCommand("listUsageTypes")]
public sealed class ListUsageTypes : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var types = UsageTypes.All
            .Select(t => new ApiObject { { "id", t.Id }, { "name", t.Name }, { "description", t.Description } })
            .ToList();
        return Task.FromResult(ApiResult.List(types, types.Count));
    }
}
