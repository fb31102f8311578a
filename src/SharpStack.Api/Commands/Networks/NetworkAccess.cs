using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Networks;

/// <summary>Which networks an account's instances may join.</summary>
internal static class NetworkAccess
{
    /// <summary>A domain-wide network serves accounts of its domain, and of its subdomains when it grants subdomain access.</summary>
    public static async Task<bool> ServesAsync(CloudDbContext db, Network network, Account owner, CancellationToken ct)
    {
        if (network.AclType == "Account")
        {
            return network.AccountId == owner.Id;
        }
        if (owner.DomainId == network.DomainId)
        {
            return true;
        }
        if (network.SubdomainAccess == false)
        {
            return false;
        }
        var networkDomain = await db.Domains.AsNoTracking().FirstAsync(d => d.Id == network.DomainId, ct);
        var ownerDomain = await db.Domains.AsNoTracking().FirstAsync(d => d.Id == owner.DomainId, ct);
        return networkDomain.Contains(ownerDomain);
    }

    /// <summary>Refuses a network an instance of the owner cannot join: another zone, another account's, another domain's, or going away.</summary>
    public static async Task RequireUsableAsync(CloudDbContext db, Network network, Account owner, long zoneId, string zoneName, CancellationToken ct)
    {
        if (network.ZoneId != zoneId)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} is not in zone {zoneName}");
        }
        if (network.AclType == "Account" && network.AccountId != owner.Id)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} belongs to another account");
        }
        if (!await ServesAsync(db, network, owner, ct))
        {
            throw CloudException.InvalidParameter($"Network {network.Name} is not available to account {owner.Name}: it serves another domain");
        }
        if (network.State == NetworkState.Destroy)
        {
            throw CloudException.InvalidParameter($"Network {network.Name} is being deleted");
        }
    }
}
