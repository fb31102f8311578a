using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.SecurityGroups;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Instances;

/// <summary>An instance's security groups: chosen at deployment (the owner's default group when none is named) and changed while it is stopped.</summary>
internal static class InstanceSecurityGroups
{
    /// <summary>The groups a new instance joins, or null when none of its networks uses security groups (then naming groups is refused).</summary>
    public static async Task<List<SecurityGroup>?> ForDeployAsync(CommandContext ctx, IReadOnlyList<Network> networks, Account owner)
    {
        var named = await SecurityGroupParams.ForInstanceAsync(ctx.Db, ctx.Params, owner, ctx.Cancellation);
        if (!await SecurityGroupMembership.AnySecurityGroupNetworkAsync(ctx.Db, networks, ctx.Cancellation))
        {
            return ctx.Params.Has("securitygroupids") || ctx.Params.Has("securitygroupnames")
                ? throw CloudException.InvalidParameter("Can't create vm with security groups; security group feature is not enabled in the zone or network")
                : null;
        }
        return named.Count > 0 ? named : [await SecurityGroupMembership.EnsureDefaultAsync(ctx.Db, owner, ctx.Now, ctx.Cancellation)];
    }

    /// <summary>Replaces a stopped instance's groups with those named; its host is told them when it next starts.</summary>
    public static async Task UpdateAsync(CommandContext ctx, VirtualMachine vm)
    {
        var networks = await ctx.Db.Nics.AsNoTracking().Where(n => n.VmId == vm.Id)
            .Join(ctx.Db.Networks.AsNoTracking(), n => n.NetworkId, n => n.Id, (_, network) => network).ToListAsync(ctx.Cancellation);
        if (!await SecurityGroupMembership.AnySecurityGroupNetworkAsync(ctx.Db, networks, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Security group feature is not supported for instance {vm.DisplayName}: none of its networks uses security groups");
        }
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vm.AccountId, ctx.Cancellation);
        var groups = await SecurityGroupParams.ForInstanceAsync(ctx.Db, ctx.Params, owner, ctx.Cancellation);
        await SecurityGroupMembership.SetGroupsAsync(ctx.Db, vm.Id, groups, ctx.Cancellation);
        ctx.Event(EventTypes.SecurityGroupAssign, $"Instance {vm.DisplayName} is now in security groups {string.Join(", ", groups.Select(g => g.Name))}", "VirtualMachine", vm.Uuid, vm.DisplayName);
    }
}
