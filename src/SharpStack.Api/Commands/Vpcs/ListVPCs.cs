using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpcs;

[ApiCommand("listVPCs")]
public sealed class ListVPCs(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var accounts = OwnedLists.AccountIds(ctx.Db, ctx.Caller, ctx.Params, ctx.Params.Has("id"));
        var query = ctx.Db.Vpcs.AsNoTracking().Where(v => v.Removed == null && accounts.Contains(v.AccountId));
        if (p.Entity<Vpc>("id") is { } byId)
        {
            query = query.Where(v => v.Id == byId.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(v => v.ZoneId == zone.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(v => v.Name == name);
        }
        if (p.String("displaytext") is { } text)
        {
            query = query.Where(v => v.DisplayText == text);
        }
        if (p.String("cidr") is { } cidr)
        {
            query = query.Where(v => v.Cidr == cidr);
        }
        if (p.Entity<VpcOffering>("vpcofferingid") is { } offering)
        {
            query = query.Where(v => v.VpcOfferingId == offering.Id);
        }
        if (p.String("state") is { } stateText)
        {
            var state = Enum.TryParse<VpcState>(stateText, true, out var s) ? s : throw CloudException.InvalidParameter($"Invalid state {stateText}: use Enabled or Inactive");
            query = query.Where(v => v.State == state);
        }
        if (p.Bool("restartrequired") is { } restart)
        {
            query = query.Where(v => v.RestartRequired == restart);
        }
        if (p.Bool("fordisplay") is { } display)
        {
            query = query.Where(v => v.Display == display);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(v => v.Name.Contains(keyword) || v.DisplayText.Contains(keyword));
        }
        foreach (var service in p.StringList("supportedservices"))
        {
            var canonical = NetworkServices.Canonical(service) ?? throw CloudException.InvalidParameter($"Invalid service {service}");
            query = query.Where(v => ctx.Db.VpcOfferings.Any(o => o.Id == v.VpcOfferingId && o.Services.Any(s => s.Service == canonical)));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(v => v.Id), ctx.Cancellation);
        return ApiResult.List(await VpcResponses.ToResponsesAsync(ctx.Db, ctx.Caller, page, ctx.Cancellation), total);
    }
}
