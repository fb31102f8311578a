using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.Infrastructure.Simulator;

[ApiCommand("cleanupSimulatorMock")]
public sealed class CleanupSimulatorMock : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var id = ctx.Params.Long("id") ?? throw CloudException.InvalidParameter("Unable to execute API command cleanupsimulatormock due to missing parameter id");
        var removed = await ctx.Db.SimulatorMocks.Where(m => m.Id == id && !m.Removed).ExecuteUpdateAsync(s => s.SetProperty(m => m.Removed, true), ctx.Cancellation);
        if (removed == 0)
        {
            throw CloudException.InvalidParameter($"No simulator mock with id {id}");
        }
        return new ApiResult.Success();
    }
}
