using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

/// <summary>Removes an image store from the cloud; its files stay where they are.</summary>
[ApiCommand("deleteImageStore")]
public sealed class DeleteImageStore : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var id = ctx.Params.RequiredEntity<ImageStore>("id").Id;
        var store = await ctx.Db.ImageStores.FirstAsync(s => s.Id == id, ctx.Cancellation);
        var templates = from r in ctx.Db.TemplateStoreRefs
                        join t in ctx.Db.VmTemplates on r.TemplateId equals t.Id
                        where r.ImageStoreId == id && t.Removed == null
                        select r;
        if (await templates.AnyAsync(ctx.Cancellation))
        {
            throw Core.Errors.CloudException.InUse($"Image store {store.Name} still holds templates: delete them first");
        }
        store.Removed = ctx.Now;
        ctx.Event(EventTypes.ImageStoreDelete, $"Successfully deleted image store {store.Name}", "ImageStore", store.Uuid, store.Name);
        return new ApiResult.Success();
    }
}
