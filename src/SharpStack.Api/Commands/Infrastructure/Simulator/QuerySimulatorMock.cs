using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.Infrastructure.Simulator;

[ApiCommand("querySimulatorMock", ObjectName = "simulatormock")]
public sealed class QuerySimulatorMock : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var id = ctx.Params.Long("id") ?? throw CloudException.InvalidParameter("Unable to execute API command querysimulatormock due to missing parameter id");
        var mock = await ctx.Db.SimulatorMocks.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && !m.Removed, ctx.Cancellation)
                   ?? throw CloudException.InvalidParameter($"No simulator mock with id {id}");
        return ApiResult.Of(await MockResponses.ToResponseAsync(ctx.Db, mock, ctx.Cancellation));
    }
}
