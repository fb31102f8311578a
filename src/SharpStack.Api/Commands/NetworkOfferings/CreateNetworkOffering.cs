using SharpStack.Api.Identity;
using SharpStack.Api.Commands.Offerings;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.NetworkOfferings;

/// <summary>Creates a guest network offering (Disabled unless enable=true, as upstream).</summary>
[ApiCommand("createNetworkOffering")]
public sealed class CreateNetworkOffering : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Offering name");
        if (!p.String("traffictype")!.Equals("Guest", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter("Only traffic type Guest is supported for network offerings");
        }
        if (p.Flag("fornsx") || p.Flag("fortungsten") || p.Flag("specifyasnumber") || p.Has("routingmode") || p.Has("networkmode") && !p.String("networkmode")!.Equals("NATTED", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter("NSX, Tungsten, routed mode and AS numbers are not supported by this cloud");
        }
        if (p.String("internetprotocol") is { } protocol && !protocol.Equals("IPv4", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter("Only internetprotocol IPv4 is supported");
        }
        var forVpc = p.Flag("forvpc");
        var offering = new NetworkOffering
        {
            Name = name,
            DisplayText = p.String("displaytext") ?? name,
            GuestType = NetworkOfferingRules.ParseGuestType(p.String("guestiptype")!),
            Availability = p.String("availability") is { } availability ? NetworkOfferingRules.ParseAvailability(availability) : "Optional",
            State = p.Flag("enable") ? NetworkOfferingState.Enabled : NetworkOfferingState.Disabled,
            SpecifyVlan = p.Flag("specifyvlan"),
            SpecifyIpRanges = p.Flag("specifyipranges"),
            ConserveMode = p.Bool("conservemode") ?? true,
            IsPersistent = p.Flag("ispersistent"),
            EgressDefaultPolicy = p.Bool("egressdefaultpolicy") ?? true,
            NetworkRate = p.Int("networkrate"),
            Tags = p.String("tags"),
            ForVpc = forVpc,
            KeepAliveEnabled = p.Bool("keepaliveenabled"),
            MaxConnections = p.Int("maxconnections"),
            Services = NetworkOfferingRules.Services(p, forVpc),
            DomainIds = OfferingScope.DomainsFor(ctx.Caller, p.EntityList<Domain>("domainid")),
            ZoneIds = OfferingScope.Join(p.EntityList<Zone>("zoneid").Select(z => z.Id)),
            Created = ctx.Now,
        };
        if (offering.Has(Core.Networks.NetworkServices.SourceNat))
        {
            offering.SourceNatType = "peraccount";
        }
        if (offering.NetworkRate is < 0 || offering.MaxConnections is < 0)
        {
            throw CloudException.InvalidParameter("networkrate and maxconnections cannot be negative");
        }
        if (p.Entity<ServiceOffering>("serviceofferingid") is { } routerOffering)
        {
            if (!routerOffering.IsSystem || routerOffering.SystemVmType != "domainrouter")
            {
                throw CloudException.InvalidParameter($"Service offering {routerOffering.Name} is not a system offering for virtual routers (systemvmtype domainrouter)");
            }
            offering.ServiceOfferingId = routerOffering.Id;
        }
        NetworkOfferingRules.ApplyCapabilities(p, offering);
        NetworkOfferingRules.Validate(offering);
        ctx.Db.NetworkOfferings.Add(offering);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.NetworkOfferingCreate, $"Successfully created network offering {name}", "NetworkOffering", offering.Uuid, name);
        return ApiResult.Of(await NetworkOfferingResponses.ToResponseAsync(ctx.Db, offering, ctx.Cancellation));
    }
}
