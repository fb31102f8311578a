using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Networks;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Instances;

[ApiCommand("listNics")]
public sealed class ListNics(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var vm = p.RequiredEntity<VirtualMachine>("virtualmachineid");
        var query = ctx.Db.Nics.AsNoTracking().Where(n => n.VmId == vm.Id);
        if (p.Entity<Nic>("nicid") is { } nic)
        {
            query = query.Where(n => n.Id == nic.Id);
        }
        if (p.Entity<Network>("networkid") is { } network)
        {
            query = query.Where(n => n.NetworkId == network.Id);
        }
        if (p.Bool("fordisplay") == false)
        {
            query = query.Where(n => false);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(n => (n.Ipv4Address != null && n.Ipv4Address.Contains(keyword)) || (n.MacAddress != null && n.MacAddress.Contains(keyword)));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(n => n.DeviceId), ctx.Cancellation);
        var networkIds = page.Select(n => n.NetworkId).Distinct().ToList();
        var networks = await ctx.Db.Networks.AsNoTracking().Where(n => networkIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, ctx.Cancellation);
        var secondary = await NicResponses.SecondaryIpsAsync(ctx.Db, page.Select(n => n.Id).ToList(), ctx.Cancellation);
        return ApiResult.List(page.Select(n => NicResponses.ToResponse(ctx.Caller, n, networks.GetValueOrDefault(n.NetworkId), vm.Uuid, secondary[n.Id])).ToList(), total);
    }
}
