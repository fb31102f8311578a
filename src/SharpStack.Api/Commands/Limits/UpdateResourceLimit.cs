using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Limits;

/// <summary>
/// Sets the limit of one resource type for an account (account + domainid) or a domain (domainid);
/// max -1 is unlimited. A domain admin may set limits below its own domain only, as upstream.
/// </summary>
[ApiCommand("updateResourceLimit")]
public sealed class UpdateResourceLimit : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.Has("tag"))
        {
            throw CloudException.InvalidParameter("Tagged limits are not supported yet");
        }
        var type = ResourceLimitParams.Types(p).Single();
        var max = p.Long("max") ?? ResourceLimiter.Unlimited;
        if (max < -1)
        {
            throw CloudException.InvalidParameter("max must be -1 (unlimited) or a non-negative number");
        }
        var stored = ResourceLimiter.CountsBytes(type) && max > 0 ? max << 30 : max;
        var domain = p.Entity<Domain>("domainid");
        (ResourceOwnerType Type, long Id) owner;
        Account? account = null;
        if (p.String("account") is not null || p.Has("projectid"))
        {
            account = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
            if (ResourceLimiter.IsUnlimitedAccount(account))
            {
                throw CloudException.InvalidParameter($"Account {account.Name} is a root admin account: its resources are not limited");
            }
            if (!ctx.Caller.IsRootAdmin && account.Id == ctx.Caller.Account.Id)
            {
                throw CloudException.PermissionDenied("An account cannot change its own resource limits");
            }
            owner = (ResourceOwnerType.Account, account.Id);
        }
        else
        {
            if (domain is null)
            {
                throw CloudException.InvalidParameter("domainid is required: give it alone for a domain's limit, with account for an account's, or give projectid");
            }
            if (domain.Id == Domain.RootId)
            {
                throw CloudException.InvalidParameter("The ROOT domain's resources are not limited");
            }
            if (!ctx.Caller.IsRootAdmin && domain.Id == ctx.Caller.Domain.Id)
            {
                throw CloudException.PermissionDenied("A domain admin cannot change the limits of its own domain");
            }
            owner = (ResourceOwnerType.Domain, domain.Id);
        }
        var row = await ctx.Db.ResourceLimits.FirstOrDefaultAsync(l => l.OwnerType == owner.Type && l.OwnerId == owner.Id && l.Type == type, ctx.Cancellation);
        if (row is null)
        {
            ctx.Db.ResourceLimits.Add(new ResourceLimit { OwnerType = owner.Type, OwnerId = owner.Id, Type = type, Max = stored });
        }
        else
        {
            row.Max = stored;
        }
        var answerDomain = account is null ? domain! : await ctx.Db.Domains.AsNoTracking().FirstAsync(d => d.Id == account.DomainId, ctx.Cancellation);
        return ApiResult.Of(ResourceLimitResponses.Limit(account, answerDomain, type, stored));
    }
}
