namespace SharpStack.Core.Compute;

/// <summary>A tenant's instance (upstream's vm_instance + user_vm): what it is, where it runs, and its state.</summary>
public sealed class VirtualMachine
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    /// <summary>The hypervisor-side name, upstream's i-ACCOUNT-ID-VM.</summary>
    public required string InstanceName { get; set; }
    /// <summary>The guest host name (the name parameter).</summary>
    public required string Name { get; set; }
    public required string DisplayName { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    /// <summary>The user who deployed it.</summary>
    public long UserId { get; set; }
    public long ZoneId { get; set; }
    public long? PodId { get; set; }
    public long? HostId { get; set; }
    public long? LastHostId { get; set; }
    public long ServiceOfferingId { get; set; }
    public long TemplateId { get; set; }
    public long GuestOsId { get; set; }
    public long? IsoId { get; set; }
    public string Hypervisor { get; set; } = "";
    public VmState State { get; set; } = VmState.Stopped;
    /// <summary>What the instance uses: from the offering, or chosen within a customized offering's bounds.</summary>
    public int CpuNumber { get; set; }
    public int CpuSpeed { get; set; }
    /// <summary>MiB.</summary>
    public int Memory { get; set; }
    public bool HaEnabled { get; set; }
    public bool DisplayVm { get; set; } = true;
    /// <summary>The password the template's agent sets, protected with the server key; null when none.</summary>
    public string? Password { get; set; }
    /// <summary>Base64 user data as given.</summary>
    public string? UserData { get; set; }
    /// <summary>Comma-separated names of the SSH key pairs given at deploy.</summary>
    public string? KeyPairs { get; set; }
    /// <summary>The instance group it belongs to, if any.</summary>
    public long? InstanceGroupId { get; set; }
    /// <summary>JSON object of extra details (the details map).</summary>
    public string? Details { get; set; }
    public DateTime Created { get; set; }
    /// <summary>When it was destroyed, or failed to deploy: the expunge delay counts from here.</summary>
    public DateTime? DestroyedAt { get; set; }
    public DateTime? Removed { get; set; }

    public static string InstanceNameFor(long accountId, long id) => $"i-{accountId}-{id}-VM";
}

/// <summary>Upstream's VirtualMachine.State values.</summary>
public enum VmState
{
    Starting,
    Running,
    Stopping,
    Stopped,
    Destroyed,
    Expunging,
    Migrating,
    Error,
    Unknown,
}
