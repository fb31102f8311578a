using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Offerings;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.NetworkOfferings;

[ApiCommand("listNetworkOfferings")]
public sealed class ListNetworkOfferings(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.NetworkOfferings.AsNoTracking().Include(o => o.Services).Where(o => o.Removed == null && !o.IsSystem);
        if (p.Entity<NetworkOffering>("id") is { } byId)
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
        if (p.String("traffictype") is { } traffic)
        {
            query = query.Where(o => o.TrafficType.ToLower() == traffic.ToLower());
        }
        if (p.Bool("isdefault") is { } isDefault)
        {
            query = query.Where(o => o.IsDefault == isDefault);
        }
        if (p.Bool("specifyvlan") is { } specifyVlan)
        {
            query = query.Where(o => o.SpecifyVlan == specifyVlan);
        }
        if (p.Bool("specifyipranges") is { } specifyIpRanges)
        {
            query = query.Where(o => o.SpecifyIpRanges == specifyIpRanges);
        }
        if (p.String("availability") is { } availabilityText)
        {
            var availability = NetworkOfferingRules.ParseAvailability(availabilityText);
            query = query.Where(o => o.Availability == availability);
        }
        if (p.String("state") is { } stateText)
        {
            var state = Enum.TryParse<NetworkOfferingState>(stateText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw CloudException.InvalidParameter($"Invalid state {stateText}: use Enabled or Disabled");
            query = query.Where(o => o.State == state);
        }
        if (p.String("guestiptype") is { } typeText)
        {
            var type = NetworkOfferingRules.ParseGuestType(typeText);
            query = query.Where(o => o.GuestType == type);
        }
        if (p.Bool("forvpc") is { } forVpc)
        {
            query = query.Where(o => o.ForVpc == forVpc);
        }
        if (p.String("tags") is { } tags)
        {
            query = query.Where(o => o.Tags == tags);
        }
        if (p.Bool("istagged") is { } tagged)
        {
            query = tagged ? query.Where(o => o.Tags != null) : query.Where(o => o.Tags == null);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(o => o.Name.Contains(keyword) || o.DisplayText.Contains(keyword));
        }
        foreach (var serviceName in p.StringList("supportedservices"))
        {
            var service = NetworkServices.Canonical(serviceName) ?? throw CloudException.InvalidParameter($"Invalid service {serviceName}");
            query = query.Where(o => o.Services.Any(s => s.Service == service));
        }
        if (p.Bool("sourcenatsupported") is { } sourceNat)
        {
            query = query.Where(o => o.Services.Any(s => s.Service == NetworkServices.SourceNat) == sourceNat);
        }
        if (p.Entity<Network>("networkid") is { } network)
        {
            // The offerings the network could change to: same guest type, enabled, not its current one.
            var current = network.NetworkOfferingId;
            query = query.Where(o => o.GuestType == network.GuestType && o.State == NetworkOfferingState.Enabled && o.Id != current && !o.ForVpc);
        }
        return await OfferingScope.ListVisibleAsync(ctx, settings, query.OrderBy(o => o.SortKey).ThenBy(o => o.Id), o => o.DomainIds, o => o.ZoneIds,
            o => NetworkOfferingResponses.ToResponseAsync(ctx.Db, o, ctx.Cancellation));
    }
}
