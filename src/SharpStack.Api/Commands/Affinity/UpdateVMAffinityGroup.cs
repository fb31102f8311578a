using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Instances;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Affinity;

/// <summary>Replaces a stopped instance's affinity groups (none given: it leaves them all); they apply from its next start.</summary>
[ApiCommand("updateVMAffinityGroup")]
public sealed class UpdateVMAffinityGroup : IAsyncApiCommand
{
    public string EventType => EventTypes.VmAffinityGroupUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("id");
        await GroupsAsync(ctx, vm);
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx);
        var groups = await GroupsAsync(ctx, vm);
        await ctx.Db.AffinityGroupMembers.Where(m => m.VmId == vm.Id).ExecuteDeleteAsync(ctx.Cancellation);
        ctx.Db.AffinityGroupMembers.AddRange(groups.Select(g => new AffinityGroupMember { GroupId = g.Id, VmId = vm.Id }));
        ctx.Event(EventTypes.VmAffinityGroupUpdate, $"Instance {vm.DisplayName} is now in affinity groups {string.Join(", ", groups.Select(g => g.Name))}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static async Task<List<AffinityGroup>> GroupsAsync(CommandContext ctx, VirtualMachine vm)
    {
        if (vm.State != VmState.Stopped)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: stop it to change its affinity groups");
        }
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vm.AccountId, ctx.Cancellation);
        return await AffinityGroupParams.ResolveAsync(ctx.Db, ctx.Params, owner, ctx.Cancellation);
    }
}
