using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Data.Configurations;

internal sealed class HostConfiguration : IEntityTypeConfiguration<Host>
{
    public void Configure(EntityTypeBuilder<Host> b)
    {
        b.ToTable("hosts");
        b.HasIndex(h => h.Uuid).IsUnique();
        b.HasIndex(h => h.ClusterId);
        b.HasIndex(h => new { h.ZoneId, h.Status });
        // The host monitor looks for silent hosts of a status every second.
        b.HasIndex(h => new { h.Status, h.LastPinged });
        b.HasIndex(h => h.Name);
        b.HasIndex(h => h.AgentId);
        b.Property(h => h.Name).HasMaxLength(255);
        b.Property(h => h.AgentId).HasMaxLength(128);
        b.Property(h => h.Type).HasMaxLength(32);
        b.Property(h => h.IpAddress).HasMaxLength(64);
        b.Property(h => h.Url).HasMaxLength(1024);
        b.Property(h => h.HostTags).HasMaxLength(4096);
        b.Property(h => h.Version).HasMaxLength(64);
        b.Property(h => h.Capabilities).HasMaxLength(1024);
        b.Property(h => h.Arch).HasMaxLength(32);
        b.HasOne<Cluster>().WithMany().HasForeignKey(h => h.ClusterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoragePoolConfiguration : IEntityTypeConfiguration<StoragePool>
{
    public void Configure(EntityTypeBuilder<StoragePool> b)
    {
        b.ToTable("storage_pools");
        b.HasIndex(p => p.Uuid).IsUnique();
        b.HasIndex(p => p.ZoneId);
        b.Property(p => p.Name).HasMaxLength(255);
        b.Property(p => p.Url).HasMaxLength(1024);
        b.Property(p => p.HostAddress).HasMaxLength(255);
        b.Property(p => p.Path).HasMaxLength(1024);
        b.Property(p => p.Tags).HasMaxLength(4096);
        b.Property(p => p.Scope).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.PoolType).HasConversion<string>().HasMaxLength(32);
        b.HasOne<Zone>().WithMany().HasForeignKey(p => p.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ImageStoreConfiguration : IEntityTypeConfiguration<ImageStore>
{
    public void Configure(EntityTypeBuilder<ImageStore> b)
    {
        b.ToTable("image_stores");
        b.HasIndex(s => s.Uuid).IsUnique();
        b.Property(s => s.Name).HasMaxLength(255);
        b.Property(s => s.Url).HasMaxLength(1024);
        b.Property(s => s.Protocol).HasMaxLength(16);
        b.Property(s => s.ProviderName).HasMaxLength(64);
        b.Property(s => s.Scope).HasMaxLength(16);
    }
}

internal sealed class CapacityConfiguration : IEntityTypeConfiguration<CapacityRecord>
{
    public void Configure(EntityTypeBuilder<CapacityRecord> b)
    {
        b.ToTable("capacity");
        b.HasIndex(c => new { c.ZoneId, c.Type });
        b.HasIndex(c => c.HostId);
        b.HasIndex(c => c.PoolId);
        b.Property(c => c.Type).HasConversion<int>();
    }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.ToTable("alerts");
        b.HasIndex(a => a.Uuid).IsUnique();
        b.HasIndex(a => a.Created);
        b.Property(a => a.Name).HasMaxLength(64);
        b.Property(a => a.Subject).HasMaxLength(1024);
    }
}

internal sealed class SimulatorMockConfiguration : IEntityTypeConfiguration<SimulatorMock>
{
    public void Configure(EntityTypeBuilder<SimulatorMock> b)
    {
        b.ToTable("simulator_mocks");
        b.Property(m => m.Name).HasMaxLength(128);
        b.Property(m => m.Value).HasMaxLength(1024);
        b.Property(m => m.JsonResponse).HasMaxLength(4096);
    }
}
