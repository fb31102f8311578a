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

    /// <summary>Users may expunge or recover their instances only when allow.user.expunge.recover.vm says so.</summary>
    public static async Task EnsureMayExpungeOrRecoverAsync(CommandContext ctx, SettingsService settings, string action)
    {
        if (ctx.Caller.IsNormalUser && !await settings.GetBoolAsync(SettingNames.AllowUserExpungeRecoverVm, ctx.Cancellation))
        {
            throw CloudException.PermissionDenied($"Parameter {action} can be passed by Admin only, or when allow.user.expunge.recover.vm is true");
        }
    }
}
