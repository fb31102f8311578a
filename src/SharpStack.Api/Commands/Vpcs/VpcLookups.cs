using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>VPCs and what hangs off them are visible to callers that can reach the VPC's owner.</summary>
internal static class VpcVisibility
{
    public static IQueryable<Vpc> VisibleVpcs(this CloudDbContext db, Caller caller)
    {
        var live = db.Vpcs.Where(v => v.Removed == null);
        if (caller.IsRootAdmin)
        {
            return live;
        }
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return live.Where(v => accounts.Contains(v.AccountId));
    }

    /// <summary>The global default lists (no VPC) and the lists of VPCs the caller can see.</summary>
    public static IQueryable<NetworkAclList> VisibleAclLists(this CloudDbContext db, Caller caller)
    {
        var vpcs = db.VisibleVpcs(caller).Select(v => v.Id);
        return db.NetworkAclLists.Where(a => a.VpcId == null || vpcs.Contains(a.VpcId.Value));
    }
}

internal sealed class VpcOfferingLookup : IEntityLookup
{
    public string Entity => "VpcOffering";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var offering = await db.VpcOfferings.Include(o => o.Services).FirstOrDefaultAsync(o => o.Uuid == uuid && o.Removed == null, ct);
        return offering is not null && await OfferingVisibility.VisibleAsync(db, caller, offering.DomainIds, ct) ? offering : null;
    }
}

internal sealed class VpcLookup : IEntityLookup
{
    public string Entity => "Vpc";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleVpcs(caller).FirstOrDefaultAsync(v => v.Uuid == uuid, ct);
}

internal sealed class NetworkAclListLookup : IEntityLookup
{
    public string Entity => "NetworkACL";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleAclLists(caller).FirstOrDefaultAsync(a => a.Uuid == uuid, ct);
}

internal sealed class NetworkAclItemLookup : IEntityLookup
{
    public string Entity => "NetworkACLItem";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var lists = db.VisibleAclLists(caller).Select(a => a.Id);
        return await db.NetworkAclItems.FirstOrDefaultAsync(i => i.Uuid == uuid && lists.Contains(i.AclId), ct);
    }
}

internal sealed class PrivateGatewayLookup : IEntityLookup
{
    public string Entity => "VpcGateway";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var vpcs = db.VisibleVpcs(caller).Select(v => v.Id);
        return await db.PrivateGateways.FirstOrDefaultAsync(g => g.Uuid == uuid && g.Removed == null && vpcs.Contains(g.VpcId), ct);
    }
}

internal sealed class StaticRouteLookup : IEntityLookup
{
    public string Entity => "StaticRoute";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var vpcs = db.VisibleVpcs(caller).Select(v => v.Id);
        return await db.StaticRoutes.FirstOrDefaultAsync(r => r.Uuid == uuid && vpcs.Contains(r.VpcId), ct);
    }
}
