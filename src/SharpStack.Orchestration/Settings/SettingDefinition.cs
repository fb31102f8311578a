using System.Reflection;
using System.Text.Json;

namespace SharpStack.Orchestration.Settings;

/// <summary>An upstream setting's name, type, default and description, from the embedded catalog.</summary>
public sealed record SettingDefinition(string Name, string Category, string Type, string? DefaultValue, string Description, bool IsDynamic, string Scope, string? Component);

/// <summary>The settings SharpStack honours. Only these are listed and may be changed.</summary>
public static class SettingNames
{
    public const string DefaultPageSize = "default.page.size";
    public const string EnforcePostRequestsAndTimestamps = "enforce.post.requests.and.timestamps";
    public const string ApiKeyAccess = "api.key.access";
    public const string JobExpireMinutes = "job.expire.minutes";
    public const string EventPurgeDelay = "event.purge.delay";
    public const string SessionKeyCheckLocations = "api.sessionkey.check.locations";
    public const string SessionKeyCookieSameSite = "api.sessionkey.cookie.samesite";
    public const string SecureSessionCookie = "enable.secure.session.cookie";
    public const string DefaultUiPageSize = "default.ui.page.size";
    public const string AllowUserCreateProjects = "allow.user.create.projects";
    public const string ProjectInviteRequired = "project.invite.required";
    public const string CpuOverprovisioningFactor = "cpu.overprovisioning.factor";
    public const string MemOverprovisioningFactor = "mem.overprovisioning.factor";
    public const string StorageOverprovisioningFactor = "storage.overprovisioning.factor";
    public const string PingInterval = "ping.interval";
    public const string PingTimeout = "ping.timeout";
    public const string SecStorageAllowedInternalSites = "secstorage.allowed.internal.sites";
    public const string MaxTemplateIsoSize = "max.template.iso.size";
    public const string MaxVolumeUploadSize = "storage.max.volume.upload.size";
    public const string Wait = "wait";
    public const string VmAllocationAlgorithm = "vm.allocation.algorithm";
    public const string StartRetry = "start.retry";
    public const string ClusterCpuDisableThreshold = "cluster.cpu.allocated.capacity.disablethreshold";
    public const string ClusterMemoryDisableThreshold = "cluster.memory.allocated.capacity.disablethreshold";
    public const string PoolAllocatedDisableThreshold = "pool.storage.allocated.capacity.disablethreshold";
    public const string ExpungeDelay = "expunge.delay";
    public const string ExpungeInterval = "expunge.interval";
    public const string AllowUserExpungeRecoverVm = "allow.user.expunge.recover.vm";
    public const string VmDestroyForceStop = "vm.destroy.forcestop";
    public const string MaxAccountUserVms = "max.account.user.vms";
    public const string MaxAccountCpus = "max.account.cpus";
    public const string MaxAccountMemory = "max.account.memory";
    public const string MaxAccountVolumes = "max.account.volumes";
    public const string MaxAccountPrimaryStorage = "max.account.primary.storage";
    public const string MaxDomainUserVms = "max.domain.user.vms";
    public const string MaxDomainCpus = "max.domain.cpus";
    public const string MaxDomainMemory = "max.domain.memory";
    public const string MaxDomainVolumes = "max.domain.volumes";
    public const string MaxDomainPrimaryStorage = "max.domain.primary.storage";
    public const string MaxAccountSnapshots = "max.account.snapshots";
    public const string MaxAccountTemplates = "max.account.templates";
    public const string MaxAccountNetworks = "max.account.networks";
    public const string MaxDomainNetworks = "max.domain.networks";
    public const string MaxDomainTemplates = "max.domain.templates";
    public const string MaxDomainSnapshots = "max.domain.snapshots";
    public const string MaxAccountSecondaryStorage = "max.account.secondary.storage";
    public const string MaxDomainSecondaryStorage = "max.domain.secondary.storage";
    public const string SnapshotPollInterval = "snapshot.poll.interval";
    public const string SnapshotMaxHourly = "snapshot.max.hourly";
    public const string SnapshotMaxDaily = "snapshot.max.daily";
    public const string SnapshotMaxWeekly = "snapshot.max.weekly";
    public const string SnapshotMaxMonthly = "snapshot.max.monthly";
    public const string VmSnapshotMax = "vmsnapshot.max";
    public const string NicMaxSecondaryIps = "vm.network.nic.max.secondary.ipaddresses";
    public const string DisableExtraction = "disable.extraction";
    public const string AllowPublicUserTemplates = "allow.public.user.templates";
    public const string CapacityCheckPeriod = "capacity.check.period";
    public const string AlertWait = "alert.wait";
    public const string ClusterCpuNotificationThreshold = "cluster.cpu.allocated.capacity.notificationthreshold";
    public const string ClusterMemoryNotificationThreshold = "cluster.memory.allocated.capacity.notificationthreshold";
    public const string ClusterStorageAllocatedNotificationThreshold = "cluster.storage.allocated.capacity.notificationthreshold";
    public const string ExtractUrlExpiration = "extract.url.expiration.interval";
    public const string MaxAccountPublicIps = "max.account.public.ips";
    public const string MaxDomainPublicIps = "max.domain.public.ips";
    public const string MaxAccountVpcs = "max.account.vpcs";
    public const string MaxDomainVpcs = "max.domain.vpcs";
    public const string VpnClientIpRange = "remote.access.vpn.client.iprange";
    public const string VpnPskLength = "remote.access.vpn.psk.length";
    public const string VpnUserLimit = "remote.access.vpn.user.limit";
    public const string ProjectInviteTimeout = "project.invite.timeout";
    public const string MaxProjectUserVms = "max.project.user.vms";
    public const string MaxProjectCpus = "max.project.cpus";
    public const string MaxProjectMemory = "max.project.memory";
    public const string MaxProjectVolumes = "max.project.volumes";
    public const string MaxProjectPrimaryStorage = "max.project.primary.storage";
    public const string MaxProjectSnapshots = "max.project.snapshots";
    public const string MaxProjectTemplates = "max.project.templates";
    public const string MaxProjectNetworks = "max.project.networks";
    public const string MaxProjectSecondaryStorage = "max.project.secondary.storage";
    public const string MaxProjectPublicIps = "max.project.public.ips";
    public const string EnableUsageServer = "enable.usage.server";
    public const string UsageAggregationRange = "usage.stats.job.aggregation.range";
    public const string UsageAggregationTimezone = "usage.aggregation.timezone";

