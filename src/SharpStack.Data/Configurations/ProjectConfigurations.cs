using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;

namespace SharpStack.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.ToTable("projects");
        b.HasIndex(p => p.Uuid).IsUnique();
        b.HasIndex(p => p.ProjectAccountId).IsUnique();
        b.HasIndex(p => new { p.DomainId, p.Name });
        b.Property(p => p.Name).HasMaxLength(255);
        b.Property(p => p.DisplayText).HasMaxLength(255);
        b.HasOne<Domain>().WithMany().HasForeignKey(p => p.DomainId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Account>().WithMany().HasForeignKey(p => p.ProjectAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectMemberConfiguration : IEntityTypeConfiguration<ProjectMember>
{
    public void Configure(EntityTypeBuilder<ProjectMember> b)
    {
        b.ToTable("project_members");
        b.HasIndex(m => new { m.ProjectId, m.AccountId, m.UserId });
        b.HasIndex(m => m.AccountId);
        b.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProjectRole>().WithMany().HasForeignKey(m => m.ProjectRoleId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ProjectInvitationConfiguration : IEntityTypeConfiguration<ProjectInvitation>
{
    public void Configure(EntityTypeBuilder<ProjectInvitation> b)
    {
        b.ToTable("project_invitations");
        b.HasIndex(i => i.Uuid).IsUnique();
        b.HasIndex(i => new { i.ProjectId, i.State });
        b.Property(i => i.Email).HasMaxLength(255);
        b.Property(i => i.Token).HasMaxLength(255);
        b.HasOne<Project>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ProjectRole>().WithMany().HasForeignKey(i => i.ProjectRoleId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ProjectRoleConfiguration : IEntityTypeConfiguration<ProjectRole>
{
    public void Configure(EntityTypeBuilder<ProjectRole> b)
    {
        b.ToTable("project_roles");
        b.HasIndex(r => r.Uuid).IsUnique();
        b.HasIndex(r => new { r.ProjectId, r.Name });
        b.Property(r => r.Name).HasMaxLength(255);
        b.Property(r => r.Description).HasMaxLength(255);
        b.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectRolePermissionConfiguration : IEntityTypeConfiguration<ProjectRolePermission>
{
    public void Configure(EntityTypeBuilder<ProjectRolePermission> b)
    {
        b.ToTable("project_role_permissions");
        b.HasIndex(p => p.Uuid).IsUnique();
        b.HasIndex(p => new { p.ProjectRoleId, p.SortOrder });
        b.Property(p => p.Rule).HasMaxLength(255);
        b.Property(p => p.Description).HasMaxLength(255);
        b.HasOne<ProjectRole>().WithMany().HasForeignKey(p => p.ProjectRoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
