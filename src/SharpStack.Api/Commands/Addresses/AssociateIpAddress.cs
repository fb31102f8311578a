using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Addresses;

/// <summary>
/// Acquires a public address for an account's isolated network (implementing the network first if
/// no instance has yet), counted against the account's public_ip limit; the router takes it at once.
/// </summary>
[ApiCommand("associateIpAddress")]
public sealed class AssociateIpAddress(NetworkOrchestrator networks, RouterOrchestrator routers) : IOrchestratedCommand
{
    public string EventType => EventTypes.NetIpAssign;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        if (ctx.Params.Entity<Vpc>("vpcid") is { } vpc)
        {
            await ResolveForVpcAsync(ctx, vpc);
            return new JobTarget("IpAddress", null, $"Vpc:{vpc.Uuid}");
        }
        var (network, _, _) = await ResolveAsync(ctx);
        return new JobTarget("IpAddress", null, $"Network:{network.Uuid}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        if (ctx.Params.Entity<Vpc>("vpcid") is { } vpc)
        {
            return await AssociateForVpcAsync(ctx, vpc);
        }
        var (found, zone, owner) = await ResolveAsync(ctx);
        var network = await ctx.Db.Networks.AsNoTracking().FirstAsync(n => n.Id == found.Id, ctx.Cancellation);
        if (network.State is NetworkState.Allocated or NetworkState.Shutdown)
        {
            await networks.ImplementAsync(ctx.Db, network.Id, ctx.Actor, null, ctx.Cancellation);
        }
        var ip = await networks.AssociateAsync(ctx.Db, zone.Id, owner, network.Id, sourceNat: false, ctx.Params.String("ipaddress"), ctx.Cancellation);
        if (ctx.Params.Bool("fordisplay") is { } display)
        {
            ip.ForDisplay = display;
        }
        ctx.Event(EventTypes.NetIpAssign, $"Associated IP address {ip.Address} with network {network.Name}", "IpAddress", ip.Uuid, ip.Address);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await routers.ApplyAsync(ctx.Db, network.Id, ctx.Cancellation);
        return ApiResult.Of((await PublicIpResponses.ToResponsesAsync(ctx.Db, [ip], ctx.Cancellation))[0]);
    }

    private static async Task<(Network Network, Zone Zone, Account Owner)> ResolveAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.Flag("isportable") || p.Has("regionid"))
        {
            throw CloudException.InvalidParameter("Portable IP addresses are not supported by this cloud");
        }
        if (p.String("ipaddress") is { } wanted && !Ipv4.TryParse(wanted, out _))
        {
            throw CloudException.InvalidParameter($"Invalid ipaddress {wanted}");
        }
        var network = p.Entity<Network>("networkid") ?? throw CloudException.InvalidParameter("networkid is required: in this cloud a public address is acquired for an isolated network");
        var zone = p.Entity<Zone>("zoneid") ?? await ctx.Db.Zones.AsNoTracking().FirstAsync(z => z.Id == network.ZoneId, ctx.Cancellation);
        if (zone.Id != network.ZoneId)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} is not in zone {zone.Name}");
        }
        if (zone.NetworkType == NetworkType.Basic)
        {
            throw CloudException.InvalidParameter($"Zone {zone.Name} has Basic networking, which has no public addresses to acquire");
        }
        var owner = p.Has("account") || p.Has("domainid") || p.Has("projectid")
            ? await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation)
            : await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == network.AccountId, ctx.Cancellation);
        if (network.GuestType != GuestType.Isolated || network.AclType != "Account")
        {
            throw CloudException.InvalidParameter($"Network {network.Name} is {network.GuestType}: public addresses are acquired for isolated networks");
        }
        if (owner.Id != network.AccountId)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} does not belong to account {owner.Name}");
        }
        if (!ctx.Caller.CanReach(owner, await ctx.Db.Domains.AsNoTracking().FirstAsync(d => d.Id == owner.DomainId, ctx.Cancellation)))
        {
            throw CloudException.PermissionDenied($"The caller cannot acquire addresses for account {owner.Name}");
        }
        var offering = await NetworkOrchestrator.OfferingAsync(ctx.Db, network, ctx.Cancellation);
        if (offering is null || !offering.Services.Any(s => s.Service is NetworkServices.SourceNat or NetworkServices.StaticNat or NetworkServices.PortForwarding or NetworkServices.Lb or NetworkServices.Firewall))
        {
            throw CloudException.InvalidParameter($"Network {network.Name}'s offering has no service that uses public addresses");
        }
        return (network, zone, owner);
    }

    /// <summary>A VPC's address: it belongs to the VPC until its first rule ties it to a tier.</summary>
    private async Task<ApiResult> AssociateForVpcAsync(CommandContext ctx, Vpc vpc)
    {
        var owner = await ResolveForVpcAsync(ctx, vpc);
        var ip = await networks.AssociateAsync(ctx.Db, vpc.ZoneId, owner, null, sourceNat: false, ctx.Params.String("ipaddress"), ctx.Cancellation, vpc.Id);
        if (ctx.Params.Bool("fordisplay") is { } display)
        {
            ip.ForDisplay = display;
        }
        ctx.Event(EventTypes.NetIpAssign, $"Associated IP address {ip.Address} with VPC {vpc.Name}", "IpAddress", ip.Uuid, ip.Address);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await routers.ApplyVpcAsync(ctx.Db, vpc.Id, ctx.Cancellation);
        return ApiResult.Of((await PublicIpResponses.ToResponsesAsync(ctx.Db, [ip], ctx.Cancellation))[0]);
    }

    private static async Task<Account> ResolveForVpcAsync(CommandContext ctx, Vpc vpc)
    {
        var p = ctx.Params;
        if (p.Has("networkid"))
        {
            throw CloudException.InvalidParameter("Give networkid or vpcid, not both: a VPC's address is tied to a tier by its first rule");
        }
        if (p.Flag("isportable") || p.Has("regionid") || p.Has("projectid"))
        {
            throw CloudException.InvalidParameter("Portable IP addresses and projects are not supported here");
        }
        if (p.String("ipaddress") is { } wanted && !Ipv4.TryParse(wanted, out _))
        {
            throw CloudException.InvalidParameter($"Invalid ipaddress {wanted}");
        }
        if (p.Entity<Zone>("zoneid") is { } zone && zone.Id != vpc.ZoneId)
        {
            throw CloudException.InvalidParameter($"VPC {vpc.Name} is not in zone {zone.Name}");
        }
        if (vpc.State != VpcState.Enabled)
        {
            throw CloudException.InvalidParameter($"VPC {vpc.Name} is {vpc.State}");
        }
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vpc.AccountId, ctx.Cancellation);
        if (p.Has("account") || p.Has("domainid"))
        {
            var given = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
            if (given.Id != owner.Id)
            {
                throw CloudException.InvalidParameter($"VPC {vpc.Name} does not belong to account {given.Name}");
            }
        }
        return owner;
    }
}
