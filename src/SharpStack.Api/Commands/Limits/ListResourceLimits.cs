using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Limits;

/// <summary>The limits in force for an account (the caller's own by default) or, with domainid alone, for a domain.</summary>
[ApiCommand("listResourceLimits")]
public sealed class ListResourceLimits(ResourceLimiter limiter) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.Has("tag"))
        {
            throw CloudException.InvalidParameter("Tagged limits are not supported yet");
        }
        var types = ResourceLimitParams.Types(p);
        var domain = p.Entity<Domain>("domainid");
        var answer = new List<ApiObject>();
        if (domain is not null && p.String("account") is null && !p.Has("projectid"))
        {
            foreach (var type in types)
            {
                var max = domain.Id == Domain.RootId ? ResourceLimiter.Unlimited : await limiter.LimitAsync(ctx.Db, ResourceOwnerType.Domain, domain.Id, type, ctx.Cancellation);
                answer.Add(ResourceLimitResponses.Limit(null, domain, type, max));
            }
            return ApiResult.List(answer, answer.Count);
        }
        var account = p.Entity<Core.Projects.Project>("projectid") is { } project
            ? await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == project.ProjectAccountId, ctx.Cancellation)
            : p.String("account") is null
            ? ctx.Caller.Account
            : await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        var accountDomain = await ctx.Db.Domains.AsNoTracking().FirstAsync(d => d.Id == account.DomainId, ctx.Cancellation);
        foreach (var type in types)
        {
            var max = await limiter.AccountLimitAsync(ctx.Db, account, type, ctx.Cancellation);
            answer.Add(ResourceLimitResponses.Limit(account, accountDomain, type, max));
        }
        return ApiResult.List(answer, answer.Count);
    }
}
