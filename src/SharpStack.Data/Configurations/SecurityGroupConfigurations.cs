using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Compute;
using SharpStack.Core.Networks;

namespace SharpStack.Data.Configurations;

internal sealed class SecurityGroupConfiguration : IEntityTypeConfiguration<SecurityGroup>
{
    public void Configure(EntityTypeBuilder<SecurityGroup> b)
    {
        b.ToTable("security_groups");
        b.HasIndex(g => g.Uuid).IsUnique();
        b.HasIndex(g => new { g.AccountId, g.Name }).IsUnique();
        b.Property(g => g.Name).HasMaxLength(255);
        b.Property(g => g.Description).HasMaxLength(4096);
        b.Ignore(g => g.IsDefault);
    }
}

internal sealed class SecurityGroupRuleConfiguration : IEntityTypeConfiguration<SecurityGroupRule>
{
    public void Configure(EntityTypeBuilder<SecurityGroupRule> b)
    {
        b.ToTable("security_group_rules");
        b.HasIndex(r => r.Uuid).IsUnique();
        b.HasIndex(r => r.SecurityGroupId);
        b.HasIndex(r => r.AllowedGroupId);
        b.Property(r => r.Protocol).HasMaxLength(16);
        b.Property(r => r.Cidr).HasMaxLength(64);
        b.HasOne<SecurityGroup>().WithMany().HasForeignKey(r => r.SecurityGroupId).OnDelete(DeleteBehavior.Cascade);
        // A referenced group cannot be deleted (upstream refuses), so no cascade from it.
        b.HasOne<SecurityGroup>().WithMany().HasForeignKey(r => r.AllowedGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SecurityGroupMemberConfiguration : IEntityTypeConfiguration<SecurityGroupMember>
{
    public void Configure(EntityTypeBuilder<SecurityGroupMember> b)
    {
        b.ToTable("security_group_members");
        b.HasIndex(m => new { m.GroupId, m.VmId }).IsUnique();
        b.HasIndex(m => m.VmId);
        b.HasOne<SecurityGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<VirtualMachine>().WithMany().HasForeignKey(m => m.VmId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SecurityGroupRuleSetConfiguration : IEntityTypeConfiguration<SecurityGroupRuleSet>
{
    public void Configure(EntityTypeBuilder<SecurityGroupRuleSet> b)
    {
        b.ToTable("security_group_rule_sets");
        b.HasIndex(s => s.VmId).IsUnique();
        b.HasOne<VirtualMachine>().WithMany().HasForeignKey(s => s.VmId).OnDelete(DeleteBehavior.Cascade);
    }
}
