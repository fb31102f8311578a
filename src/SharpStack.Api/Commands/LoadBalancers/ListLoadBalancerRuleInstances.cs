using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Instances;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.LoadBalancers;

/// <summary>
/// The instances behind a load balancing rule (applied=true, the default), or the rule owner's
/// instances in its network that are not (applied=false); with lbvmips each comes with its addresses.
/// </summary>
[ApiCommand("listLoadBalancerRuleInstances")]
public sealed class ListLoadBalancerRuleInstances(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var rule = await LoadBalancerMembers.RuleAsync(ctx);
        var members = ctx.Db.LoadBalancerMembers.Where(m => m.RuleId == rule.Id && !m.Revoke);
        var inNetwork = ctx.Db.Nics.Where(n => n.NetworkId == rule.NetworkId).Select(n => n.VmId);
        var query = ctx.Db.VirtualMachines.AsNoTracking().Where(v => v.Removed == null && v.AccountId == rule.AccountId);
        query = p.Bool("applied") ?? true
            ? query.Where(v => members.Any(m => m.VmId == v.Id))
            : query.Where(v => inNetwork.Contains(v.Id) && !members.Any(m => m.VmId == v.Id) && v.State != VmState.Destroyed && v.State != VmState.Expunging);
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(v => v.Name.Contains(keyword) || v.DisplayName.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(v => v.Id), ctx.Cancellation);
        var vms = await VmResponses.ToResponsesAsync(ctx.Db, ctx.Caller, page, ctx.Cancellation);
        if (!p.Flag("lbvmips"))
        {
            return ApiResult.List(vms, total);
        }
        var ids = page.Select(v => v.Id).ToList();
        var addresses = (await ctx.Db.LoadBalancerMembers.AsNoTracking().Where(m => m.RuleId == rule.Id && ids.Contains(m.VmId)).ToListAsync(ctx.Cancellation)).ToLookup(m => m.VmId, m => m.VmIp);
        return ApiResult.List(page.Select((v, i) => new ApiObject
        {
            { "loadbalancerruleinstance", vms[i] },
            { "lbvmipaddresses", addresses[v.Id].ToList() },
        }).ToList(), total);
    }
}
