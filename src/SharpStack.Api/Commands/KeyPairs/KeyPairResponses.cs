using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Data;

namespace SharpStack.Api.Commands.KeyPairs;

internal static class KeyPairResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<SshKeyPair> keys, CancellationToken ct)
    {
        var accountIds = keys.Select(k => k.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return keys.Select(k =>
        {
            var account = accounts[k.AccountId];
            return new ApiObject
            {
                { "id", k.Uuid },
                { "name", k.Name },
                { "account", account.Name },
                { "domainid", account.Domain!.Uuid },
                { "domain", account.Domain.Name },
                { "fingerprint", k.Fingerprint },
            };
        }).ToList();
    }

    public static async Task EnsureFreeAsync(CloudDbContext db, long accountId, string name, string fingerprint, CancellationToken ct)
    {
        if (await db.SshKeyPairs.AnyAsync(k => k.AccountId == accountId && k.Name == name, ct))
        {
            throw Core.Errors.CloudException.InvalidParameter($"A key pair with name '{name}' already exists for this account");
        }
        if (await db.SshKeyPairs.AnyAsync(k => k.AccountId == accountId && k.Fingerprint == fingerprint, ct))
        {
            throw Core.Errors.CloudException.InvalidParameter("A key pair with the same public key already exists for this account");
        }
    }
}
