using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Vpn;

/// <summary>Tells the routers of an account's VPNs about a change, undoing it if one cannot take it.</summary>
internal static class VpnChanges
{
    public static async Task ApplyToAccountAsync(CloudDbContext db, RouterOrchestrator routers, long accountId, Func<Task> undo, CancellationToken ct)
    {
        var networkIds = await db.RemoteAccessVpns.AsNoTracking().Where(v => v.AccountId == accountId && v.State != VpnState.Removed).Select(v => v.NetworkId).Distinct().ToListAsync(ct);
        try
        {
            foreach (var networkId in networkIds)
            {
                await routers.ApplyAsync(db, networkId, ct);
            }
        }
        catch (CloudException)
        {
            db.ChangeTracker.Clear();
            await undo();
            // Routers that took the change get the previous state back.
            foreach (var networkId in networkIds)
            {
                await routers.TryApplyAsync(db, networkId, ct);
            }
            throw;
        }
    }
}
