using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Roles;

[ApiCommand("updateRole")]
public sealed class UpdateRole : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<Role>("id");
        var role = await ctx.Db.Roles.FirstAsync(r => r.Id == found.Id, ctx.Cancellation);
        if (role.IsDefault && (p.Has("name") || p.Has("type")))
        {
            throw CloudException.InvalidParameter("The name and type of a default role cannot be changed");
        }
        if (p.String("name") is { } name && name != role.Name)
        {
            IdentityService.ValidateName(name, "Role name");
            await RoleChecks.EnsureNameFreeAsync(ctx.Db, name, role.Id, ctx.Cancellation);
            role.Name = name;
        }
        if (p.String("type") is { } typeText)
        {
            if (!RoleTypes.TryParse(typeText, out var type))
            {
                throw CloudException.InvalidParameter($"Invalid role type {typeText}: use Admin, ResourceAdmin, DomainAdmin or User");
            }
            if (type != role.Type && await ctx.Db.Accounts.AnyAsync(a => a.RoleId == role.Id && a.Removed == null, ctx.Cancellation))
            {
                throw CloudException.InUse($"The type of role {role.Name} cannot change while accounts use it");
            }
            role.Type = type;
        }
        if (p.Has("description"))
        {
            role.Description = p.String("description");
        }
        if (p.Bool("ispublic") is { } isPublic)
        {
            role.IsPublic = isPublic;
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.RoleUpdate, $"Successfully completed updating role {role.Name}", "Role", role.Uuid, role.Name);
        return ApiResult.Of(IdentityResponses.Role(role));
    }
}
