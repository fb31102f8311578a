using SharpStack.Core.Infrastructure;

namespace SharpStack.Orchestration.Compute;

/// <summary>What an instance needs from a host and from primary storage.</summary>
public sealed record DeploymentRequirements(
    long ZoneId,
    long AccountId,
    HypervisorType Hypervisor,
    int CpuNumber,
    int CpuSpeed,
    int MemoryMb,
    IReadOnlyList<string> HostTags,
    IReadOnlyList<VolumeRequirement> Volumes,
    long? RequiredHostId = null,
    long? PreferredHostId = null,
    long VmId = 0,
    IReadOnlyList<long>? AffinityGroupIds = null,
    long? RequiredPodId = null)
{
    public long CpuMhz => (long)CpuNumber * CpuSpeed;

    public long MemoryBytes => (long)MemoryMb << 20;

    public IReadOnlyList<long> Groups => AffinityGroupIds ?? [];
}

/// <param name="PoolId">The pool the volume already lives on, or null when it is still to be placed.</param>
public sealed record VolumeRequirement(long VolumeId, long SizeBytes, IReadOnlyList<string> StorageTags, long? PoolId);

/// <summary>A host and pools chosen for an instance, with their capacity already taken.</summary>
public sealed record DeploymentPlan(Host Host, IReadOnlyDictionary<long, StoragePool> NewVolumePools);
