using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Rules;

/// <summary>The filters the three rule lists share: id, address, network, owner, display flag, tags and keyword.</summary>
internal static class RuleLists
{
    public static async Task<ApiResult> ListAsync(CommandContext ctx, SettingsService settings, RulePurpose purpose, string traffic,
        Func<IReadOnlyList<FirewallRule>, Task<List<ApiObject>>> respond, string tagType)
    {
        var p = ctx.Params;
        var query = RuleTargets.Visible(ctx).AsNoTracking().Where(r => r.Purpose == purpose && r.TrafficType == traffic && r.State != RuleState.Revoke);
        var byId = p.Entity<FirewallRule>("id");
        if (byId is not null)
        {
            query = query.Where(r => r.Id == byId.Id);
        }
        if (p.Entity<PublicIpAddress>("ipaddressid") is { } ip)
        {
            query = query.Where(r => r.IpAddressId == ip.Id);
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
        if (Tags.TaggableResources.Filter(ctx.Db, p, tagType) is { } tagged)
        {
            query = query.Where(r => tagged.Contains(r.Id));
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(r => r.Protocol.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(r => r.Id), ctx.Cancellation);
        return ApiResult.List(await respond(page), total);
    }
}
