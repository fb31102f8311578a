using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Data.Configurations;

internal sealed class PhysicalNetworkConfiguration : IEntityTypeConfiguration<PhysicalNetwork>
{
    public void Configure(EntityTypeBuilder<PhysicalNetwork> b)
    {
        b.ToTable("physical_networks");
        b.HasIndex(n => n.Uuid).IsUnique();
        b.HasIndex(n => n.ZoneId);
        b.Property(n => n.Name).HasMaxLength(255);
        b.Property(n => n.Vlan).HasMaxLength(4096);
        b.Property(n => n.IsolationMethods).HasMaxLength(255);
        b.Property(n => n.Tags).HasMaxLength(4096);
        b.Property(n => n.BroadcastDomainRange).HasMaxLength(32);
        b.Property(n => n.NetworkSpeed).HasMaxLength(32);
        b.HasOne<Zone>().WithMany().HasForeignKey(n => n.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrafficTypeConfiguration : IEntityTypeConfiguration<TrafficType>
{
    public void Configure(EntityTypeBuilder<TrafficType> b)
    {
        b.ToTable("traffic_types");
        b.HasIndex(t => t.Uuid).IsUnique();
        b.HasIndex(t => new { t.PhysicalNetworkId, t.Kind }).IsUnique();
        b.Property(t => t.KvmLabel).HasMaxLength(255);
        b.Property(t => t.XenLabel).HasMaxLength(255);
        b.Property(t => t.VmwareLabel).HasMaxLength(255);
        b.Property(t => t.HypervLabel).HasMaxLength(255);
        b.Property(t => t.Ovm3Label).HasMaxLength(255);
        b.Property(t => t.Vlan).HasMaxLength(64);
        b.HasOne<PhysicalNetwork>().WithMany().HasForeignKey(t => t.PhysicalNetworkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NetworkServiceProviderConfiguration : IEntityTypeConfiguration<NetworkServiceProvider>
{
    public void Configure(EntityTypeBuilder<NetworkServiceProvider> b)
    {
        b.ToTable("network_service_providers");
        b.HasIndex(p => p.Uuid).IsUnique();
        b.HasIndex(p => new { p.PhysicalNetworkId, p.Name }).IsUnique();
        b.Property(p => p.Name).HasMaxLength(64);
        b.Property(p => p.Services).HasMaxLength(1024);
        b.HasOne<PhysicalNetwork>().WithMany().HasForeignKey(p => p.PhysicalNetworkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VirtualRouterElementConfiguration : IEntityTypeConfiguration<VirtualRouterElement>
{
    public void Configure(EntityTypeBuilder<VirtualRouterElement> b)
    {
        b.ToTable("virtual_router_elements");
        b.HasIndex(e => e.Uuid).IsUnique();
        b.HasIndex(e => e.ProviderId).IsUnique();
        b.HasOne<NetworkServiceProvider>().WithMany().HasForeignKey(e => e.ProviderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VlanIpRangeConfiguration : IEntityTypeConfiguration<VlanIpRange>
{
    public void Configure(EntityTypeBuilder<VlanIpRange> b)
    {
        b.ToTable("vlan_ip_ranges");
        b.HasIndex(v => v.Uuid).IsUnique();
        b.HasIndex(v => v.ZoneId);
        b.HasIndex(v => v.NetworkId);
        b.Property(v => v.Vlan).HasMaxLength(64);
        b.Property(v => v.Gateway).HasMaxLength(64);
        b.Property(v => v.Netmask).HasMaxLength(64);
        b.Property(v => v.StartIp).HasMaxLength(64);
        b.Property(v => v.EndIp).HasMaxLength(64);
        b.HasOne<Zone>().WithMany().HasForeignKey(v => v.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PhysicalNetwork>().WithMany().HasForeignKey(v => v.PhysicalNetworkId).OnDelete(DeleteBehavior.Restrict);
    }
}
