namespace SharpStack.Agent.Protocol;

/// <summary>
/// The first request of every connection. The token is a zone's or a cluster's registration token;
/// with a zone token the agent names its cluster. AgentId is stable across restarts, so a
/// reconnecting agent finds its host again.
/// </summary>
public sealed record RegisterRequest(
    int ProtocolVersion,
    string Token,
    string AgentId,
    string HostName,
    string Hypervisor,
    string IpAddress,
    int CpuSockets,
    int CpuNumber,
    long CpuSpeedMhz,
    long MemoryBytes,
    long LocalStorageBytes,
    string Version,
    string Capabilities,
    string? ClusterId = null);

/// <param name="HostId">The host's uuid in the cloud.</param>
public sealed record RegisterResponse(string HostId, int PingIntervalSeconds);

public sealed record PingRequest(long Sequence);

public sealed record PingResponse(long ServerTimeUnixMs);

/// <summary>What a host needs to run an instance.</summary>
public sealed record VmSpec(
    string InstanceName,
    string Uuid,
    int CpuNumber,
    int CpuSpeedMhz,
    long MemoryBytes,
    string Os,
    IReadOnlyList<DiskSpec> Disks,
    IReadOnlyList<NicSpec> Nics,
    string? UserData,
    bool LimitCpuUse,
    string? IsoPath = null);

public sealed record DiskSpec(string VolumeUuid, long DeviceId, string Type, long SizeBytes, string PoolUuid, string PoolPath, string? Path, string? TemplatePath);

/// <summary>Hot-plugs (or unplugs) a nic of a running instance.</summary>
public sealed record PlugNicRequest(string InstanceName, NicSpec Nic);

public sealed record NicSpec(int DeviceId, string MacAddress, string? Ipv4Address, string? Netmask, string? Gateway, string? BroadcastUri, bool IsDefault);

public sealed record StartVmRequest(VmSpec Vm);

/// <summary>Stops an instance: a clean guest shutdown first unless Force.</summary>
public sealed record StopVmRequest(string InstanceName, bool Force);

public sealed record RebootVmRequest(string InstanceName);

public sealed record MigrateVmRequest(string InstanceName, string DestinationHostAddress, VmSpec Vm);

public sealed record DestroyVolumeRequest(string VolumeUuid, string PoolUuid, string PoolPath, string? Path);

/// <summary>Attaches (or detaches) a disk to a running instance.</summary>
public sealed record AttachVolumeRequest(string InstanceName, DiskSpec Disk);

public sealed record ResizeVolumeRequest(string? InstanceName, DiskSpec Disk, long NewSizeBytes, bool Shrink);

public sealed record MigrateVolumeRequest(string? InstanceName, DiskSpec Disk, string DestinationPoolUuid, string DestinationPoolPath);

/// <summary>Changes a running instance's CPUs and memory in place (hot-plug).</summary>
public sealed record ScaleVmRequest(string InstanceName, int CpuNumber, int CpuSpeedMhz, long MemoryBytes);

/// <summary>Takes, backs up, reverts or deletes a volume snapshot; the store path is set for backups and copies.</summary>
public sealed record SnapshotRequest(string SnapshotUuid, string? InstanceName, DiskSpec Disk, string? StoreUrl, string? StorePath);

/// <summary>Takes, reverts or deletes a snapshot of a whole instance.</summary>
public sealed record VmSnapshotRequest(string InstanceName, string SnapshotName, bool Memory, IReadOnlyList<DiskSpec> Disks);
/// <summary>
/// Inserts an ISO into a running instance's CD-ROM drive (device 3), or ejects it when Attach is
/// false. IsoPath is the file on a file image store, or the ISO's location on an NFS image store.
/// </summary>
public sealed record AttachIsoRequest(string InstanceName, string IsoUuid, string IsoPath, bool Attach);

/// <summary>Copies a volume (or a snapshot of one) into an image store as a template image.</summary>
public sealed record CreateTemplateRequest(string TemplateUuid, DiskSpec Disk, string? SnapshotUuid, string? SnapshotPath, string StoreUrl, string InstallPath);

/// <summary>Live-migrates an instance and copies the named disks to pools the destination reaches.</summary>
public sealed record MigrateWithStorageRequest(string InstanceName, string DestinationHostAddress, VmSpec Vm, IReadOnlyDictionary<string, string> VolumePools);

/// <summary>Copies an uploaded volume's image from the image store onto its primary storage pool.</summary>
public sealed record CopyVolumeRequest(DiskSpec Disk, string StoreUrl, string? StorePath, string? Format);
