using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Core.Networks;
using SharpStack.Core.Storage;
using SharpStack.Core.Events;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Jobs;
using SharpStack.Core.Offerings;
using SharpStack.Core.Projects;
using SharpStack.Core.Settings;
using SharpStack.Core.Usage;

namespace SharpStack.Data;

/// <summary>
/// The database of record. Each provider has a subclass so that each keeps its own migrations
/// (<see cref="SqliteCloudDbContext"/>, <see cref="PostgresCloudDbContext"/>); code uses this type.
/// </summary>
public abstract class CloudDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Domain> Domains => Set<Domain>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<RolePermission> RolePermissions => Set<RolePermission>();
    public DbSet<ApiSession> Sessions => Set<ApiSession>();
    public DbSet<AsyncJob> AsyncJobs => Set<AsyncJob>();
    public DbSet<ManagementServer> ManagementServers => Set<ManagementServer>();
    public DbSet<EventRecord> Events => Set<EventRecord>();
    public DbSet<ConfigurationValue> Configuration => Set<ConfigurationValue>();
    public DbSet<Zone> Zones => Set<Zone>();
    public DbSet<Pod> Pods => Set<Pod>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<PhysicalNetwork> PhysicalNetworks => Set<PhysicalNetwork>();
    public DbSet<TrafficType> TrafficTypes => Set<TrafficType>();
    public DbSet<NetworkServiceProvider> NetworkServiceProviders => Set<NetworkServiceProvider>();
    public DbSet<VirtualRouterElement> VirtualRouterElements => Set<VirtualRouterElement>();
    public DbSet<VlanIpRange> VlanIpRanges => Set<VlanIpRange>();
    public DbSet<Host> Hosts => Set<Host>();
    public DbSet<StoragePool> StoragePools => Set<StoragePool>();
    public DbSet<ImageStore> ImageStores => Set<ImageStore>();
    public DbSet<CapacityRecord> Capacity => Set<CapacityRecord>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<SimulatorMock> SimulatorMocks => Set<SimulatorMock>();
    public DbSet<ServiceOffering> ServiceOfferings => Set<ServiceOffering>();
    public DbSet<DiskOffering> DiskOfferings => Set<DiskOffering>();
    public DbSet<SshKeyPair> SshKeyPairs => Set<SshKeyPair>();
    public DbSet<GuestOsCategory> GuestOsCategories => Set<GuestOsCategory>();
    public DbSet<GuestOs> GuestOs => Set<GuestOs>();
    public DbSet<VmTemplate> VmTemplates => Set<VmTemplate>();
    public DbSet<TemplateStoreRef> TemplateStoreRefs => Set<TemplateStoreRef>();
    public DbSet<TemplatePermission> TemplatePermissions => Set<TemplatePermission>();
    public DbSet<VirtualMachine> VirtualMachines => Set<VirtualMachine>();
    public DbSet<Volume> Volumes => Set<Volume>();
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Nic> Nics => Set<Nic>();
    public DbSet<NicSecondaryIp> NicSecondaryIps => Set<NicSecondaryIp>();
    public DbSet<NetworkOffering> NetworkOfferings => Set<NetworkOffering>();
    public DbSet<GuestVlan> GuestVlans => Set<GuestVlan>();
    public DbSet<Router> Routers => Set<Router>();
    public DbSet<PublicIpAddress> PublicIpAddresses => Set<PublicIpAddress>();
    public DbSet<FirewallRule> FirewallRules => Set<FirewallRule>();
    public DbSet<LoadBalancerMember> LoadBalancerMembers => Set<LoadBalancerMember>();
    public DbSet<RemoteAccessVpn> RemoteAccessVpns => Set<RemoteAccessVpn>();
    public DbSet<VpnUser> VpnUsers => Set<VpnUser>();
    public DbSet<LbStickinessPolicy> LbStickinessPolicies => Set<LbStickinessPolicy>();
    public DbSet<LbHealthCheckPolicy> LbHealthCheckPolicies => Set<LbHealthCheckPolicy>();
    public DbSet<Vpc> Vpcs => Set<Vpc>();
    public DbSet<VpcOffering> VpcOfferings => Set<VpcOffering>();
    public DbSet<NetworkAclList> NetworkAclLists => Set<NetworkAclList>();
    public DbSet<NetworkAclItem> NetworkAclItems => Set<NetworkAclItem>();
    public DbSet<PrivateGateway> PrivateGateways => Set<PrivateGateway>();
    public DbSet<StaticRoute> StaticRoutes => Set<StaticRoute>();
    public DbSet<VpnCustomerGateway> VpnCustomerGateways => Set<VpnCustomerGateway>();
    public DbSet<VpnGateway> VpnGateways => Set<VpnGateway>();
    public DbSet<VpnConnection> VpnConnections => Set<VpnConnection>();
    public DbSet<SecurityGroup> SecurityGroups => Set<SecurityGroup>();
    public DbSet<SecurityGroupRule> SecurityGroupRules => Set<SecurityGroupRule>();
    public DbSet<SecurityGroupMember> SecurityGroupMembers => Set<SecurityGroupMember>();
    public DbSet<SecurityGroupRuleSet> SecurityGroupRuleSets => Set<SecurityGroupRuleSet>();
    public DbSet<ResourceCount> ResourceCounts => Set<ResourceCount>();
    public DbSet<ResourceLimit> ResourceLimits => Set<ResourceLimit>();
    public DbSet<Snapshot> Snapshots => Set<Snapshot>();
    public DbSet<SnapshotPolicy> SnapshotPolicies => Set<SnapshotPolicy>();
    public DbSet<VmSnapshot> VmSnapshots => Set<VmSnapshot>();
    public DbSet<AffinityGroup> AffinityGroups => Set<AffinityGroup>();
    public DbSet<AffinityGroupMember> AffinityGroupMembers => Set<AffinityGroupMember>();
    public DbSet<UsageEvent> UsageEvents => Set<UsageEvent>();
    public DbSet<UsageInterval> UsageIntervals => Set<UsageInterval>();
    public DbSet<UsagePeriod> UsagePeriods => Set<UsagePeriod>();
    public DbSet<UsageRecord> UsageRecords => Set<UsageRecord>();
    public DbSet<InstanceGroup> InstanceGroups => Set<InstanceGroup>();
    public DbSet<SharpStack.Core.Tags.ResourceTag> ResourceTags => Set<SharpStack.Core.Tags.ResourceTag>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();
    public DbSet<ProjectInvitation> ProjectInvitations => Set<ProjectInvitation>();
    public DbSet<ProjectRole> ProjectRoles => Set<ProjectRole>();
    public DbSet<ProjectRolePermission> ProjectRolePermissions => Set<ProjectRolePermission>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CloudDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteCloudDbContext(DbContextOptions<SqliteCloudDbContext> options) : CloudDbContext(options);

public sealed class PostgresCloudDbContext(DbContextOptions<PostgresCloudDbContext> options) : CloudDbContext(options);
