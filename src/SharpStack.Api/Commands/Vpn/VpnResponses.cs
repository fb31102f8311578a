using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Security;

namespace SharpStack.Api.Commands.Vpn;

internal static class VpnResponses
{
    public static async Task<List<ApiObject>> VpnsAsync(CloudDbContext db, SecretProtector secrets, IReadOnlyList<RemoteAccessVpn> vpns, CancellationToken ct)
    {
        var ipIds = vpns.Select(v => v.IpAddressId).ToList();
        var ips = await db.PublicIpAddresses.AsNoTracking().Where(a => ipIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var accounts = await AccountsAsync(db, vpns.Select(v => v.AccountId), ct);
        return vpns.Select(v =>
        {
            var ip = ips.GetValueOrDefault(v.IpAddressId);
            var account = accounts.GetValueOrDefault(v.AccountId);
            return new ApiObject
            {
                { "id", v.Uuid },
                { "publicipid", ip?.Uuid },
                { "publicip", ip?.Address },
                { "iprange", v.IpRange },
                { "presharedkey", secrets.Unprotect(v.PresharedKey) },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "state", v.State.ToString() },
                { "fordisplay", v.ForDisplay },
            };
        }).ToList();
    }

    public static async Task<List<ApiObject>> UsersAsync(CloudDbContext db, IReadOnlyList<VpnUser> users, CancellationToken ct)
    {
        var accounts = await AccountsAsync(db, users.Select(u => u.AccountId), ct);
        return users.Select(u =>
        {
            var account = accounts.GetValueOrDefault(u.AccountId);
            return new ApiObject
            {
                { "id", u.Uuid },
                { "username", u.Username },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domain", account?.Domain?.Name },
                { "domainpath", account?.Domain?.Path },
                { "state", u.State.ToString() },
            };
        }).ToList();
    }

    private static async Task<Dictionary<long, Core.Identity.Account>> AccountsAsync(CloudDbContext db, IEnumerable<long> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => list.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
    }
}
