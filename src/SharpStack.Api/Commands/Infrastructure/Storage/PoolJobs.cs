using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

internal static class PoolJobs
{
    public static Task<JobTarget> TargetAsync(CommandContext ctx) =>
        Task.FromResult(JobTarget.For("StoragePool", ctx.Params.RequiredEntity<StoragePool>("id").Uuid));

    public static Task<StoragePool> LoadAsync(CommandContext ctx)
    {
        var id = ctx.Params.RequiredEntity<StoragePool>("id").Id;
        return ctx.Db.StoragePools.FirstAsync(p => p.Id == id, ctx.Cancellation);
    }
}
