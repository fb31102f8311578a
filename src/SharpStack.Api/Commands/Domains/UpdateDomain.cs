using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Domains;

/// <summary>Renames a domain (its path and every descendant's path follow) or sets its network domain.</summary>
[ApiCommand("updateDomain")]
public sealed class UpdateDomain : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<Domain>("id");
        var domain = await ctx.Db.Domains.FirstAsync(d => d.Id == found.Id, ctx.Cancellation);
        if (p.String("name") is { } name && name != domain.Name)
        {
            if (domain.Id == Domain.RootId)
            {
                throw CloudException.InvalidParameter("The ROOT domain cannot be renamed");
            }
            IdentityService.ValidateName(name, "Domain name");
            if (name.Contains('/'))
            {
                throw CloudException.InvalidParameter("Domain name cannot contain '/'");
            }
            var lower = name.ToLowerInvariant();
            if (await ctx.Db.Domains.AnyAsync(d => d.ParentId == domain.ParentId && d.Id != domain.Id && d.Removed == null && d.Name.ToLower() == lower, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"Domain with name {name} already exists under the same parent");
            }
            var oldPath = domain.Path;
            var newPath = oldPath[..(oldPath.Length - domain.Name.Length - 1)] + name + "/";
            var subtree = await ctx.Db.Domains.Where(d => d.Path.StartsWith(oldPath)).ToListAsync(ctx.Cancellation);
            foreach (var d in subtree)
            {
                d.Path = newPath + d.Path[oldPath.Length..];
            }
            domain.Name = name;
        }
        if (p.Has("networkdomain"))
        {
            domain.NetworkDomain = p.String("networkdomain");
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.DomainUpdate, $"Successfully completed updating domain {domain.Name}", "Domain", domain.Uuid, domain.Name);
        return ApiResult.Of(await DomainQueries.ToResponseAsync(ctx.Db, domain, ctx.Cancellation));
    }
}
