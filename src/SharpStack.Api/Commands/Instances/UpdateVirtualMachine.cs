using System.Text.Json;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Changes an instance's names, group, HA flag, guest OS, user data, visibility and details; the host name and user data only while it is stopped, as upstream.</summary>
[ApiCommand("updateVirtualMachine")]
public sealed class UpdateVirtualMachine : IApiCommand
{
    private static readonly string[] Unsupported = ["dhcpoptionsnetworklist", "extraconfig", "userdataid", "instancename", "leaseduration", "leaseexpiryaction"];

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (Unsupported.FirstOrDefault(p.Has) is { } unsupported)
        {
            throw CloudException.InvalidParameter($"Parameter {unsupported} is not supported yet");
        }
        var vm = await VmJobs.LoadAsync(ctx);
        if (vm.State is VmState.Destroyed or VmState.Expunging)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: it cannot be changed");
        }
        if (p.String("name") is { } name && name != vm.Name)
        {
            InstanceNames.ValidateHostName(name);
            RequireStopped(vm, "its host name");
            vm.Name = name;
        }
        if (p.String("userdata") is { } userData)
        {
            RequireStopped(vm, "its user data");
            vm.UserData = InstanceUserData.Validate(userData);
        }
        if (p.String("displayname") is { } displayName)
        {
            vm.DisplayName = displayName;
        }
        if (p.Has("group"))
        {
            var owner = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(ctx.Db.Accounts, a => a.Id == vm.AccountId, ctx.Cancellation);
            vm.InstanceGroupId = string.IsNullOrEmpty(p.String("group")) ? null : (await InstanceGroups.InstanceGroupStore.EnsureAsync(ctx.Db, owner, p.String("group")!, ctx.Now, ctx.Cancellation)).Id;
        }
        if (p.Has("securitygroupids") || p.Has("securitygroupnames"))
        {
            RequireStopped(vm, "its security groups");
            await InstanceSecurityGroups.UpdateAsync(ctx, vm);
        }
        if (p.Bool("haenable") is { } ha)
        {
            vm.HaEnabled = ha;
        }
        if (p.Entity<Core.Compute.GuestOs>("ostypeid") is { } os)
        {
            vm.GuestOsId = os.Id;
        }
        if (p.Bool("displayvm") is { } display)
        {
            if (ctx.Caller.IsNormalUser)
            {
                throw CloudException.PermissionDenied("Only an admin may change displayvm");
            }
            vm.DisplayVm = display;
        }
        if (p.Flag("cleanupdetails"))
        {
            vm.Details = null;
        }
        else if (p.Has("details"))
        {
            var details = p.KeyValueMap("details").ToDictionary(d => d.Key, d => d.Value);
            vm.Details = details.Count == 0 ? null : JsonSerializer.Serialize(details);
        }
        ctx.Event(EventTypes.VmUpdate, $"Updated instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static void RequireStopped(VirtualMachine vm, string what)
    {
        if (vm.State != VmState.Stopped)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: stop it to change {what}");
        }
    }
}
