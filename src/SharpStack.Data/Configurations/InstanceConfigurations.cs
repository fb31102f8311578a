using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Compute;
using SharpStack.Core.Identity;
using SharpStack.Core.Networks;
using SharpStack.Core.Storage;

namespace SharpStack.Data.Configurations;

internal sealed class VirtualMachineConfiguration : IEntityTypeConfiguration<VirtualMachine>
{
    public void Configure(EntityTypeBuilder<VirtualMachine> b)
    {
        b.ToTable("vm_instances");
        b.HasIndex(v => v.Uuid).IsUnique();
        b.HasIndex(v => v.InstanceName).IsUnique();
        b.HasIndex(v => new { v.AccountId, v.State });
        b.HasIndex(v => v.HostId);
        b.HasIndex(v => new { v.ZoneId, v.State });
        b.HasIndex(v => v.IsoId);
        b.Property(v => v.InstanceName).HasMaxLength(255);
        b.Property(v => v.Name).HasMaxLength(255);
        b.Property(v => v.DisplayName).HasMaxLength(255);
        b.Property(v => v.Hypervisor).HasMaxLength(32);
        b.Property(v => v.Password).HasMaxLength(1024);
        b.Property(v => v.UserData).HasMaxLength(1 << 20);
        b.Property(v => v.KeyPairs).HasMaxLength(4096);
        b.HasIndex(v => v.InstanceGroupId);
        b.Property(v => v.Details).HasMaxLength(65536);
    }
}

internal sealed class VolumeConfiguration : IEntityTypeConfiguration<Volume>
{
    public void Configure(EntityTypeBuilder<Volume> b)
    {
        b.ToTable("volumes");
        b.HasIndex(v => v.Uuid).IsUnique();
        b.HasIndex(v => v.VmId);
        b.HasIndex(v => v.PoolId);
        b.HasIndex(v => new { v.AccountId, v.State });
        b.Property(v => v.Name).HasMaxLength(255);
        b.Property(v => v.Path).HasMaxLength(2048);
        b.Property(v => v.ProvisioningType).HasMaxLength(32);
        b.Property(v => v.StorePath).HasMaxLength(2048);
        b.Property(v => v.Format).HasMaxLength(16);
        b.Property(v => v.Checksum).HasMaxLength(255);
        b.Property(v => v.UploadError).HasMaxLength(1024);
        b.Property(v => v.Url).HasMaxLength(2048);
    }
}

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> b)
    {
        b.ToTable("networks");
        b.HasIndex(n => n.Uuid).IsUnique();
        b.HasIndex(n => new { n.AccountId, n.ZoneId });
        b.HasIndex(n => n.DefaultKey).IsUnique();
        b.HasIndex(n => n.NetworkOfferingId);
        b.HasIndex(n => n.VpcId);
        b.Property(n => n.DefaultKey).HasMaxLength(64);
        b.Property(n => n.Name).HasMaxLength(255);
        b.Property(n => n.DisplayText).HasMaxLength(255);
        b.Property(n => n.TrafficType).HasMaxLength(32);
        b.Property(n => n.AclType).HasMaxLength(16);
        b.Property(n => n.Cidr).HasMaxLength(64);
        b.Property(n => n.Gateway).HasMaxLength(64);
        b.Property(n => n.Netmask).HasMaxLength(64);
        b.Property(n => n.NetworkDomain).HasMaxLength(255);
        b.Property(n => n.BroadcastUri).HasMaxLength(255);
    }
}

