using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpcs;

[ApiCommand("listVPCOfferings")]
public sealed class ListVPCOfferings(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.VpcOfferings.AsNoTracking().Include(o => o.Services).Where(o => o.Removed == null);
        if (p.Entity<VpcOffering>("id") is { } byId)
        {
            query = query.Where(o => o.Id == byId.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(o => o.Name == name);
        }
        if (p.String("displaytext") is { } text)
        {
            query = query.Where(o => o.DisplayText == text);
        }
        if (p.Bool("isdefault") is { } isDefault)
        {
            query = query.Where(o => o.IsDefault == isDefault);
        }
        if (p.String("state") is { } stateText)
        {
            var state = Enum.TryParse<VpcOfferingState>(stateText, true, out var s) ? s : throw CloudException.InvalidParameter($"Invalid state {stateText}: use Enabled or Disabled");
            query = query.Where(o => o.State == state);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(o => o.Name.Contains(keyword) || o.DisplayText.Contains(keyword));
        }
        var all = await query.OrderBy(o => o.SortKey).ThenBy(o => o.Id).ToListAsync(ctx.Cancellation);
        var wanted = p.StringList("supportedservices").Select(s => NetworkServices.Canonical(s) ?? s).ToList();
        var zone = p.Entity<Zone>("zoneid");
        var domain = p.Entity<Domain>("domainid");
        var visible = new List<VpcOffering>();
        foreach (var o in all)
        {
            if (!await OfferingVisibility.VisibleAsync(ctx.Db, ctx.Caller, o.DomainIds, ctx.Cancellation) ||
                wanted.Any(w => !o.Has(w)) ||
                (zone is not null && !Offerings.OfferingScope.InZone(o.ZoneIds, zone)) ||
                (domain is not null && o.DomainIds is { } ids && !Offerings.OfferingScope.Split(ids).Contains(domain.Id)))
            {
                continue;
            }
            visible.Add(o);
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var page = visible.Skip(paging.Skip).Take(paging.Take).ToList();
        var items = new List<ApiObject>();
        foreach (var o in page)
        {
            items.Add(await VpcOfferingResponses.ToResponseAsync(ctx.Db, o, ctx.Cancellation));
        }
        return ApiResult.List(items, visible.Count);
    }
}
