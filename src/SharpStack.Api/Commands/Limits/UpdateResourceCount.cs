using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Limits;

/// <summary>Recounts the resources of an account (or of every account below a domain) from the records, and stores the counts.</summary>
[ApiCommand("updateResourceCount")]
public sealed class UpdateResourceCount : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var domain = p.RequiredEntity<Domain>("domainid");
        var types = ResourceLimitParams.Types(p);
        var subtree = ctx.Db.Domains.Where(d => d.Removed == null && d.Path.StartsWith(domain.Path));
        var subtreeIds = subtree.Select(d => d.Id);
        var accounts = await ctx.Db.VisibleAccounts(ctx.Caller).AsNoTracking().Include(a => a.Domain).Where(a => subtreeIds.Contains(a.DomainId)).ToListAsync(ctx.Cancellation);
        Account? single = null;
        if (p.String("account") is { } name)
        {
            single = accounts.FirstOrDefault(a => a.DomainId == domain.Id && a.Name == name)
                     ?? throw CloudException.InvalidParameter($"Unable to find account {name} in domain {domain.Uuid}");
        }
        var counts = await ResourceRecount.CountAsync(ctx.Db, accounts.Select(a => a.Id).ToList(), ctx.Cancellation);
        foreach (var ((accountId, type), count) in counts.Where(c => types.Contains(c.Key.Type)))
        {
            await ResourceRecount.StoreAsync(ctx.Db, ResourceOwnerType.Account, accountId, type, count, ctx.Cancellation);
        }
        var domains = await subtree.AsNoTracking().ToListAsync(ctx.Cancellation);
        foreach (var d in domains)
        {
            var inside = accounts.Where(a => a.Domain!.Path.StartsWith(d.Path, StringComparison.Ordinal)).Select(a => a.Id).ToHashSet();
            foreach (var type in types)
            {
                await ResourceRecount.StoreAsync(ctx.Db, ResourceOwnerType.Domain, d.Id, type, counts.Where(c => c.Key.Type == type && inside.Contains(c.Key.AccountId)).Sum(c => c.Value), ctx.Cancellation);
            }
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var answer = new List<ApiObject>();
        foreach (var type in types)
        {
            if (single is not null)
            {
                answer.Add(Response(single.Name, domain, type, counts[(single.Id, type)]));
            }
            else
            {
                answer.Add(Response(null, domain, type, counts.Where(c => c.Key.Type == type).Sum(c => c.Value)));
            }
        }
        return ApiResult.List(answer, answer.Count);
    }

    private static ApiObject Response(string? account, Domain domain, ResourceType type, long count) => new()
    {
        { "account", account },
        { "domainid", domain.Uuid },
        { "domain", domain.Name },
        { "domainpath", domain.Path },
        { "resourcetype", ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { "resourcetypename", type.ToString() },
        { "resourcecount", count },
    };
}
