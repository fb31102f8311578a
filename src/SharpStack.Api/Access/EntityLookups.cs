using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Events;
using SharpStack.Core.Identity;
using SharpStack.Core.Jobs;
using SharpStack.Data;

namespace SharpStack.Api.Access;

internal sealed class DomainLookup : IEntityLookup
{
    public string Entity => "Domain";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleDomains(caller).FirstOrDefaultAsync(d => d.Uuid == uuid, ct);
}

internal sealed class AccountLookup : IEntityLookup
{
    public string Entity => "Account";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleAccounts(caller).Include(a => a.Domain).Include(a => a.Role).FirstOrDefaultAsync(a => a.Uuid == uuid, ct);
}

internal sealed class UserLookup : IEntityLookup
{
    public string Entity => "User";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleUsers(caller)
            .Include(u => u.Account!).ThenInclude(a => a.Domain)
            .Include(u => u.Account!).ThenInclude(a => a.Role)
            .FirstOrDefaultAsync(u => u.Uuid == uuid, ct);
}

internal sealed class RoleLookup : IEntityLookup
{
    public string Entity => "Role";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleRoles(caller).FirstOrDefaultAsync(r => r.Uuid == uuid, ct);
}

internal sealed class RolePermissionLookup : IEntityLookup
{
    public string Entity => "RolePermission";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        caller.IsRootAdmin ? await db.RolePermissions.FirstOrDefaultAsync(p => p.Uuid == uuid, ct) : null;
}

internal sealed class JobLookup : IEntityLookup
{
    public string Entity => "JobInfo";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleJobs(caller).FirstOrDefaultAsync(j => j.Uuid == uuid, ct);
}

internal sealed class EventLookup : IEntityLookup
{
    public string Entity => "Event";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleEvents(caller).FirstOrDefaultAsync(e => e.Uuid == uuid, ct);
}

public static class MoreVisibility
{
    /// <summary>Root admins see every role; others see public roles no more privileged than their own.</summary>
    public static IQueryable<Role> VisibleRoles(this CloudDbContext db, Caller caller)
    {
        var roles = db.Roles.Where(r => r.Removed == null);
        if (caller.IsRootAdmin)
        {
            return roles;
        }
        var own = caller.Role.Type;
        return roles.Where(r => r.IsPublic && r.Type >= own && r.Type != RoleType.Admin);
    }

    /// <summary>Templates and ISOs the caller may name: public ones, its reachable accounts' and those shared with them.</summary>
    public static IQueryable<Core.Images.VmTemplate> VisibleTemplates(this CloudDbContext db, Caller caller)
    {
        var templates = db.VmTemplates.Where(t => t.Removed == null);
        if (caller.IsRootAdmin)
        {
            return templates;
        }
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        var shared = db.TemplatePermissions.Where(p => accounts.Contains(p.AccountId)).Select(p => p.TemplateId);
        return templates.Where(t => t.IsPublic || accounts.Contains(t.AccountId) || shared.Contains(t.Id));
    }

    public static IQueryable<AsyncJob> VisibleJobs(this CloudDbContext db, Caller caller)
    {
        var jobs = db.AsyncJobs.Where(j => j.Removed == null);
        if (caller.IsRootAdmin)
        {
            return jobs;
        }
        var accounts = db.Accounts.Where(a => a.Id == caller.Account.Id || (caller.IsDomainAdmin && a.Domain!.Path.StartsWith(caller.Domain.Path))).Select(a => a.Id);
        return jobs.Where(j => accounts.Contains(j.AccountId));
    }

    public static IQueryable<EventRecord> VisibleEvents(this CloudDbContext db, Caller caller)
    {
        if (caller.IsRootAdmin)
        {
            return db.Events;
        }
        if (caller.IsDomainAdmin)
        {
            var domains = db.Domains.Where(d => d.Path.StartsWith(caller.Domain.Path)).Select(d => d.Id);
            return db.Events.Where(e => domains.Contains(e.DomainId));
        }
        var account = caller.Account.Id;
        var projects = caller.ProjectAccountIds;
        return db.Events.Where(e => e.AccountId == account || projects.Contains(e.AccountId));
    }
}

internal sealed class ManagementServerLookup : IEntityLookup
{
    public string Entity => "ManagementServerHost";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        caller.IsRootAdmin ? await db.ManagementServers.FirstOrDefaultAsync(m => m.Uuid == uuid, ct) : null;
}

/// <summary>Offerings a caller may see: root admins all; others those for every domain or for theirs.</summary>
internal sealed class ServiceOfferingLookup : IEntityLookup
{
    public string Entity => "ServiceOffering";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var offering = await db.ServiceOfferings.FirstOrDefaultAsync(o => o.Uuid == uuid && o.Removed == null, ct);
        return offering is not null && await OfferingVisibility.VisibleAsync(db, caller, offering.DomainIds, ct) ? offering : null;
    }
}

internal sealed class NetworkOfferingLookup : IEntityLookup
{
    public string Entity => "NetworkOffering";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var offering = await db.NetworkOfferings.Include(o => o.Services).FirstOrDefaultAsync(o => o.Uuid == uuid && o.Removed == null && !o.IsSystem, ct);
        return offering is not null && await OfferingVisibility.VisibleAsync(db, caller, offering.DomainIds, ct) ? offering : null;
    }
}

internal sealed class DiskOfferingLookup : IEntityLookup
{
    public string Entity => "DiskOffering";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var offering = await db.DiskOfferings.FirstOrDefaultAsync(o => o.Uuid == uuid && o.Removed == null, ct);
        return offering is not null && await OfferingVisibility.VisibleAsync(db, caller, offering.DomainIds, ct) ? offering : null;
    }
}

internal static class OfferingVisibility
{
    public static async Task<bool> VisibleAsync(CloudDbContext db, Caller caller, string? domainIds, CancellationToken ct)
    {
        if (caller.IsRootAdmin || domainIds is null)
        {
            return true;
        }
        var ids = Commands.Offerings.OfferingScope.Split(domainIds);
        var domains = await db.Domains.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        return Commands.Offerings.OfferingScope.VisibleTo(caller, domainIds, domains);
    }
}

internal sealed class SshKeyPairLookup : IEntityLookup
{
    public string Entity => "SSHKeyPair";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct)
    {
        var accounts = db.VisibleAccounts(caller).Select(a => a.Id);
        return await db.SshKeyPairs.FirstOrDefaultAsync(k => k.Uuid == uuid && accounts.Contains(k.AccountId), ct);
    }
}

/// <summary>Guest OS types and categories are reference data every caller may name.</summary>
internal sealed class GuestOsLookup : IEntityLookup
{
    public string Entity => "GuestOS";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.GuestOs.FirstOrDefaultAsync(o => o.Uuid == uuid && o.Removed == null, ct);
}

internal sealed class GuestOsCategoryLookup : IEntityLookup
{
    public string Entity => "GuestOsCategory";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.GuestOsCategories.FirstOrDefaultAsync(c => c.Uuid == uuid, ct);
}

/// <summary>
/// A template or ISO is visible to callers that can reach its owner, to everyone when public, and
/// to the accounts it is shared with (and the admins that reach those accounts).
/// </summary>
internal sealed class VmTemplateLookup : IEntityLookup
{
    public string Entity => "VirtualMachineTemplate";

    public async Task<object?> FindAsync(CloudDbContext db, Caller caller, Guid uuid, CancellationToken ct) =>
        await db.VisibleTemplates(caller).FirstOrDefaultAsync(t => t.Uuid == uuid, ct);
}
