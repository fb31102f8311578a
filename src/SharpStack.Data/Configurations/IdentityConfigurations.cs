using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Identity;

namespace SharpStack.Data.Configurations;

internal sealed class DomainConfiguration : IEntityTypeConfiguration<Domain>
{
    public void Configure(EntityTypeBuilder<Domain> b)
    {
        b.ToTable("domains");
        b.HasIndex(d => d.Uuid).IsUnique();
        b.HasIndex(d => d.Path);
        b.Property(d => d.Name).HasMaxLength(255);
        b.Property(d => d.Path).HasMaxLength(4096);
        b.Property(d => d.NetworkDomain).HasMaxLength(255);
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.ToTable("accounts");
        b.HasIndex(a => a.Uuid).IsUnique();
        b.HasIndex(a => new { a.DomainId, a.Name });
        b.Property(a => a.Name).HasMaxLength(255);
        b.Property(a => a.NetworkDomain).HasMaxLength(255);
        b.HasOne(a => a.Domain).WithMany().HasForeignKey(a => a.DomainId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Role).WithMany().HasForeignKey(a => a.RoleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.HasIndex(u => u.Uuid).IsUnique();
        b.HasIndex(u => u.ApiKey).IsUnique();
        b.HasIndex(u => u.Username);
        b.Property(u => u.Username).HasMaxLength(255);
        b.Property(u => u.PasswordHash).HasMaxLength(255);
        b.Property(u => u.FirstName).HasMaxLength(255);
        b.Property(u => u.LastName).HasMaxLength(255);
        b.Property(u => u.Email).HasMaxLength(255);
        b.Property(u => u.ApiKey).HasMaxLength(255);
        b.Property(u => u.SecretKeyCipher).HasMaxLength(1024);
        b.Property(u => u.Timezone).HasMaxLength(255);
        b.Property(u => u.Source).HasMaxLength(32);
        b.HasOne(u => u.Account).WithMany().HasForeignKey(u => u.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.ToTable("roles");
        b.HasIndex(r => r.Uuid).IsUnique();
        // Stored as a number: lower is more privileged, and queries compare it.
        b.Property(r => r.Type).HasConversion<int>();
        b.Property(r => r.Name).HasMaxLength(255);
        b.Property(r => r.Description).HasMaxLength(255);
    }
}

internal sealed class RolePermissionConfiguration : IEntityTypeConfiguration<RolePermission>
{
    public void Configure(EntityTypeBuilder<RolePermission> b)
    {
        b.ToTable("role_permissions");
        b.HasIndex(p => p.Uuid).IsUnique();
        b.HasIndex(p => new { p.RoleId, p.SortOrder });
        b.Property(p => p.Rule).HasMaxLength(255);
        b.Property(p => p.Description).HasMaxLength(255);
        b.HasOne<Role>().WithMany().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiSessionConfiguration : IEntityTypeConfiguration<ApiSession>
{
    public void Configure(EntityTypeBuilder<ApiSession> b)
    {
        b.ToTable("sessions");
        b.HasIndex(s => s.SessionId).IsUnique();
        b.HasIndex(s => s.UserId);
        b.Property(s => s.SessionId).HasMaxLength(64);
        b.Property(s => s.SessionKey).HasMaxLength(64);
    }
}
