using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Offerings;

namespace SharpStack.Api.Commands.Offerings;

/// <summary>The edits updateServiceOffering and updateDiskOffering share, and who may make them.</summary>
internal static class OfferingChanges
{
    /// <summary>Root admins manage every offering; domain admins only those limited to domains they administer.</summary>
    public static async Task EnsureCanManageAsync(CommandContext ctx, string? domainIds)
    {
        if (ctx.Caller.IsRootAdmin)
        {
            return;
        }
        var ids = OfferingScope.Split(domainIds);
        var domains = ctx.Db.Domains.Where(d => ids.Contains(d.Id));
        if (ids.Count == 0 || (await domains.ToListAsync(ctx.Cancellation)).Any(d => !ctx.Caller.CanReach(d)))
        {
            // Public offerings and other domains' offerings are not the domain admin's to change.
            throw CloudException.InvalidParameter("The offering is not limited to domains the caller administers, so the caller cannot change it");
        }
    }

    public static async Task<(string Name, string DisplayText, OfferingState State, string? DomainIds, string? ZoneIds)> ApplyAsync(
        CommandContext ctx, string name, string displayText, OfferingState state, string? domainIds, string? zoneIds)
    {
        var p = ctx.Params;
        if (p.String("name") is { } newName)
        {
            IdentityService.ValidateName(newName, "Offering name");
            name = newName;
        }
        displayText = p.String("displaytext") ?? displayText;
        if (p.String("state") is { } stateText)
        {
            state = OfferingParams.ParseState(stateText);
        }
        var (domainsGiven, domains) = await OfferingScope.ParseUpdateAsync(ctx.Db, p.String("domainid"), domains: true, ctx.Cancellation);
        if (domainsGiven)
        {
            if (!ctx.Caller.IsRootAdmin)
            {
                var ids = OfferingScope.Split(domains);
                var list = await ctx.Db.Domains.Where(d => ids.Contains(d.Id)).ToListAsync(ctx.Cancellation);
                OfferingScope.DomainsFor(ctx.Caller, list);
            }
            domainIds = domains;
        }
        var (zonesGiven, zones) = await OfferingScope.ParseUpdateAsync(ctx.Db, p.String("zoneid"), domains: false, ctx.Cancellation);
        if (zonesGiven)
        {
            zoneIds = zones;
        }
        return (name, displayText, state, domainIds, zoneIds);
    }

    public static string? Tags(BoundParameters p, string key, string? current) =>
        p.String(key) is { } tags ? Infrastructure.Hosts.HostResponses.NormalizeTags(tags.Split(',')) : current;
}
