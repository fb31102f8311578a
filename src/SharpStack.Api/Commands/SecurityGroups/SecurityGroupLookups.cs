using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.SecurityGroups;

internal sealed class SecurityGroupLookup : IEntityLookup
{
    public string Entity => "SecurityGroup";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.SecurityGroups.FirstOrDefaultAsync(g => g.Uuid == uuid && accounts.Contains(g.AccountId), ct);
    }
}

/// <summary>A security group rule (upstream's entity "SecurityRule"), visible with its group.</summary>
internal sealed class SecurityRuleLookup : IEntityLookup
{
    public string Entity => "SecurityRule";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        var groups = db.SecurityGroups.Where(g => accounts.Contains(g.AccountId)).Select(g => g.Id);
        return await db.SecurityGroupRules.FirstOrDefaultAsync(r => r.Uuid == uuid && groups.Contains(r.SecurityGroupId), ct);
    }
}
