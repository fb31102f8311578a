using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Data.Configurations;

internal sealed class VmTemplateConfiguration : IEntityTypeConfiguration<VmTemplate>
{
    public void Configure(EntityTypeBuilder<VmTemplate> b)
    {
        b.ToTable("vm_templates");
        b.HasIndex(t => t.Uuid).IsUnique();
        b.HasIndex(t => t.AccountId);
        b.Property(t => t.Name).HasMaxLength(255);
        b.Property(t => t.DisplayText).HasMaxLength(4096);
        b.Property(t => t.Format).HasMaxLength(16);
        b.Property(t => t.Hypervisor).HasMaxLength(32);
        b.Property(t => t.Url).HasMaxLength(2048);
        b.Property(t => t.Checksum).HasMaxLength(255);
        b.Property(t => t.TemplateType).HasMaxLength(32);
        b.Ignore(t => t.IsIso);
    }
}

internal sealed class TemplatePermissionConfiguration : IEntityTypeConfiguration<TemplatePermission>
{
    public void Configure(EntityTypeBuilder<TemplatePermission> b)
    {
        b.ToTable("template_permissions");
        b.HasIndex(p => new { p.TemplateId, p.AccountId }).IsUnique();
        b.HasIndex(p => p.AccountId);
        b.HasOne<VmTemplate>().WithMany().HasForeignKey(p => p.TemplateId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TemplateStoreRefConfiguration : IEntityTypeConfiguration<TemplateStoreRef>
{
    public void Configure(EntityTypeBuilder<TemplateStoreRef> b)
    {
        b.ToTable("template_store_refs");
        b.HasIndex(r => new { r.TemplateId, r.ZoneId }).IsUnique();
        b.HasIndex(r => r.State);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.InstallPath).HasMaxLength(2048);
        b.Property(r => r.ErrorText).HasMaxLength(2048);
        b.HasOne<VmTemplate>().WithMany().HasForeignKey(r => r.TemplateId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ImageStore>().WithMany().HasForeignKey(r => r.ImageStoreId).OnDelete(DeleteBehavior.Restrict);
    }
}
