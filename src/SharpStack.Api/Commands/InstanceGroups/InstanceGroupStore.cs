using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Commands.InstanceGroups;

internal static class InstanceGroupStore
{
    /// <summary>The owner's group of that name, made on first use (deploy and updateVirtualMachine name groups, as upstream); inside the caller's transaction.</summary>
    public static async Task<InstanceGroup> EnsureAsync(CloudDbContext db, Account owner, string name, DateTime now, CancellationToken ct)
    {
        IdentityService.ValidateName(name, "Instance group name");
        if (await db.InstanceGroups.FirstOrDefaultAsync(g => g.AccountId == owner.Id && g.Name == name, ct) is { } existing)
        {
            return existing;
        }
        var group = new InstanceGroup { Name = name, AccountId = owner.Id, DomainId = owner.DomainId, Created = now };
        return await Orchestration.Jobs.FirstInsert.AddOrFetchAsync(db, group, "instance_group", () => db.InstanceGroups.FirstAsync(g => g.AccountId == owner.Id && g.Name == name, ct), ct);
    }

    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<InstanceGroup> groups, CancellationToken ct)
    {
        var accountIds = groups.Select(g => g.AccountId).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return groups.Select(g => new ApiObject
        {
            { "id", g.Uuid },
            { "name", g.Name },
            { "created", g.Created },
            { "account", accounts.GetValueOrDefault(g.AccountId)?.Name },
            { "domainid", accounts.GetValueOrDefault(g.AccountId)?.Domain?.Uuid },
            { "domain", accounts.GetValueOrDefault(g.AccountId)?.Domain?.Name },
            { "domainpath", accounts.GetValueOrDefault(g.AccountId)?.Domain?.Path },
        }).ToList();
    }
}

internal sealed class InstanceGroupLookup : IEntityLookup
{
    public string Entity => "InstanceGroup";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.InstanceGroups.FirstOrDefaultAsync(g => g.Uuid == uuid && accounts.Contains(g.AccountId), ct);
    }
}
