using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.SecurityGroups;

internal static class SecurityGroupParams
{
    /// <summary>The group a command names by id, or by name of the caller's (or the named account's) groups; one of them, not both.</summary>
    public static async Task<SecurityGroup> FindAsync(CommandContext ctx, string idParam, string nameParam)
    {
        var byId = ctx.Params.Entity<SecurityGroup>(idParam);
        var name = ctx.Params.String(nameParam);
        if (byId is not null && name is not null)
        {
            throw CloudException.InvalidParameter($"{idParam} and {nameParam} parameters are mutually exclusive");
        }
        if (byId is not null)
        {
            return byId;
        }
        if (name is null)
        {
            throw CloudException.InvalidParameter($"Either {idParam} or {nameParam} is required");
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        return await ctx.Db.SecurityGroups.AsNoTracking().FirstOrDefaultAsync(g => g.AccountId == owner.Id && g.Name == name, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"Unable to find security group {name} of account {owner.Name}");
    }

    /// <summary>An instance's groups named by securitygroupids or securitygroupnames (not both), all of the instance's owner; empty when neither is given.</summary>
    public static async Task<List<SecurityGroup>> ForInstanceAsync(CloudDbContext db, BoundParameters p, Account owner, CancellationToken ct)
    {
        var byId = p.EntityList<SecurityGroup>("securitygroupids");
        var names = p.StringList("securitygroupnames");
        if (byId.Count > 0 && names.Count > 0)
        {
            throw CloudException.InvalidParameter("securitygroupids parameter is mutually exclusive with securitygroupnames parameter");
        }
        var groups = byId.ToList();
        foreach (var name in names)
        {
            groups.Add(await db.SecurityGroups.AsNoTracking().FirstOrDefaultAsync(g => g.AccountId == owner.Id && g.Name == name, ct)
                       ?? throw CloudException.InvalidParameter($"Unable to find group by name {name}"));
        }
        if (groups.FirstOrDefault(g => g.AccountId != owner.Id) is { } foreign)
        {
            throw CloudException.InvalidParameter($"Security group {foreign.Name} belongs to another account than the instance");
        }
        return groups.DistinctBy(g => g.Id).ToList();
    }
}
