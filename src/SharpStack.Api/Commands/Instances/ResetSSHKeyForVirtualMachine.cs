using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Replaces the SSH key pairs of a stopped instance with key pairs of its owner.</summary>
[ApiCommand("resetSSHKeyForVirtualMachine")]
public sealed class ResetSSHKeyForVirtualMachine : IAsyncApiCommand
{
    public string EventType => EventTypes.VmResetSshKey;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("id");
        await KeysAsync(ctx, vm);
        return VmJobs.Target(vm);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx);
        var keys = await KeysAsync(ctx, vm);
        vm.KeyPairs = string.Join(",", keys.Select(k => k.Name));
        ctx.Event(EventTypes.VmResetSshKey, $"Reset the SSH keys of instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static async Task<List<SshKeyPair>> KeysAsync(CommandContext ctx, VirtualMachine vm)
    {
        if (vm.State != VmState.Stopped)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: stop it to reset its SSH keys");
        }
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vm.AccountId, ctx.Cancellation);
        var keys = await InstanceKeys.ResolveAsync(ctx.Db, owner, ctx.Params, ctx.Cancellation);
        return keys.Count > 0 ? keys : throw CloudException.InvalidParameter("keypair or keypairs is required");
    }
}
