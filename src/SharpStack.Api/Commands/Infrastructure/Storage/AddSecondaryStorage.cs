using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

/// <summary>The older form of addImageStore: an NFS store by URL.</summary>
[ApiCommand("addSecondaryStorage")]
public sealed class AddSecondaryStorage : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var store = await ImageStores.AddAsync(ctx, null, ctx.Params.String("url")!, ctx.Params.Entity<Zone>("zoneid"), "NFS");
        return ApiResult.Of((await StorageResponses.ImageStoresAsync(ctx.Db, [store], ctx.Cancellation))[0]);
    }
}
