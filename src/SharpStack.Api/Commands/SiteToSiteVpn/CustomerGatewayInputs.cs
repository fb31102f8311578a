using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Networks;
using SharpStack.Orchestration.Security;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

/// <summary>A customer gateway's fields as upstream checks them: address, CIDRs, IKE/ESP proposals, lifetimes, key.</summary>
internal static partial class CustomerGatewayInputs
{
    private const long MaxLifetime = 86400;

    public static async Task ApplyAsync(CommandContext ctx, SecretProtector secrets, VpnCustomerGateway gateway, Account owner)
    {
        var p = ctx.Params;
        var name = p.String("name") ?? gateway.Name;
        IdentityService.ValidateName(name, "Customer gateway name");
        var address = p.String("gateway")!;
        if (!Ipv4.TryParse(address, out _))
        {
            throw CloudException.InvalidParameter($"The customer gateway address {address} is invalid: give its IPv4 address");
        }
        var cidrs = p.String("cidrlist")!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var normalized = RuleInputs.Cidrs(cidrs, "cidrlist") ?? throw CloudException.InvalidParameter("cidrlist is required");
        var psk = p.String("ipsecpsk")!;
        if (psk.Length == 0 || psk.Contains('"') || psk.Contains('\n'))
        {
            throw CloudException.InvalidParameter("The customer gateway's IPsec pre-shared key is invalid");
        }
        var ike = Policy(p.String("ikepolicy")!, "ikepolicy", requireGroup: false);
        var esp = Policy(p.String("esppolicy")!, "esppolicy", requireGroup: false);
        var ikeLifetime = p.Long("ikelifetime") ?? 86400;
        var espLifetime = p.Long("esplifetime") ?? 3600;
        if (ikeLifetime is < 0 or > MaxLifetime || espLifetime is < 0 or > MaxLifetime)
        {
            throw CloudException.InvalidParameter($"ikelifetime and esplifetime must be from 0 to {MaxLifetime} seconds");
        }
        var version = (p.String("ikeversion") ?? "ike").ToLowerInvariant();
        if (version is not ("ike" or "ikev1" or "ikev2"))
        {
            throw CloudException.InvalidParameter($"Invalid ikeversion {p.String("ikeversion")}: use ike, ikev1 or ikev2");
        }
        if (await ctx.Db.VpnCustomerGateways.AnyAsync(g => g.AccountId == owner.Id && g.Removed == null && g.Id != gateway.Id && g.Name == name, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"A customer gateway named {name} already exists for account {owner.Name}");
        }
        if (await ctx.Db.VpnCustomerGateways.AnyAsync(g => g.AccountId == owner.Id && g.Removed == null && g.Id != gateway.Id && g.Gateway == address, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"A customer gateway with address {address} already exists for account {owner.Name}");
        }
        gateway.Name = name;
        gateway.Gateway = address;
        gateway.Cidrs = normalized;
        gateway.IpsecPsk = secrets.Protect(psk);
        gateway.IkePolicy = ike;
        gateway.EspPolicy = esp;
        gateway.IkeLifetime = ikeLifetime;
        gateway.EspLifetime = espLifetime;
        gateway.Dpd = p.Bool("dpd") ?? gateway.Dpd;
        gateway.ForceEncap = p.Bool("forceencap") ?? gateway.ForceEncap;
        gateway.SplitConnections = p.Bool("splitconnections") ?? gateway.SplitConnections;
        gateway.IkeVersion = version;
        gateway.AccountId = owner.Id;
        gateway.DomainId = owner.DomainId;
    }

    /// <summary>Comma-separated proposals cipher-hash[;dhgroup], e.g. aes128-sha1;modp1536.</summary>
    private static string Policy(string text, string name, bool requireGroup)
    {
        var proposals = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (proposals.Length == 0 || proposals.Any(x => !Proposal().IsMatch(x) || (requireGroup && !x.Contains(';'))))
        {
            throw CloudException.InvalidParameter($"Invalid {name} {text}: use cipher-hash[;dhgroup] with cipher 3des/aes128/aes192/aes256, hash md5/sha1/sha256/sha384/sha512, group modp1024..modp8192");
        }
        return string.Join(',', proposals.Select(x => x.ToLowerInvariant()));
    }

    [GeneratedRegex("^(3des|aes128|aes192|aes256)-(md5|sha1|sha256|sha384|sha512)(;(modp1024|modp1536|modp2048|modp3072|modp4096|modp6144|modp8192))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Proposal();
}