    public static readonly IReadOnlyList<string> Honoured =
    [
        DefaultPageSize, EnforcePostRequestsAndTimestamps, ApiKeyAccess,
        JobExpireMinutes, EventPurgeDelay, SessionKeyCheckLocations,
        SessionKeyCookieSameSite, SecureSessionCookie,
        DefaultUiPageSize, AllowUserCreateProjects, ProjectInviteRequired,
        CpuOverprovisioningFactor, MemOverprovisioningFactor, StorageOverprovisioningFactor, PingInterval, PingTimeout,
        SecStorageAllowedInternalSites, MaxTemplateIsoSize, MaxVolumeUploadSize,
        Wait, VmAllocationAlgorithm, StartRetry, ClusterCpuDisableThreshold, ClusterMemoryDisableThreshold, PoolAllocatedDisableThreshold,
        ExpungeDelay, ExpungeInterval, AllowUserExpungeRecoverVm, VmDestroyForceStop,
        MaxAccountUserVms, MaxAccountCpus, MaxAccountMemory, MaxAccountVolumes, MaxAccountPrimaryStorage,
        MaxDomainUserVms, MaxDomainCpus, MaxDomainMemory, MaxDomainVolumes, MaxDomainPrimaryStorage,
        MaxAccountSnapshots, MaxDomainSnapshots, MaxAccountTemplates, MaxDomainTemplates, MaxAccountNetworks, MaxDomainNetworks, MaxAccountSecondaryStorage, MaxDomainSecondaryStorage,
        SnapshotPollInterval, SnapshotMaxHourly, SnapshotMaxDaily, SnapshotMaxWeekly, SnapshotMaxMonthly, VmSnapshotMax,
        NicMaxSecondaryIps,
        DisableExtraction, ExtractUrlExpiration, AllowPublicUserTemplates,
        CapacityCheckPeriod, AlertWait, ClusterCpuNotificationThreshold, ClusterMemoryNotificationThreshold, ClusterStorageAllocatedNotificationThreshold,
        MaxAccountPublicIps, MaxDomainPublicIps, MaxAccountVpcs, MaxDomainVpcs, VpnClientIpRange, VpnPskLength, VpnUserLimit,
        EnableUsageServer, UsageAggregationRange, UsageAggregationTimezone,
        ProjectInviteTimeout, MaxProjectUserVms, MaxProjectCpus, MaxProjectMemory, MaxProjectVolumes, MaxProjectPrimaryStorage,
        MaxProjectSnapshots, MaxProjectTemplates, MaxProjectNetworks, MaxProjectSecondaryStorage, MaxProjectPublicIps,
    ];
}

public static class SettingCatalog
{
    private static readonly Lazy<IReadOnlyDictionary<string, SettingDefinition>> All = new(Load);

    public static IReadOnlyDictionary<string, SettingDefinition> Definitions => All.Value;

    private static IReadOnlyDictionary<string, SettingDefinition> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("global-settings.json")
                           ?? throw new InvalidOperationException("embedded global-settings.json is missing");
        using var doc = JsonDocument.Parse(stream);
        var byName = new Dictionary<string, SettingDefinition>(StringComparer.Ordinal);
        foreach (var s in doc.RootElement.GetProperty("settings").EnumerateArray())
        {
            if (!s.TryGetProperty("name", out var nameElement) || nameElement.GetString() is not { } name ||
                !SettingNames.Honoured.Contains(name) || byName.ContainsKey(name))
            {
                continue;
            }
            var scope = s.TryGetProperty("scope", out var sc) && sc.ValueKind == JsonValueKind.Array && sc.GetArrayLength() > 0
                ? sc[0].GetString() ?? "Global" : "Global";
            var defaultValue = s.TryGetProperty("defaultValue", out var dv) ? dv.GetString() : null;
            byName[name] = new SettingDefinition(
                name,
                Text(s, "category") ?? "Advanced",
                Text(s, "type") ?? "String",
                defaultValue,
                Text(s, "description") ?? "",
                s.TryGetProperty("isDynamic", out var dyn) && dyn.ValueKind == JsonValueKind.True,
                scope,
                Text(s, "component"));
        }
        return byName;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
