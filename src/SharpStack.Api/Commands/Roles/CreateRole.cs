using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Roles;

/// <summary>Creates a role of a type, or a copy of an existing role with its rules (roleid).</summary>
[ApiCommand("createRole")]
public sealed class CreateRole : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Role name");
        var source = p.Entity<Role>("roleid");
        var typeText = p.String("type");
        if ((source is null) == (typeText is null))
        {
            throw CloudException.InvalidParameter("Give either type or roleid (a role to copy), not both and not neither");
        }
        RoleType type;
        if (source is not null)
        {
            type = source.Type;
        }
        else if (!RoleTypes.TryParse(typeText, out type))
        {
            throw CloudException.InvalidParameter($"Invalid role type {typeText}: use Admin, ResourceAdmin, DomainAdmin or User");
        }
        await RoleChecks.EnsureNameFreeAsync(ctx.Db, name, null, ctx.Cancellation);
        var role = new Role
        {
            Name = name,
            Type = type,
            Description = p.String("description"),
            IsPublic = p.Bool("ispublic") ?? true,
        };
        ctx.Db.Roles.Add(role);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        if (source is not null)
        {
            var rules = await ctx.Db.RolePermissions.AsNoTracking().Where(r => r.RoleId == source.Id).OrderBy(r => r.SortOrder).ToListAsync(ctx.Cancellation);
            foreach (var rule in rules)
            {
                ctx.Db.RolePermissions.Add(new RolePermission
                {
                    RoleId = role.Id,
                    Rule = rule.Rule,
                    Permission = rule.Permission,
                    Description = rule.Description,
                    SortOrder = rule.SortOrder,
                });
            }
        }
        ctx.Event(EventTypes.RoleCreate, $"Successfully completed creating role {name}", "Role", role.Uuid, name);
        return ApiResult.Of(IdentityResponses.Role(role));
    }
}
