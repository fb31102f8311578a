using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Orchestration.Limits;

/// <summary>
/// Resource counts per account and per domain (the account's domain and every parent), and the
/// limits on them. An increment is a conditional update per owner, so concurrent requests can
/// never take an owner past its limit; callers run it inside their transaction so a refusal
/// rolls back the increments already made.
/// </summary>
public sealed class ResourceLimiter(SettingsService settings)
{
    public const long Unlimited = -1;

    public async Task IncrementAsync(CloudDbContext db, Account account, IReadOnlyList<(ResourceType Type, long Delta)> changes, CancellationToken ct)
    {
        var domains = await OwningDomainsAsync(db, account.DomainId, ct);
        foreach (var (type, delta) in changes.Where(c => c.Delta != 0))
        {
            var accountMax = await AccountLimitAsync(db, account, type, ct);
            if (!await TryAddAsync(db, ResourceOwnerType.Account, account.Id, type, delta, accountMax, ct))
            {
                throw Exceeded(type, $"account {account.Name} in domain id={account.DomainId}");
            }
            foreach (var domain in domains)
            {
                var domainMax = domain.Id == Domain.RootId ? Unlimited : await LimitAsync(db, ResourceOwnerType.Domain, domain.Id, type, ct);
                if (!await TryAddAsync(db, ResourceOwnerType.Domain, domain.Id, type, delta, domainMax, ct))
                {
                    throw Exceeded(type, $"domain {domain.Name}");
                }
            }
        }
    }

    /// <summary>Gives resources back; counts never go below zero.</summary>
    public async Task DecrementAsync(CloudDbContext db, Account account, IReadOnlyList<(ResourceType Type, long Delta)> changes, CancellationToken ct)
    {
        var domains = await OwningDomainsAsync(db, account.DomainId, ct);
        foreach (var (type, delta) in changes.Where(c => c.Delta != 0))
        {
            await SubtractAsync(db, ResourceOwnerType.Account, account.Id, type, delta, ct);
            foreach (var domain in domains)
            {
                await SubtractAsync(db, ResourceOwnerType.Domain, domain.Id, type, delta, ct);
            }
        }
    }

    /// <summary>An account's limit in force; a project's account takes its defaults from the max.project.* settings.</summary>
    public async Task<long> AccountLimitAsync(CloudDbContext db, Account account, ResourceType type, CancellationToken ct) =>
        IsUnlimitedAccount(account) ? Unlimited : await LimitAsync(db, ResourceOwnerType.Account, account.Id, type, ct, project: account.Type == AccountType.Project);

    /// <summary>The limit in force: an explicit one, else the default setting (root admins and the ROOT domain have none).</summary>
    public async Task<long> LimitAsync(CloudDbContext db, ResourceOwnerType ownerType, long ownerId, ResourceType type, CancellationToken ct, bool project = false)
    {
        var explicitMax = await db.ResourceLimits.AsNoTracking()
            .Where(l => l.OwnerType == ownerType && l.OwnerId == ownerId && l.Type == type)
            .Select(l => (long?)l.Max).FirstOrDefaultAsync(ct);
        if (explicitMax is { } max)
        {
            return max;
        }
        var setting = project ? ProjectDefaultSetting(type) : DefaultSetting(ownerType, type);
        return setting is { } name ? DefaultFromSetting(type, await settings.GetAsync(name, ct)) : Unlimited;
    }

    public static bool IsUnlimitedAccount(Account account) => account.Type == AccountType.Admin;

    public static string? DefaultSetting(ResourceOwnerType ownerType, ResourceType type) => (ownerType, type) switch
    {
        (ResourceOwnerType.Account, ResourceType.user_vm) => SettingNames.MaxAccountUserVms,
        (ResourceOwnerType.Account, ResourceType.cpu) => SettingNames.MaxAccountCpus,
        (ResourceOwnerType.Account, ResourceType.memory) => SettingNames.MaxAccountMemory,
        (ResourceOwnerType.Account, ResourceType.volume) => SettingNames.MaxAccountVolumes,
        (ResourceOwnerType.Account, ResourceType.primary_storage) => SettingNames.MaxAccountPrimaryStorage,
        (ResourceOwnerType.Domain, ResourceType.user_vm) => SettingNames.MaxDomainUserVms,
        (ResourceOwnerType.Domain, ResourceType.cpu) => SettingNames.MaxDomainCpus,
        (ResourceOwnerType.Domain, ResourceType.memory) => SettingNames.MaxDomainMemory,
        (ResourceOwnerType.Domain, ResourceType.volume) => SettingNames.MaxDomainVolumes,
        (ResourceOwnerType.Domain, ResourceType.primary_storage) => SettingNames.MaxDomainPrimaryStorage,
        (ResourceOwnerType.Account, ResourceType.snapshot) => SettingNames.MaxAccountSnapshots,
        (ResourceOwnerType.Account, ResourceType.template) => SettingNames.MaxAccountTemplates,
        (ResourceOwnerType.Account, ResourceType.network) => SettingNames.MaxAccountNetworks,
        (ResourceOwnerType.Domain, ResourceType.network) => SettingNames.MaxDomainNetworks,
        (ResourceOwnerType.Domain, ResourceType.template) => SettingNames.MaxDomainTemplates,
        (ResourceOwnerType.Domain, ResourceType.snapshot) => SettingNames.MaxDomainSnapshots,
        (ResourceOwnerType.Account, ResourceType.secondary_storage) => SettingNames.MaxAccountSecondaryStorage,
        (ResourceOwnerType.Domain, ResourceType.secondary_storage) => SettingNames.MaxDomainSecondaryStorage,
        (ResourceOwnerType.Account, ResourceType.public_ip) => SettingNames.MaxAccountPublicIps,
        (ResourceOwnerType.Domain, ResourceType.public_ip) => SettingNames.MaxDomainPublicIps,
        (ResourceOwnerType.Account, ResourceType.vpc) => SettingNames.MaxAccountVpcs,
        (ResourceOwnerType.Domain, ResourceType.vpc) => SettingNames.MaxDomainVpcs,
        _ => null,
    };

