using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Instances;

internal static class VmJobs
{
    public static JobTarget Target(VirtualMachine vm) => JobTarget.For("VirtualMachine", vm.Uuid);

    /// <summary>The instance named by the parameter, loaded fresh and tracked inside the job.</summary>
    public static Task<VirtualMachine> LoadAsync(CommandContext ctx, string parameter = "id")
    {
        var id = ctx.Params.RequiredEntity<VirtualMachine>(parameter).Id;
        return ctx.Db.VirtualMachines.FirstAsync(v => v.Id == id, ctx.Cancellation);
    }

    /// <summary>The nic named by nicid, which must be one of the instance's, running or stopped.</summary>
    public static Core.Networks.Nic NicOf(CommandContext ctx, VirtualMachine vm, string action)
    {
        var nic = ctx.Params.RequiredEntity<Core.Networks.Nic>("nicid");
        if (nic.VmId != vm.Id)
        {
            throw CloudException.InvalidParameter($"Nic {nic.Uuid} is not a nic of instance {vm.DisplayName}");
        }
        if (vm.State is not (VmState.Running or VmState.Stopped))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: {action} when it is running or stopped");
        }
        return nic;
    }

    /// <summary>Users may expunge or recover their instances only when allow.user.expunge.recover.vm says so.</summary>
    public static async Task EnsureMayExpungeOrRecoverAsync(CommandContext ctx, SettingsService settings, string action)
    {
        if (ctx.Caller.IsNormalUser && !await settings.GetBoolAsync(SettingNames.AllowUserExpungeRecoverVm, ctx.Cancellation))
        {
            throw CloudException.PermissionDenied($"Parameter {action} can be passed by Admin only, or when allow.user.expunge.recover.vm is true");
        }
    }
}
