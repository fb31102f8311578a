using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Events;
using SharpStack.Core.Jobs;
using SharpStack.Core.Settings;

namespace SharpStack.Data.Configurations;

internal sealed class AsyncJobConfiguration : IEntityTypeConfiguration<AsyncJob>
{
    public void Configure(EntityTypeBuilder<AsyncJob> b)
    {
        b.ToTable("async_jobs");
        b.HasIndex(j => j.Uuid).IsUnique();
        b.HasIndex(j => new { j.Phase, j.Id });
        b.HasIndex(j => new { j.SyncKey, j.Phase });
        b.HasIndex(j => j.AccountId);
        b.Property(j => j.Command).HasMaxLength(255);
        b.Property(j => j.InstanceType).HasMaxLength(64);
        b.Property(j => j.SyncKey).HasMaxLength(128);
        b.Property(j => j.Phase).HasConversion<int>();
        b.Property(j => j.Status).HasConversion<int>();
    }
}

internal sealed class ManagementServerConfiguration : IEntityTypeConfiguration<ManagementServer>
{
    public void Configure(EntityTypeBuilder<ManagementServer> b)
    {
        b.ToTable("management_servers");
        b.HasIndex(m => m.Uuid).IsUnique();
        b.Property(m => m.Name).HasMaxLength(255);
        b.Property(m => m.Version).HasMaxLength(64);
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<EventRecord>
{
    public void Configure(EntityTypeBuilder<EventRecord> b)
    {
        b.ToTable("events");
        b.HasIndex(e => e.Uuid).IsUnique();
        b.HasIndex(e => new { e.AccountId, e.Created });
        b.HasIndex(e => e.Created);
        b.Property(e => e.Type).HasMaxLength(64);
        b.Property(e => e.Description).HasMaxLength(4096);
        b.Property(e => e.ResourceType).HasMaxLength(64);
        b.Property(e => e.ResourceName).HasMaxLength(255);
    }
}

internal sealed class ConfigurationValueConfiguration : IEntityTypeConfiguration<ConfigurationValue>
{
    public void Configure(EntityTypeBuilder<ConfigurationValue> b)
    {
        b.ToTable("configuration");
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(255);
        b.Property(c => c.Value).HasMaxLength(4096);
    }
}
