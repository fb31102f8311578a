using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Domains;

[ApiCommand("createDomain")]
public sealed class CreateDomain : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Domain name");
        if (name.Contains('/'))
        {
            throw CloudException.InvalidParameter("Domain name cannot contain '/'");
        }
        var parent = p.Entity<Domain>("parentdomainid") ?? ctx.Caller.Domain;
        if (!ctx.Caller.CanReach(parent))
        {
            throw CloudException.PermissionDenied("The caller cannot create domains under the given parent");
        }
        var lower = name.ToLowerInvariant();
        if (await ctx.Db.Domains.AnyAsync(d => d.ParentId == parent.Id && d.Removed == null && d.Name.ToLower() == lower, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Domain with name {name} already exists for the parent id={parent.Uuid}");
        }
        var uuid = IdentityService.ParseCustomUuid(p.String("domainid"), "domainid");
        if (uuid is not null && await ctx.Db.Domains.AnyAsync(d => d.Uuid == uuid, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"The uuid {uuid} given for domainid is already in use");
        }
        var domain = new Domain
        {
            Uuid = uuid ?? Guid.NewGuid(),
            Name = name,
            ParentId = parent.Id,
            Path = parent.Path + name + "/",
            Level = parent.Level + 1,
            NetworkDomain = p.String("networkdomain"),
            Created = ctx.Now,
        };
        ctx.Db.Domains.Add(domain);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.DomainCreate, $"Successfully completed creating domain {name}", "Domain", domain.Uuid, name);
        return ApiResult.Of(await DomainQueries.ToResponseAsync(ctx.Db, domain, ctx.Cancellation));
    }
}
