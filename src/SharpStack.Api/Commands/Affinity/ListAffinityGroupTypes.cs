using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;

namespace SharpStack.Api.Commands.Affinity;

[ApiCommand("listAffinityGroupTypes")]
public sealed class ListAffinityGroupTypes : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var types = AffinityGroup.Types
            .Where(t => ctx.Params.String("keyword") is not { } keyword || t.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            .Select(t => new ApiObject { { "type", t } })
            .ToList();
        return Task.FromResult<ApiResult>(ApiResult.List(types, types.Count));
    }
}
