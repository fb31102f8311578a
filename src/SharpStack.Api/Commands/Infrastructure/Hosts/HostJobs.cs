using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Infrastructure.Hosts;

internal static class HostJobs
{
    public static Task<JobTarget> TargetAsync(CommandContext ctx) =>
        Task.FromResult(JobTarget.For("Host", ctx.Params.RequiredEntity<Host>("id").Uuid));

    public static Task<Host> LoadAsync(CommandContext ctx)
    {
        var id = ctx.Params.RequiredEntity<Host>("id").Id;
        return ctx.Db.Hosts.FirstAsync(h => h.Id == id, ctx.Cancellation);
    }
}
