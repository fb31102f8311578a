using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Offerings;

namespace SharpStack.Data.Configurations;

internal sealed class ServiceOfferingConfiguration : IEntityTypeConfiguration<ServiceOffering>
{
    public void Configure(EntityTypeBuilder<ServiceOffering> b)
    {
        b.ToTable("service_offerings");
        b.HasIndex(o => o.Uuid).IsUnique();
        b.Property(o => o.Name).HasMaxLength(255);
        b.Property(o => o.DisplayText).HasMaxLength(4096);
        b.Property(o => o.StorageType).HasMaxLength(16);
        b.Property(o => o.ProvisioningType).HasMaxLength(16);
        b.Property(o => o.StorageTags).HasMaxLength(4096);
        b.Property(o => o.HostTags).HasMaxLength(4096);
        b.Property(o => o.SystemVmType).HasMaxLength(64);
        b.Property(o => o.DomainIds).HasMaxLength(4096);
        b.Property(o => o.ZoneIds).HasMaxLength(4096);
        b.OwnsOne(o => o.Io, io => io.Property(x => x.CacheMode).HasMaxLength(32));
    }
}

internal sealed class DiskOfferingConfiguration : IEntityTypeConfiguration<DiskOffering>
{
    public void Configure(EntityTypeBuilder<DiskOffering> b)
    {
        b.ToTable("disk_offerings");
        b.HasIndex(o => o.Uuid).IsUnique();
        b.Property(o => o.Name).HasMaxLength(255);
        b.Property(o => o.DisplayText).HasMaxLength(4096);
        b.Property(o => o.Tags).HasMaxLength(4096);
        b.Property(o => o.StorageType).HasMaxLength(16);
        b.Property(o => o.ProvisioningType).HasMaxLength(16);
        b.Property(o => o.DomainIds).HasMaxLength(4096);
        b.Property(o => o.ZoneIds).HasMaxLength(4096);
        b.OwnsOne(o => o.Io, io => io.Property(x => x.CacheMode).HasMaxLength(32));
    }
}
