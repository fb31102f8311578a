using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Rules;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;
using SharpStack.Orchestration.Security;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Vpn;

/// <summary>
/// Starts an L2TP/IPsec remote access VPN on an isolated network's source NAT address: clients get
/// addresses from iprange (default remote.access.vpn.client.iprange) and a generated pre-shared key.
/// The router opens the VPN's ports (UDP 500, 4500, 1701) with it.
/// </summary>
[ApiCommand("createRemoteAccessVpn")]
public sealed class CreateRemoteAccessVpn(RouterOrchestrator routers, SecretProtector secrets, SettingsService settings) : IOrchestratedCommand
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public string EventType => EventTypes.VpnCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (_, network, _) = await CheckAsync(ctx);
        return RuleTargets.Target(network);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (ip, network, range) = await CheckAsync(ctx);
        var keyLength = (int)Math.Clamp(await settings.GetLongAsync(SettingNames.VpnPskLength, ctx.Cancellation), 8, 256);
        var vpn = new RemoteAccessVpn
        {
            IpAddressId = ip.Id,
            NetworkId = network.Id,
            AccountId = ip.AccountId!.Value,
            DomainId = ip.DomainId!.Value,
            IpRange = range,
            PresharedKey = secrets.Protect(RandomNumberGenerator.GetString(Alphabet, keyLength)),
            ForDisplay = ctx.Params.Bool("fordisplay") ?? true,
            Created = ctx.Now,
        };
        ctx.Db.RemoteAccessVpns.Add(vpn);
        try
        {
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        }
        catch (DbUpdateException)
        {
            throw CloudException.InvalidParameter($"A remote access VPN already exists for IP address {ip.Address}");
        }
        await routers.ApplyOrUndoAsync(ctx.Db, network.Id,
            () => ctx.Db.RemoteAccessVpns.Where(v => v.Id == vpn.Id).ExecuteDeleteAsync(ctx.Cancellation), ctx.Cancellation);
        vpn.State = VpnState.Running;
        ctx.Event(EventTypes.VpnCreate, $"Created remote access VPN on {ip.Address}", "RemoteAccessVpn", vpn.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await VpnResponses.VpnsAsync(ctx.Db, secrets, [vpn], ctx.Cancellation))[0]);
    }

    private async Task<(PublicIpAddress Ip, Network Network, string Range)> CheckAsync(CommandContext ctx)
    {
        var (ip, network) = await RuleTargets.AddressForAsync(ctx, NetworkServices.Vpn, "publicipid");
        if (!ip.IsSourceNat)
        {
            throw CloudException.InvalidParameter($"A remote access VPN can only be created on the source NAT address of a network; {ip.Address} is not");
        }
        if (await ctx.Db.RemoteAccessVpns.AnyAsync(v => v.IpAddressId == ip.Id, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"A remote access VPN already exists for IP address {ip.Address}");
        }
        var text = ctx.Params.String("iprange") ?? await settings.GetAsync(SettingNames.VpnClientIpRange, ctx.Cancellation) ?? "10.1.2.1-10.1.2.8";
        var bounds = text.Split('-', StringSplitOptions.TrimEntries);
        if (bounds.Length != 2 || !Ipv4Range.TryParse(bounds[0], bounds[1], out var range))
        {
            throw CloudException.InvalidParameter($"Invalid iprange {text}: give first-last addresses, first not after last");
        }
        if (range.End - range.Start < 1 || range.End - range.Start > 1024)
        {
            throw CloudException.InvalidParameter($"The VPN's iprange {text} must hold from 2 to 1025 addresses (the first is the router's)");
        }
        if (Ipv4.TryParseCidr(network.Cidr, out var subnet, out var prefix) &&
            new Ipv4Range(subnet, subnet | ~Ipv4.MaskOf(prefix)).Overlaps(range))
        {
            throw CloudException.InvalidParameter($"The VPN's iprange {text} overlaps the network's CIDR {network.Cidr}");
        }
        return (ip, network, $"{Ipv4.Format(range.Start)}-{Ipv4.Format(range.End)}");
    }
}
