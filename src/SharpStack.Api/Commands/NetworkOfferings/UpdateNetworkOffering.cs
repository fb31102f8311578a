using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Offerings;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.NetworkOfferings;

/// <summary>Renames, enables or disables a network offering, or changes its availability, sort key, tags or scope.</summary>
[ApiCommand("updateNetworkOffering")]
public sealed class UpdateNetworkOffering : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var found = p.Entity<NetworkOffering>("id") ?? throw CloudException.InvalidParameter("Unable to execute API command updatenetworkoffering due to missing parameter id");
        var offering = await ctx.Db.NetworkOfferings.Include(o => o.Services).FirstAsync(o => o.Id == found.Id, ctx.Cancellation);
        if (p.String("name") is { } name)
        {
            IdentityService.ValidateName(name, "Offering name");
            offering.Name = name;
        }
        if (p.String("displaytext") is { } text)
        {
            offering.DisplayText = text;
        }
        if (p.String("state") is { } state)
        {
            offering.State = Enum.TryParse<NetworkOfferingState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw CloudException.InvalidParameter($"Invalid state {state}: use Enabled or Disabled");
        }
        if (p.String("availability") is { } availabilityText)
        {
            var availability = NetworkOfferingRules.ParseAvailability(availabilityText);
            if (availability == "Required" && offering.Availability != "Required" &&
                await ctx.Db.NetworkOfferings.AnyAsync(o => o.Id != offering.Id && o.Removed == null && o.Availability == "Required", ctx.Cancellation))
            {
                throw CloudException.InvalidParameter("Another network offering already has availability Required; only one may");
            }
            offering.Availability = availability;
        }
        if (p.Int("sortkey") is { } sortKey)
        {
            offering.SortKey = sortKey;
        }
        if (p.String("tags") is { } tags)
        {
            offering.Tags = tags.Length == 0 ? null : tags;
        }
        if (p.Bool("keepaliveenabled") is { } keepAlive)
        {
            offering.KeepAliveEnabled = keepAlive;
        }
        if (p.Int("maxconnections") is { } max)
        {
            offering.MaxConnections = max >= 0 ? max : throw CloudException.InvalidParameter("maxconnections cannot be negative");
        }
        var (domainsGiven, domains) = await OfferingScope.ParseUpdateAsync(ctx.Db, p.String("domainid"), domains: true, ctx.Cancellation);
        if (domainsGiven)
        {
            offering.DomainIds = domains;
        }
        var (zonesGiven, zones) = await OfferingScope.ParseUpdateAsync(ctx.Db, p.String("zoneid"), domains: false, ctx.Cancellation);
        if (zonesGiven)
        {
            offering.ZoneIds = zones;
        }
        NetworkOfferingRules.Validate(offering);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.NetworkOfferingEdit, $"Successfully updated network offering {offering.Name}", "NetworkOffering", offering.Uuid, offering.Name);
        return ApiResult.Of(await NetworkOfferingResponses.ToResponseAsync(ctx.Db, offering, ctx.Cancellation));
    }
}
