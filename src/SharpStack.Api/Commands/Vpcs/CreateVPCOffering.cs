using SharpStack.Api.Commands.Offerings;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>Creates a VPC offering (Disabled unless enable=true, as upstream).</summary>
[ApiCommand("createVPCOffering")]
public sealed class CreateVPCOffering : IAsyncApiCommand
{
    public string EventType => EventTypes.VpcOfferingCreate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var offering = Build(ctx);
        return Task.FromResult(new JobTarget("VpcOffering", null, $"VpcOffering:{offering.Name}"));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var offering = Build(ctx);
        ctx.Db.VpcOfferings.Add(offering);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.VpcOfferingCreate, $"Created VPC offering {offering.Name}", "VpcOffering", offering.Uuid, offering.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await VpcOfferingResponses.ToResponseAsync(ctx.Db, offering, ctx.Cancellation));
    }

    private static VpcOffering Build(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Offering name");
        if (p.Flag("fornsx") || p.Flag("nsxsupportlb") || p.Flag("specifyasnumber") || p.Has("routingmode") || p.Has("provider") ||
            (p.String("networkmode") is { } mode && !mode.Equals("NATTED", StringComparison.OrdinalIgnoreCase)))
        {
            throw CloudException.InvalidParameter("NSX, routed mode and AS numbers are not supported by this cloud");
        }
        if (p.String("internetprotocol") is { } protocol && !protocol.Equals("IPv4", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter("Only internetprotocol IPv4 is supported");
        }
        var services = VpcOfferingRules.Services(p);
        var offering = new VpcOffering
        {
            Name = name,
            DisplayText = p.String("displaytext") ?? name,
            State = p.Flag("enable") ? VpcOfferingState.Enabled : VpcOfferingState.Disabled,
            Services = services,
            RedundantRouter = VpcOfferingRules.RedundantRouter(p, services),
            DomainIds = OfferingScope.DomainsFor(ctx.Caller, p.EntityList<Domain>("domainid")),
            ZoneIds = OfferingScope.Join(p.EntityList<Zone>("zoneid").Select(z => z.Id)),
            Created = ctx.Now,
        };
        if (p.Entity<ServiceOffering>("serviceofferingid") is { } routerOffering)
        {
            if (!routerOffering.IsSystem || routerOffering.SystemVmType != "domainrouter")
            {
                throw CloudException.InvalidParameter($"Service offering {routerOffering.Name} is not a system offering for virtual routers (systemvmtype domainrouter)");
            }
            offering.ServiceOfferingId = routerOffering.Id;
        }
        return offering;
    }
}
