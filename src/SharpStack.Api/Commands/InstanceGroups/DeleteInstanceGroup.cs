using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;

namespace SharpStack.Api.Commands.InstanceGroups;

/// <summary>Deletes a group; its instances stay, in no group.</summary>
[ApiCommand("deleteInstanceGroup")]
public sealed class DeleteInstanceGroup : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<InstanceGroup>("id");
        await ctx.Db.VirtualMachines.Where(v => v.InstanceGroupId == found.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.InstanceGroupId, (long?)null), ctx.Cancellation);
        await ctx.Db.InstanceGroups.Where(g => g.Id == found.Id).ExecuteDeleteAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }
}