    public static string? ProjectDefaultSetting(ResourceType type) => type switch
    {
        ResourceType.user_vm => SettingNames.MaxProjectUserVms,
        ResourceType.cpu => SettingNames.MaxProjectCpus,
        ResourceType.memory => SettingNames.MaxProjectMemory,
        ResourceType.volume => SettingNames.MaxProjectVolumes,
        ResourceType.primary_storage => SettingNames.MaxProjectPrimaryStorage,
        ResourceType.snapshot => SettingNames.MaxProjectSnapshots,
        ResourceType.template => SettingNames.MaxProjectTemplates,
        ResourceType.network => SettingNames.MaxProjectNetworks,
        ResourceType.secondary_storage => SettingNames.MaxProjectSecondaryStorage,
        ResourceType.public_ip => SettingNames.MaxProjectPublicIps,
        _ => null,
    };

    /// <summary>Storage limits are set in GiB but counted in bytes, as upstream does.</summary>
    public static bool CountsBytes(ResourceType type) => type is ResourceType.primary_storage or ResourceType.secondary_storage;

    private static long DefaultFromSetting(ResourceType type, string? value)
    {
        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var max) || max < 0)
        {
            return Unlimited;
        }
        return CountsBytes(type) ? max << 30 : max;
    }

    private static async Task<List<Domain>> OwningDomainsAsync(CloudDbContext db, long domainId, CancellationToken ct)
    {
        var domain = await db.Domains.AsNoTracking().FirstAsync(d => d.Id == domainId, ct);
        var all = await db.Domains.AsNoTracking().Where(d => domain.Path.StartsWith(d.Path)).ToListAsync(ct);
        return all.Where(d => domain.Path.StartsWith(d.Path, StringComparison.Ordinal)).ToList();
    }

    private static async Task<bool> TryAddAsync(CloudDbContext db, ResourceOwnerType ownerType, long ownerId, ResourceType type, long delta, long max, CancellationToken ct)
    {
        await EnsureRowAsync(db, ownerType, ownerId, type, ct);
        var rows = db.ResourceCounts.Where(c => c.OwnerType == ownerType && c.OwnerId == ownerId && c.Type == type);
        if (max >= 0)
        {
            rows = rows.Where(c => c.Count + delta <= max);
        }
        return await rows.ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + delta), ct) == 1;
    }

    private static async Task SubtractAsync(CloudDbContext db, ResourceOwnerType ownerType, long ownerId, ResourceType type, long delta, CancellationToken ct)
    {
        await EnsureRowAsync(db, ownerType, ownerId, type, ct);
        await db.ResourceCounts.Where(c => c.OwnerType == ownerType && c.OwnerId == ownerId && c.Type == type)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count >= delta ? c.Count - delta : 0), ct);
    }

    /// <summary>Creates the counter on first use. Two first uses at once: the loser's insert is undone to a savepoint and it uses the winner's row.</summary>
    private static async Task EnsureRowAsync(CloudDbContext db, ResourceOwnerType ownerType, long ownerId, ResourceType type, CancellationToken ct)
    {
        if (await db.ResourceCounts.AnyAsync(c => c.OwnerType == ownerType && c.OwnerId == ownerId && c.Type == type, ct))
        {
            return;
        }
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException("resource counts change only inside a transaction");
        await tx.CreateSavepointAsync("resource_count", ct);
        var row = new ResourceCount { OwnerType = ownerType, OwnerId = ownerId, Type = type };
        db.ResourceCounts.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await tx.RollbackToSavepointAsync("resource_count", ct);
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private static CloudException Exceeded(ResourceType type, string owner) =>
        CloudException.LimitExceeded($"Maximum number of resources of type '{type}' for {owner} has been exceeded.");
}
