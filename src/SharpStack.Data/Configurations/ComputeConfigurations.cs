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
