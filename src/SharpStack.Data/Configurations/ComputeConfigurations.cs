using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Compute;

namespace SharpStack.Data.Configurations;

internal sealed class SshKeyPairConfiguration : IEntityTypeConfiguration<SshKeyPair>
{
    public void Configure(EntityTypeBuilder<SshKeyPair> b)
    {
        b.ToTable("ssh_keypairs");
        b.HasIndex(k => k.Uuid).IsUnique();
        b.HasIndex(k => new { k.AccountId, k.Name }).IsUnique();
        b.Property(k => k.Name).HasMaxLength(255);
        b.Property(k => k.PublicKey).HasMaxLength(8192);
        b.Property(k => k.Fingerprint).HasMaxLength(128);
    }
}

internal sealed class GuestOsCategoryConfiguration : IEntityTypeConfiguration<GuestOsCategory>
{
    public void Configure(EntityTypeBuilder<GuestOsCategory> b)
    {
        b.ToTable("guest_os_categories");
        b.HasIndex(c => c.Uuid).IsUnique();
        b.Property(c => c.Name).HasMaxLength(255);
    }
}

internal sealed class GuestOsConfiguration : IEntityTypeConfiguration<GuestOs>
{
    public void Configure(EntityTypeBuilder<GuestOs> b)
    {
        b.ToTable("guest_os");
        b.HasIndex(o => o.Uuid).IsUnique();
        b.HasIndex(o => o.CategoryId);
        b.Property(o => o.DisplayName).HasMaxLength(255);
        b.Property(o => o.Name).HasMaxLength(255);
        b.HasOne<GuestOsCategory>().WithMany().HasForeignKey(o => o.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
