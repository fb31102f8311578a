using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Infrastructure.IpRanges;

[ApiCommand("listVlanIpRanges")]
public sealed class ListVlanIpRanges(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VlanIpRanges.AsNoTracking().Where(v => v.Removed == null);
        if (p.Entity<VlanIpRange>("id") is { } byId)
        {
            query = query.Where(v => v.Id == byId.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(v => v.ZoneId == zone.Id);
        }
        if (p.Entity<Pod>("podid") is { } pod)
        {
            query = query.Where(v => v.PodId == pod.Id);
        }
        if (p.Entity<PhysicalNetwork>("physicalnetworkid") is { } network)
        {
            query = query.Where(v => v.PhysicalNetworkId == network.Id);
        }
        if (p.Entity<Domain>("domainid") is { } domain)
        {
            query = query.Where(v => v.DomainId == domain.Id);
        }
        if (p.String("account") is { } account)
        {
            var ids = ctx.Db.Accounts.Where(a => a.Name == account).Select(a => a.Id);
            query = query.Where(v => v.AccountId != null && ids.Contains(v.AccountId.Value));
        }
        if (p.String("vlan") is { } vlan)
        {
            var normalized = vlan.StartsWith("vlan://", StringComparison.OrdinalIgnoreCase) ? vlan : "vlan://" + vlan;
            query = query.Where(v => v.Vlan == normalized);
        }
        if (p.Bool("forvirtualnetwork") is { } forVirtual)
        {
            query = query.Where(v => v.ForVirtualNetwork == forVirtual);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(v => v.StartIp.Contains(keyword) || v.EndIp.Contains(keyword) || v.Vlan.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(v => v.Id), ctx.Cancellation);
        return ApiResult.List(await VlanRanges.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
