using SharpStack.Orchestration.Security;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Api.Access;
using SharpStack.Api.Auth;
using SharpStack.Api.Binding;
using SharpStack.Api.Catalog;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.Api;

public static class ApiServices
{
    /// <summary>The API layer: catalog, authentication, binding, role checks and every command handler.</summary>
    public static IServiceCollection AddCloudApi(this IServiceCollection services, byte[] serverKey)
    {
        var handlers = CommandRegistry.DiscoverHandlers(typeof(ApiServices).Assembly);
        services.AddSingleton(ApiCatalog.Instance);
        services.AddSingleton(sp => new CommandRegistry(sp.GetRequiredService<ApiCatalog>(), handlers));
        CommandRegistry.AddHandlers(services, handlers);
        services.AddSingleton(new SecretProtector(serverKey));
        services.AddSingleton<Images.TemplateUploads>();
        services.AddSingleton<Images.VolumeUploads>();
        services.AddSingleton<Images.ImageFetcher>();
        services.AddSingleton(sp => new Images.DownloadLinks(serverKey, sp.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>(),
            sp.GetService<Images.DownloadLinkOptions>() ?? new Images.DownloadLinkOptions(null)));
        services.AddSingleton(sp => new FailedAuthThrottle(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IdentityCache>();
        services.AddSingleton<Authenticator>();
        services.AddSingleton<SessionService>();
        services.AddSingleton<RolePermissionChecker>();
        services.AddSingleton<IdentityService>();
        services.AddSingleton<ParameterBinder>();
        services.AddSingleton<CommandExecutor>();
        services.AddSingleton<ApiEndpoint>();
        services.AddSingleton<InternalApiClient>();
        services.AddSingleton<Zones.ZoneFileApplier>();
        services.AddSingleton<IJobRunner, JobRunner>();
        services.AddSingleton<EntityResolver>();
        services.AddSingleton<IEntityLookup, DomainLookup>();
        services.AddSingleton<IEntityLookup, AccountLookup>();
        services.AddSingleton<IEntityLookup, UserLookup>();
        services.AddSingleton<IEntityLookup, RoleLookup>();
        services.AddSingleton<IEntityLookup, RolePermissionLookup>();
        services.AddSingleton<IEntityLookup, JobLookup>();
        services.AddSingleton<IEntityLookup, EventLookup>();
        services.AddSingleton<IEntityLookup, ManagementServerLookup>();
        services.AddSingleton<IEntityLookup, ZoneLookup>();
        services.AddSingleton<IEntityLookup, PodLookup>();
        services.AddSingleton<IEntityLookup, ClusterLookup>();
        services.AddSingleton<IEntityLookup, PhysicalNetworkLookup>();
        services.AddSingleton<IEntityLookup, TrafficTypeLookup>();
        services.AddSingleton<IEntityLookup, ServiceProviderLookup>();
        services.AddSingleton<IEntityLookup, VirtualRouterElementLookup>();
        services.AddSingleton<IEntityLookup, VlanIpRangeLookup>();
        services.AddSingleton<IEntityLookup, HostLookup>();
        services.AddSingleton<IEntityLookup, StoragePoolLookup>();
        services.AddSingleton<IEntityLookup, ImageStoreLookup>();
        services.AddSingleton<IEntityLookup, AlertLookup>();
        services.AddSingleton<IEntityLookup, ServiceOfferingLookup>();
        services.AddSingleton<IEntityLookup, DiskOfferingLookup>();
        services.AddSingleton<IEntityLookup, NetworkOfferingLookup>();
        services.AddSingleton<IEntityLookup, SshKeyPairLookup>();
        services.AddSingleton<IEntityLookup, GuestOsLookup>();
        services.AddSingleton<IEntityLookup, VmTemplateLookup>();
        services.AddSingleton<IEntityLookup, GuestOsCategoryLookup>();
        services.AddSingleton<IEntityLookup, VirtualMachineLookup>();
        services.AddSingleton<IEntityLookup, VolumeLookup>();
        services.AddSingleton<IEntityLookup, NetworkLookup>();
        services.AddSingleton<IEntityLookup, PublicIpAddressLookup>();
        services.AddSingleton<IEntityLookup, FirewallRuleLookup>();
        services.AddSingleton<IEntityLookup, NicLookup>();
        services.AddSingleton<IEntityLookup, NicSecondaryIpLookup>();
        services.AddSingleton<IEntityLookup, RemoteAccessVpnLookup>();
        services.AddSingleton<IEntityLookup, VpnUserLookup>();
        services.AddSingleton<IEntityLookup, StickinessPolicyLookup>();
        services.AddSingleton<IEntityLookup, HealthCheckPolicyLookup>();
        services.AddSingleton<SharpStack.Orchestration.Limits.ResourceLimiter>();
        services.AddSingleton<SharpStack.Orchestration.Limits.TemplateStorageCount>();
        services.AddSingleton<SharpStack.Orchestration.Compute.DeploymentPlanner>();
        services.AddSingleton<SharpStack.Orchestration.Compute.VmOrchestrator>();
        services.AddSingleton<SharpStack.Orchestration.Networks.RouterOrchestrator>();
        services.AddSingleton<SharpStack.Orchestration.Networks.NetworkOrchestrator>();
        services.AddSingleton<SharpStack.Orchestration.Networks.NetworkRules>();
        services.AddSingleton<SharpStack.Orchestration.Networks.NicOrchestrator>();
        services.AddSingleton<SharpStack.Orchestration.Networks.SecurityGroupOrchestrator>();
        services.AddSingleton<SharpStack.Orchestration.Compute.MigrationTargets>();
        services.AddSingleton<SharpStack.Orchestration.Compute.AccountResources>();
        services.AddSingleton<SharpStack.Orchestration.Compute.VolumeOrchestrator>();
        services.AddSingleton<SharpStack.Orchestration.Compute.IsoOrchestrator>();
        services.AddSingleton<Images.TemplateCopier>();
        services.AddSingleton<SharpStack.Orchestration.Compute.VmResizing>();
        services.AddSingleton<SharpStack.Orchestration.Compute.PoolAccess>();
        services.AddSingleton<SharpStack.Orchestration.Compute.StorageMigration>();
        services.AddSingleton<SharpStack.Orchestration.Events.UsageEvents>();
        services.AddSingleton<SharpStack.Orchestration.Snapshots.SnapshotOrchestrator>();
        services.AddSingleton<SharpStack.Orchestration.Snapshots.VmSnapshotOrchestrator>();
        services.AddSingleton<IEntityLookup, SnapshotLookup>();
        services.AddSingleton<IEntityLookup, SnapshotPolicyLookup>();
        services.AddSingleton<IEntityLookup, VmSnapshotLookup>();
        services.AddSingleton<IEntityLookup, Commands.Affinity.AffinityGroupLookup>();
        services.AddSingleton<IEntityLookup, Commands.SecurityGroups.SecurityGroupLookup>();
        services.AddSingleton<IEntityLookup, Commands.SecurityGroups.SecurityRuleLookup>();
        services.AddSingleton<IEntityLookup, Commands.InstanceGroups.InstanceGroupLookup>();
        services.AddSingleton<SharpStack.Orchestration.Compute.IHostCommandSender, SharpStack.Simulator.HostCommandSender>();
        return services;
    }
}
