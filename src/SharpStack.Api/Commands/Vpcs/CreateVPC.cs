using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Commands.Networks;
using SharpStack.Api.Commands.Offerings;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>
/// Creates a VPC (counted against the owner's vpc limit); with start (default) its source NAT
/// address and its router are made at once. A VPC that cannot be started is removed again.
/// </summary>
[ApiCommand("createVPC")]
public sealed class CreateVPC(VpcOrchestrator vpcs, ResourceLimiter limiter, UsageEvents usage) : IOrchestratedCommand
{
    public string EventType => EventTypes.VpcCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (owner, _, _) = await CheckAsync(ctx);
        return new JobTarget("Vpc", null, $"VpcCreate:{owner.Id}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (owner, zone, offering) = await CheckAsync(ctx);
        var p = ctx.Params;
        var vpc = new Vpc
        {
            Name = p.String("name")!,
            DisplayText = p.String("displaytext") ?? p.String("name")!,
            Cidr = Cidr(p.String("cidr")),
            ZoneId = zone.Id,
            AccountId = owner.Id,
            DomainId = owner.DomainId,
            VpcOfferingId = offering.Id,
            NetworkDomain = NetworkInputs.NetworkDomain(p.String("networkdomain")) ?? zone.NetworkDomain ?? $"cs{owner.Id}cloud.internal",
            Dns1 = NetworkInputs.OptionalIp(p.String("dns1"), "dns1"),
            Dns2 = NetworkInputs.OptionalIp(p.String("dns2"), "dns2"),
            PublicMtu = p.Int("publicmtu"),
            Redundant = offering.RedundantRouter,
            Display = p.Bool("fordisplay") ?? true,
            Created = ctx.Now,
        };
        await using (var tx = await UnitOfWork.BeginAsync(ctx.Db, ctx.Cancellation))
        {
            await limiter.IncrementAsync(ctx.Db, owner, [(ResourceType.vpc, 1)], ctx.Cancellation);
            ctx.Db.Vpcs.Add(vpc);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            usage.Vpc(ctx.Db, UsageEvents.VpcCreate, vpc);
            ctx.Event(EventTypes.VpcCreate, $"Created VPC {vpc.Name}", "Vpc", vpc.Uuid, vpc.Name);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            await tx.CommitAsync(ctx.Cancellation);
        }
        if (p.Bool("start") ?? true)
        {
            try
            {
                await vpcs.StartAsync(ctx.Db, vpc, ctx.Actor, ctx.Cancellation, p.String("sourcenatipaddress"));
            }
            catch (CloudException)
            {
                ctx.Db.ChangeTracker.Clear();
                await vpcs.DestroyAsync(ctx.Db, vpc, ctx.Actor, ctx.Cancellation);
                throw;
            }
        }
        return ApiResult.Of((await VpcResponses.ToResponsesAsync(ctx.Db, ctx.Caller, [vpc], ctx.Cancellation))[0]);
    }

    private static async Task<(Account Owner, Zone Zone, VpcOffering Offering)> CheckAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        IdentityService.ValidateName(p.String("name")!, "VPC name");
        if (p.Has("cidrsize") || p.Has("asnumber") || p.Has("bgppeerids") || p.Has("ip6dns1") || p.Has("ip6dns2") || p.Flag("userouteripresolver"))
        {
            throw CloudException.InvalidParameter("Routed VPCs, AS numbers, BGP peers and IPv6 are not supported by this cloud");
        }
        Cidr(p.String("cidr"));
        var zone = p.RequiredEntity<Zone>("zoneid");
        if (zone.NetworkType != NetworkType.Advanced)
        {
            throw CloudException.InvalidParameter($"Zone {zone.Name} has Basic networking: VPCs need an Advanced zone");
        }
        var offering = p.RequiredEntity<VpcOffering>("vpcofferingid");
        if (offering.State != VpcOfferingState.Enabled)
        {
            throw CloudException.InvalidParameter($"VPC offering {offering.Name} is {offering.State}: only an enabled offering can be used");
        }
        if (!OfferingScope.InZone(offering.ZoneIds, zone))
        {
            throw CloudException.InvalidParameter($"VPC offering {offering.Name} is not available in zone {zone.Name}");
        }
        if (p.String("sourcenatipaddress") is { } wanted && !Ipv4.TryParse(wanted, out _))
        {
            throw CloudException.InvalidParameter($"Invalid sourcenatipaddress {wanted}");
        }
        NetworkInputs.NetworkDomain(p.String("networkdomain"));
        NetworkInputs.OptionalIp(p.String("dns1"), "dns1");
        NetworkInputs.OptionalIp(p.String("dns2"), "dns2");
        if (p.Int("publicmtu") is < 68 or > 1500)
        {
            throw CloudException.InvalidParameter("publicmtu must be from 68 to 1500");
        }
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        return (owner, zone, offering);
    }

    /// <summary>The VPC's super CIDR: required, valid and in a private (RFC 1918) range, as upstream.</summary>
    private static string Cidr(string? text)
    {
        if (text is null)
        {
            throw CloudException.InvalidParameter("cidr is required: the VPC's super CIDR its tiers are carved from");
        }
        if (!Ipv4.TryParseCidr(text, out var network, out var prefix) || (network & ~Ipv4.MaskOf(prefix)) != 0)
        {
            throw CloudException.InvalidParameter($"Invalid CIDR {text}");
        }
        if (!VpcCidrs.IsPrivate(text))
        {
            throw CloudException.InvalidParameter($"The VPC's CIDR {text} must be in a private (RFC 1918) range");
        }
        return $"{Ipv4.Format(network)}/{prefix}";
    }
}
