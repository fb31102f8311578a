using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Data.Configurations;

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> b)
    {
        b.ToTable("zones");
        b.HasIndex(z => z.Uuid).IsUnique();
        b.HasIndex(z => z.RegistrationToken).IsUnique();
        b.Property(z => z.Name).HasMaxLength(255);
        b.Property(z => z.Description).HasMaxLength(255);
        b.Property(z => z.Dns1).HasMaxLength(64);
        b.Property(z => z.Dns2).HasMaxLength(64);
        b.Property(z => z.Ip6Dns1).HasMaxLength(64);
        b.Property(z => z.Ip6Dns2).HasMaxLength(64);
        b.Property(z => z.InternalDns1).HasMaxLength(64);
        b.Property(z => z.InternalDns2).HasMaxLength(64);
        b.Property(z => z.GuestCidr).HasMaxLength(64);
        b.Property(z => z.NetworkDomain).HasMaxLength(255);
        b.Property(z => z.RegistrationToken).HasMaxLength(128);
    }
}

internal sealed class PodConfiguration : IEntityTypeConfiguration<Pod>
{
    public void Configure(EntityTypeBuilder<Pod> b)
    {
        b.ToTable("pods");
        b.HasIndex(p => p.Uuid).IsUnique();
        b.HasIndex(p => p.ZoneId);
        b.Property(p => p.Name).HasMaxLength(255);
        b.Property(p => p.Gateway).HasMaxLength(64);
        b.Property(p => p.Netmask).HasMaxLength(64);
        b.Property(p => p.StartIp).HasMaxLength(64);
        b.Property(p => p.EndIp).HasMaxLength(64);
        b.HasOne<Zone>().WithMany().HasForeignKey(p => p.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> b)
    {
        b.ToTable("clusters");
        b.HasIndex(c => c.Uuid).IsUnique();
        b.HasIndex(c => c.PodId);
        b.HasIndex(c => c.RegistrationToken).IsUnique();
        b.Property(c => c.Name).HasMaxLength(255);
        b.Property(c => c.RegistrationToken).HasMaxLength(128);
        b.Property(c => c.ClusterType).HasMaxLength(32);
        b.Property(c => c.Arch).HasMaxLength(32);
        b.HasOne<Zone>().WithMany().HasForeignKey(c => c.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Pod>().WithMany().HasForeignKey(c => c.PodId).OnDelete(DeleteBehavior.Restrict);
    }
}
