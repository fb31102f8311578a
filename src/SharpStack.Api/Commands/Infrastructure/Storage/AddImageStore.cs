using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

[ApiCommand("addImageStore")]
public sealed class AddImageStore : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var url = ctx.Params.String("url") ?? throw CloudException.InvalidParameter("Unable to execute API command addimagestore due to missing parameter url");
        var store = await ImageStores.AddAsync(ctx, ctx.Params.String("name"), url, ctx.Params.Entity<Zone>("zoneid"), ctx.Params.String("provider")!);
        return ApiResult.Of((await StorageResponses.ImageStoresAsync(ctx.Db, [store], ctx.Cancellation))[0]);
    }
}
