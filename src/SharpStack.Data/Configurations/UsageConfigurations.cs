using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Usage;

namespace SharpStack.Data.Configurations;

internal sealed class UsageRecordConfiguration : IEntityTypeConfiguration<UsageRecord>
{
    public void Configure(EntityTypeBuilder<UsageRecord> b)
    {
        b.ToTable("usage_records");
        b.HasIndex(r => new { r.StartDate, r.EndDate });
        b.HasIndex(r => new { r.AccountId, r.StartDate });
        b.HasIndex(r => new { r.UsageType, r.UsageId });
        b.HasIndex(r => r.PeriodId);
        b.Property(r => r.Description).HasMaxLength(1024);
        b.Property(r => r.UsageDisplay).HasMaxLength(64);
        b.Property(r => r.Name).HasMaxLength(255);
        b.Property(r => r.ResourceType).HasMaxLength(64);
        b.HasOne<UsagePeriod>().WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UsageIntervalConfiguration : IEntityTypeConfiguration<UsageInterval>
{
    public void Configure(EntityTypeBuilder<UsageInterval> b)
    {
        b.ToTable("usage_intervals");
        b.HasIndex(i => new { i.UsageType, i.ResourceId, i.End });
        b.HasIndex(i => new { i.Start, i.End });
        b.Property(i => i.ResourceName).HasMaxLength(255);
        b.Property(i => i.ResourceType).HasMaxLength(64);
    }
}

internal sealed class UsagePeriodConfiguration : IEntityTypeConfiguration<UsagePeriod>
{
    public void Configure(EntityTypeBuilder<UsagePeriod> b)
    {
        b.ToTable("usage_periods");
        b.HasIndex(p => p.Start).IsUnique();
    }
}
