using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.Api.Commands.Domains;

/// <summary>
/// Deletes a domain. Without cleanup a domain that still has accounts or child domains is
/// refused; with cleanup its whole subtree (child domains, accounts, users) goes with it.
/// </summary>
[ApiCommand("deleteDomain")]
public sealed class DeleteDomain(AccountResources resources) : IOrchestratedCommand
{
    public string EventType => EventTypes.DomainDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var domain = ctx.Params.RequiredEntity<Domain>("id");
        await CheckAsync(ctx, domain);
        return JobTarget.For("Domain", domain.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<Domain>("id");
        await CheckAsync(ctx, found);
        var subtree = await ctx.Db.Domains.Where(d => d.Path.StartsWith(found.Path) && d.Removed == null).ToListAsync(ctx.Cancellation);
        var ids = subtree.Select(d => d.Id).ToList();
        var accounts = await ctx.Db.Accounts.Where(a => ids.Contains(a.DomainId) && a.Removed == null).ToListAsync(ctx.Cancellation);
        foreach (var account in accounts)
        {
            await resources.ReleaseAsync(ctx.Db, account, ctx.Actor, ctx.Cancellation);
        }
        await using var tx = await UnitOfWork.BeginAsync(ctx.Db, ctx.Cancellation);
        foreach (var account in accounts)
        {
            await IdentityService.RemoveAccountAsync(ctx.Db, account, ctx.Now, ctx.Cancellation);
            ctx.Event(EventTypes.AccountDelete, $"Account {account.Name} deleted with its domain", "Account", account.Uuid, account.Name);
        }
        foreach (var domain in subtree)
        {
            domain.Removed = ctx.Now;
            domain.State = DomainState.Inactive;
        }
        ctx.Event(EventTypes.DomainDelete, $"Successfully completed deleting domain {found.Name}", "Domain", found.Uuid, found.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await tx.CommitAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    private static async Task CheckAsync(CommandContext ctx, Domain domain)
    {
        if (domain.Id == Domain.RootId)
        {
            throw CloudException.InvalidParameter("The ROOT domain cannot be deleted");
        }
        if (domain.Id == ctx.Caller.Domain.Id || domain.Contains(ctx.Caller.Domain))
        {
            throw CloudException.InvalidParameter("A domain cannot be deleted by an account inside it");
        }
        if (!ctx.Params.Flag("cleanup"))
        {
            await EnsureEmptyAsync(ctx.Db, domain, ctx.Cancellation);
        }
    }

    private static async Task EnsureEmptyAsync(CloudDbContext db, Domain domain, CancellationToken ct)
    {
        var children = await db.Domains.CountAsync(d => d.ParentId == domain.Id && d.Removed == null, ct);
        var accounts = await db.Accounts.CountAsync(a => a.DomainId == domain.Id && a.Removed == null, ct);
        if (children > 0 || accounts > 0)
        {
            throw CloudException.InUse($"Cannot delete domain {domain.Name}: it still has {children} child domain(s) and {accounts} account(s); delete them first or pass cleanup=true");
        }
    }
}
