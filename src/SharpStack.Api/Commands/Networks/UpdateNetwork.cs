using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Networks;

/// <summary>
/// Renames a network or changes its DNS, network domain or offering; an implemented network's
/// router is brought up to date at once.
/// </summary>
[ApiCommand("updateNetwork")]
public sealed class UpdateNetwork(NetworkOrchestrator networks) : IOrchestratedCommand
{
    private static readonly string[] Unsupported = ["guestvmcidr", "changecidr", "publicmtu", "privatemtu", "ip6dns1", "ip6dns2", "sourcenatipaddress", "updateinsequence"];

    public string EventType => EventTypes.NetworkUpdate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var network = NetworkJobs.RequireChangeable(ctx);
        foreach (var name in Unsupported.Where(ctx.Params.Has))
        {
            throw CloudException.InvalidParameter($"Parameter {name} is not supported by this cloud yet");
        }
        if (ctx.Params.String("name") is { } name2)
        {
            IdentityService.ValidateName(name2, "Network name");
        }
        NetworkInputs.NetworkDomain(ctx.Params.String("networkdomain"));
        NetworkInputs.OptionalIp(ctx.Params.String("dns1"), "dns1");
        NetworkInputs.OptionalIp(ctx.Params.String("dns2"), "dns2");
        if (ctx.Params.Entity<NetworkOffering>("networkofferingid") is { } offering)
        {
            await CheckOfferingChangeAsync(ctx, network, offering);
        }
        return NetworkJobs.Target(network);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var network = await NetworkJobs.LoadAsync(ctx);
        var needsRouterUpdate = false;
        if (p.String("name") is { } name)
        {
            network.Name = name;
        }
        if (p.String("displaytext") is { } text)
        {
            network.DisplayText = text;
        }
        if (p.Bool("displaynetwork") is { } display)
        {
            network.DisplayNetwork = display;
        }
        if (p.String("networkdomain") is { } domain && domain != network.NetworkDomain)
        {
            network.NetworkDomain = domain;
            needsRouterUpdate = true;
        }
        if (p.Has("dns1") || p.Has("dns2"))
        {
            network.Dns1 = p.String("dns1") ?? network.Dns1;
            network.Dns2 = p.String("dns2") ?? network.Dns2;
            needsRouterUpdate = true;
        }
        if (p.Entity<NetworkOffering>("networkofferingid") is { } offering && offering.Id != network.NetworkOfferingId)
        {
            await CheckOfferingChangeAsync(ctx, network, offering);
            network.NetworkOfferingId = offering.Id;
            needsRouterUpdate = true;
        }
        ctx.Event(EventTypes.NetworkUpdate, $"Updated network {network.Name}", "Network", network.Uuid, network.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        if (needsRouterUpdate && network.State == NetworkState.Implemented)
        {
            await networks.RestartAsync(ctx.Db, network, ctx.Actor, cleanup: false, ctx.Cancellation);
        }
        return ApiResult.Of((await NetworkResponses.ToResponsesAsync(ctx.Db, ctx.Caller, [network], ctx.Cancellation))[0]);
    }

    /// <summary>An offering of the same guest type, enabled, and keeping what the network's public addresses need.</summary>
    private static async Task CheckOfferingChangeAsync(CommandContext ctx, Network network, NetworkOffering offering)
    {
        if (offering.State != NetworkOfferingState.Enabled)
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} is {offering.State}: only an enabled offering can be used");
        }
        if (offering.GuestType != network.GuestType || offering.ForVpc != (network.VpcId is not null))
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} is for {(offering.ForVpc ? "VPC tiers" : offering.GuestType + " networks")}; network {network.Name} is {network.GuestType}");
        }
        if (!offering.Has(NetworkServices.SourceNat) &&
            await ctx.Db.PublicIpAddresses.AnyAsync(a => a.NetworkId == network.Id && a.State == PublicIpState.Allocated, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Network offering {offering.Name} has no SourceNat service, and network {network.Name} holds public IP addresses: release them first");
        }
    }
}
