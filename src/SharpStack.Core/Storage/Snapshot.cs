namespace SharpStack.Core.Storage;

/// <summary>A point-in-time copy of a volume, kept on primary storage and backed up to the zone's image store.</summary>
public sealed class Snapshot
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public long ZoneId { get; set; }
    public long VolumeId { get; set; }
    public SnapshotType Type { get; set; } = SnapshotType.MANUAL;
    public SnapshotState State { get; set; } = SnapshotState.Allocated;
    /// <summary>The volume's size when it was taken.</summary>
    public long VirtualSizeBytes { get; set; }
    public long PhysicalSizeBytes { get; set; }
    public long? ImageStoreId { get; set; }
    public string? InstallPath { get; set; }
    public long? PolicyId { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>Upstream's snapshot types: manual, or made by a policy of an interval.</summary>
public enum SnapshotType
{
    MANUAL,
    RECURRING,
    TEMPLATE,
    HOURLY,
    DAILY,
    WEEKLY,
    MONTHLY,
}

/// <summary>Upstream's Snapshot.State values.</summary>
public enum SnapshotState
{
    Allocated,
    Creating,
    CreatedOnPrimary,
    BackingUp,
    BackedUp,
    Copying,
    Destroying,
    Destroyed,
    Error,
}

/// <summary>Takes a volume's snapshots on a schedule and keeps the newest MaxSnaps of them.</summary>
public sealed class SnapshotPolicy
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long VolumeId { get; set; }
    public SnapshotInterval Interval { get; set; }
    /// <summary>Upstream's format: "MM" (hourly), "MM:HH" (daily), "MM:HH:D" (weekly, 1 = Sunday), "MM:HH:DD" (monthly).</summary>
    public required string Schedule { get; set; }
    /// <summary>An IANA time zone id, in which the schedule is read.</summary>
    public required string Timezone { get; set; }
    public int MaxSnaps { get; set; }
    public bool ForDisplay { get; set; } = true;
    /// <summary>When the next snapshot is due (UTC); the scheduler moves it on as it claims the run.</summary>
    public DateTime NextRun { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}

/// <summary>Upstream's interval types and their numbers.</summary>
public enum SnapshotInterval
{
    HOURLY = 0,
    DAILY = 1,
    WEEKLY = 2,
    MONTHLY = 3,
}