internal sealed class NicConfiguration : IEntityTypeConfiguration<Nic>
{
    public void Configure(EntityTypeBuilder<Nic> b)
    {
        b.ToTable("nics");
        b.HasIndex(n => n.Uuid).IsUnique();
        b.HasIndex(n => n.VmId);
        // The database itself refuses a second nic with an address already used on the network.
        b.HasIndex(n => new { n.NetworkId, n.Ipv4Address }).IsUnique();
        b.HasIndex(n => n.MacAddress).IsUnique();
        b.Property(n => n.Ipv4Address).HasMaxLength(64);
        b.Property(n => n.Netmask).HasMaxLength(64);
        b.Property(n => n.Gateway).HasMaxLength(64);
        b.Property(n => n.MacAddress).HasMaxLength(17);
        b.HasOne<VirtualMachine>().WithMany().HasForeignKey(n => n.VmId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Network>().WithMany().HasForeignKey(n => n.NetworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NicSecondaryIpConfiguration : IEntityTypeConfiguration<NicSecondaryIp>
{
    public void Configure(EntityTypeBuilder<NicSecondaryIp> b)
    {
        b.ToTable("nic_secondary_ips");
        b.HasIndex(s => s.Uuid).IsUnique();
        b.HasIndex(s => s.NicId);
        // As for nics: the database refuses an address twice on one network.
        b.HasIndex(s => new { s.NetworkId, s.Ipv4Address }).IsUnique();
        b.Property(s => s.Ipv4Address).HasMaxLength(64);
        b.HasOne<Nic>().WithMany().HasForeignKey(s => s.NicId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Network>().WithMany().HasForeignKey(s => s.NetworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ResourceCountConfiguration : IEntityTypeConfiguration<ResourceCount>
{
    public void Configure(EntityTypeBuilder<ResourceCount> b)
    {
        b.ToTable("resource_counts");
        b.HasIndex(c => new { c.OwnerType, c.OwnerId, c.Type }).IsUnique();
    }
}

internal sealed class ResourceLimitConfiguration : IEntityTypeConfiguration<ResourceLimit>
{
    public void Configure(EntityTypeBuilder<ResourceLimit> b)
    {
        b.ToTable("resource_limits");
        b.HasIndex(c => new { c.OwnerType, c.OwnerId, c.Type }).IsUnique();
    }
}

internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<Snapshot>
{
    public void Configure(EntityTypeBuilder<Snapshot> b)
    {
        b.ToTable("snapshots");
        b.HasIndex(s => s.Uuid).IsUnique();
        b.HasIndex(s => s.VolumeId);
        b.HasIndex(s => new { s.AccountId, s.State });
        b.HasIndex(s => s.PolicyId);
        b.Property(s => s.Name).HasMaxLength(255);
        b.Property(s => s.InstallPath).HasMaxLength(2048);
    }
}

internal sealed class SnapshotPolicyConfiguration : IEntityTypeConfiguration<SnapshotPolicy>
{
    public void Configure(EntityTypeBuilder<SnapshotPolicy> b)
    {
        b.ToTable("snapshot_policies");
        b.HasIndex(s => s.Uuid).IsUnique();
        b.HasIndex(s => s.VolumeId);
        b.HasIndex(s => s.NextRun);
        b.Property(s => s.Schedule).HasMaxLength(32);
        b.Property(s => s.Timezone).HasMaxLength(64);
    }
}

internal sealed class VmSnapshotConfiguration : IEntityTypeConfiguration<VmSnapshot>
{
    public void Configure(EntityTypeBuilder<VmSnapshot> b)
    {
        b.ToTable("vm_snapshots");
        b.HasIndex(s => s.Uuid).IsUnique();
        b.HasIndex(s => s.VmId);
        b.Property(s => s.Name).HasMaxLength(255);
        b.Property(s => s.DisplayName).HasMaxLength(255);
        b.Property(s => s.Description).HasMaxLength(4096);
        b.Property(s => s.Type).HasMaxLength(16);
    }
}

internal sealed class AffinityGroupConfiguration : IEntityTypeConfiguration<AffinityGroup>
{
    public void Configure(EntityTypeBuilder<AffinityGroup> b)
    {
        b.ToTable("affinity_groups");
        b.HasIndex(g => g.Uuid).IsUnique();
        b.HasIndex(g => new { g.AccountId, g.Name }).IsUnique();
        b.Property(g => g.Name).HasMaxLength(255);
        b.Property(g => g.Description).HasMaxLength(4096);
        b.Property(g => g.Type).HasMaxLength(64);
    }
}

internal sealed class AffinityGroupMemberConfiguration : IEntityTypeConfiguration<AffinityGroupMember>
{
    public void Configure(EntityTypeBuilder<AffinityGroupMember> b)
    {
        b.ToTable("affinity_group_members");
        b.HasIndex(m => new { m.GroupId, m.VmId }).IsUnique();
        b.HasIndex(m => m.VmId);
        b.HasOne<AffinityGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<VirtualMachine>().WithMany().HasForeignKey(m => m.VmId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UsageEventConfiguration : IEntityTypeConfiguration<SharpStack.Core.Events.UsageEvent>
{
    public void Configure(EntityTypeBuilder<SharpStack.Core.Events.UsageEvent> b)
    {
        b.ToTable("usage_events");
        b.HasIndex(e => new { e.Processed, e.Id });
        b.HasIndex(e => new { e.AccountId, e.Created });
        b.Property(e => e.Type).HasMaxLength(64);
        b.Property(e => e.ResourceName).HasMaxLength(255);
        b.Property(e => e.ResourceType).HasMaxLength(64);
    }
}

internal sealed class ResourceTagConfiguration : IEntityTypeConfiguration<SharpStack.Core.Tags.ResourceTag>
{
    public void Configure(EntityTypeBuilder<SharpStack.Core.Tags.ResourceTag> b)
    {
        b.ToTable("resource_tags");
        b.HasIndex(t => t.Uuid).IsUnique();
        b.HasIndex(t => new { t.ResourceType, t.ResourceId, t.Key }).IsUnique();
        b.HasIndex(t => new { t.ResourceType, t.Key, t.Value });
        b.Property(t => t.Key).HasMaxLength(255);
        b.Property(t => t.Value).HasMaxLength(255);
        b.Property(t => t.ResourceType).HasMaxLength(32);
        b.Property(t => t.Customer).HasMaxLength(255);
    }
}

internal sealed class InstanceGroupConfiguration : IEntityTypeConfiguration<InstanceGroup>
{
    public void Configure(EntityTypeBuilder<InstanceGroup> b)
    {
        b.ToTable("instance_groups");
        b.HasIndex(g => g.Uuid).IsUnique();
        b.HasIndex(g => new { g.AccountId, g.Name }).IsUnique();
        b.Property(g => g.Name).HasMaxLength(255);
    }
}
