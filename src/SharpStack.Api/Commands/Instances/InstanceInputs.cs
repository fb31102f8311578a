using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Instances;

internal static partial class InstanceNames
{
    [GeneratedRegex("^[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")]
    private static partial Regex HostName();

    /// <summary>Upstream's rule: an RFC 1123 label that starts with a letter.</summary>
    public static void ValidateHostName(string name)
    {
        if (!HostName().IsMatch(name))
        {
            throw CloudException.InvalidParameter(
                $"Invalid name {name}. An instance name can contain the ASCII letters 'a' through 'z', the digits '0' through '9', and the hyphen ('-'), must be between 1 and 63 characters long, and can't start or end with \"-\" and can't start with a digit");
        }
    }
}

internal static class InstanceTemplates
{
    /// <summary>The template's copy in the zone, if the owner may launch it there (public, its own, or shared with it) and it is ready.</summary>
    public static async Task<TemplateStoreRef> EnsureExecutableAsync(CloudDbContext db, Caller caller, Account owner, VmTemplate template, Zone zone, CancellationToken ct)
    {
        if (!caller.IsRootAdmin && !await Templates.TemplateAccess.UsableByAsync(db, template, owner, ct))
        {
            throw CloudException.InvalidParameter($"Template {template.Name} cannot be used by account {owner.Name}");
        }
        if (template.IsIso)
        {
            throw CloudException.InvalidParameter($"{template.Name} is an ISO: deploying from an ISO is not supported yet");
        }
        var copy = await db.TemplateStoreRefs.AsNoTracking().FirstOrDefaultAsync(r => r.TemplateId == template.Id && r.ZoneId == zone.Id, ct)
                   ?? throw CloudException.InvalidParameter($"Template {template.Name} is not available in zone {zone.Name}");
        if (copy.State != TemplateDownloadState.Downloaded)
        {
            throw CloudException.InvalidParameter($"Template {template.Name} has not been completely downloaded to zone {zone.Name}");
        }
        return copy;
    }
}

internal static class InstanceKeys
{
    /// <summary>The owner's key pairs named by keypair or keypairs.</summary>
    public static async Task<List<SshKeyPair>> ResolveAsync(CloudDbContext db, Account owner, BoundParameters p, CancellationToken ct)
    {
        var names = p.StringList("keypairs").ToList();
        if (p.String("keypair") is { } single)
        {
            names.Add(single);
        }
        var found = new List<SshKeyPair>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            found.Add(await db.SshKeyPairs.AsNoTracking().FirstOrDefaultAsync(k => k.AccountId == owner.Id && k.Name == name, ct)
                      ?? throw CloudException.InvalidParameter($"A key pair with name '{name}' was not found for account {owner.Name}"));
        }
        return found;
    }
}

internal static class InstanceUserData
{
    /// <summary>Upstream's limit for user data sent with POST.</summary>
    public const int MaxBytes = 1 << 20;

    public static string? Validate(string? userData)
    {
        if (userData is null)
        {
            return null;
        }
        var buffer = new byte[(userData.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(userData, buffer, out var length))
        {
            throw CloudException.InvalidParameter("User data is not base64 encoded");
        }
        if (length > MaxBytes)
        {
            throw CloudException.InvalidParameter($"User data is too long: {length} bytes decoded, at most {MaxBytes}");
        }
        return userData;
    }
}

internal static class InstancePasswords
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate(int length = 12) => RandomNumberGenerator.GetString(Alphabet, length);
}

internal static class InstanceAddresses
{
    /// <summary>
    /// With iptonetworklist the instance's networks are the ones it names, in its order (as upstream,
    /// it cannot be combined with networkids or ipaddress).
    /// </summary>
    public static async Task<List<Network>> NetworksOfAsync(Pipeline.CommandContext ctx, IReadOnlyList<Network> given)
    {
        if (given.Count > 0 || ctx.Params.Has("ipaddress"))
        {
            throw CloudException.InvalidParameter("iptonetworklist can't be specified along with networkids or ipaddress");
        }
        var networks = new List<Network>();
        foreach (var entry in ctx.Params.Map("iptonetworklist"))
        {
            if (!entry.TryGetValue("networkid", out var networkText) || !Guid.TryParse(networkText, out var uuid))
            {
                throw CloudException.InvalidParameter("iptonetworklist entries need a networkid (uuid) and an ip");
            }
            var network = await ctx.Db.VisibleNetworks(ctx.Caller).FirstOrDefaultAsync(n => n.Uuid == uuid, ctx.Cancellation)
                          ?? throw CloudException.InvalidParameter($"Unable to find network {networkText} of iptonetworklist");
            if (networks.All(n => n.Id != network.Id))
            {
                networks.Add(network);
            }
        }
        return networks;
    }

    /// <summary>An address asked for per network: ipaddress for the first network, or iptonetworklist entries.</summary>
    public static Dictionary<long, string> Requested(BoundParameters p, IReadOnlyList<Network> networks)
    {
        var result = new Dictionary<long, string>();
        if (p.String("ipaddress") is { } ip && networks.Count > 0)
        {
            result[networks[0].Id] = ip;
        }
        foreach (var entry in p.Map("iptonetworklist"))
        {
            if (!entry.TryGetValue("networkid", out var networkText) || !Guid.TryParse(networkText, out var networkUuid))
            {
                throw CloudException.InvalidParameter("iptonetworklist entries need a networkid (uuid) and an ip");
            }
            var network = networks.FirstOrDefault(n => n.Uuid == networkUuid)
                          ?? throw CloudException.InvalidParameter($"iptonetworklist names network {networkText}, which is not one of the instance's networks");
            if (entry.TryGetValue("ip", out var address))
            {
                result[network.Id] = address;
            }
        }
        return result;
    }
}
