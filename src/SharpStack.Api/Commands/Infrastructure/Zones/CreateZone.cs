using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Zones;

/// <summary>Creates a Basic or Advanced zone, disabled until the administrator enables it (as the zone wizard does last).</summary>
[ApiCommand("createZone")]
public sealed class CreateZone : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Zone name");
        var typeText = p.String("networktype")!;
        if (!Enum.TryParse<NetworkType>(typeText, ignoreCase: true, out var type) || !Enum.IsDefined(type))
        {
            throw CloudException.InvalidParameter($"Invalid network type {typeText}: use Basic or Advanced");
        }
        var securityGroups = p.Flag("securitygroupenabled");
        if (type == NetworkType.Advanced && securityGroups)
        {
            throw CloudException.InvalidParameter("Security groups in an Advanced zone are not supported yet; use a Basic zone for security groups");
        }
        if (p.Flag("isedge"))
        {
            throw CloudException.InvalidParameter("Edge zones are not supported");
        }
        await ZoneQueries.EnsureNameFreeAsync(ctx.Db, name, null, ctx.Cancellation);
        var zone = new Zone
        {
            Name = name,
            Dns1 = p.String("dns1")!,
            InternalDns1 = p.String("internaldns1")!,
            NetworkType = type,
            // A Basic zone isolates guests with security groups, as upstream's default Basic offering does.
            SecurityGroupsEnabled = type == NetworkType.Basic || securityGroups,
            DomainId = p.Entity<Domain>("domainid")?.Id,
            RegistrationToken = InfrastructureRules.NewRegistrationToken(),
            Created = ctx.Now,
        };
        ZoneSettings.Apply(zone, p);
        ctx.Db.Zones.Add(zone);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ZoneCreate, $"Successfully completed creating zone {name}", "Zone", zone.Uuid, name);
        return ApiResult.Of(await ZoneQueries.ToResponseAsync(ctx, zone));
    }
}
