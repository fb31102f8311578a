using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Rules;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.LoadBalancers;

[ApiCommand("listLoadBalancerRules")]
public sealed class ListLoadBalancerRules(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = RuleTargets.Visible(ctx).AsNoTracking().Where(r => r.Purpose == RulePurpose.LoadBalancing && r.State != RuleState.Revoke);
        var byId = p.Entity<FirewallRule>("id");
        if (byId is not null)
        {
            query = query.Where(r => r.Id == byId.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(r => r.LbName == name);
        }
        if (p.Entity<PublicIpAddress>("publicipid") is { } ip)
        {
            query = query.Where(r => r.IpAddressId == ip.Id);
        }
        if (p.Entity<VirtualMachine>("virtualmachineid") is { } vm)
        {
            query = query.Where(r => ctx.Db.LoadBalancerMembers.Any(m => m.RuleId == r.Id && m.VmId == vm.Id));
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(r => ctx.Db.Networks.Any(n => n.Id == r.NetworkId && n.ZoneId == zone.Id));
        }
        if (p.Entity<Network>("networkid") is { } network)
        {
            query = query.Where(r => r.NetworkId == network.Id);
        }
        if (p.Bool("fordisplay") is { } display)
        {
            query = query.Where(r => r.ForDisplay == display);
        }
        if (byId is null)
        {
            var (owners, keep) = OwnedLists.Owners(ctx.Db, ctx.Caller, p);
            query = query.Where(r => owners.Contains(r.AccountId) == keep);
        }
        if (Tags.TaggableResources.Filter(ctx.Db, p, "LoadBalancer") is { } tagged)
        {
            query = query.Where(r => tagged.Contains(r.Id));
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(r => r.LbName != null && r.LbName.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(r => r.Id), ctx.Cancellation);
        return ApiResult.List(await LoadBalancerResponses.RulesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
