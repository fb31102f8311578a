using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

internal sealed class VpnCustomerGatewayLookup : IEntityLookup
{
    public string Entity => "Site2SiteCustomerGateway";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.VpnCustomerGateways.FirstOrDefaultAsync(g => g.Uuid == uuid && g.Removed == null && accounts.Contains(g.AccountId), ct);
    }
}

internal sealed class VpnGatewayLookup : IEntityLookup
{
    public string Entity => "Site2SiteVpnGateway";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.VpnGateways.FirstOrDefaultAsync(g => g.Uuid == uuid && g.Removed == null && accounts.Contains(g.AccountId), ct);
    }
}

internal sealed class VpnConnectionLookup : IEntityLookup
{
    public string Entity => "Site2SiteVpnConnection";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.VpnConnections.FirstOrDefaultAsync(c => c.Uuid == uuid && c.Removed == null && accounts.Contains(c.AccountId), ct);
    }
}
