namespace SharpStack.Core.Usage;

/// <summary>Upstream's usage types: id, name and description exactly as listUsageTypes answers.</summary>
public static class UsageTypes
{
    public const int RunningVm = 1;
    public const int AllocatedVm = 2;
    public const int IpAddress = 3;
    public const int Volume = 6;
    public const int Template = 7;
    public const int Iso = 8;
    public const int Snapshot = 9;
    public const int LoadBalancer = 11;
    public const int PortForwarding = 12;
    public const int VpnUsers = 14;
    public const int VmSnapshot = 25;
    public const int Vpc = 31;

    public sealed record UsageType(int Id, string Name, string Description);

    public static readonly IReadOnlyList<UsageType> All =
    [
        new(1, "RUNNING_VM", "Running Vm Usage"),
        new(2, "ALLOCATED_VM", "Allocated Vm Usage"),
        new(3, "IP_ADDRESS", "IP Address Usage"),
        new(4, "NETWORK_BYTES_SENT", "Network Usage (Bytes Sent)"),
        new(5, "NETWORK_BYTES_RECEIVED", "Network Usage (Bytes Received)"),
        new(6, "VOLUME", "Volume Usage"),
        new(7, "TEMPLATE", "Template Usage"),
        new(8, "ISO", "ISO Usage"),
        new(9, "SNAPSHOT", "Snapshot Usage"),
        new(10, "SECURITY_GROUP", "Security Group Usage"),
        new(11, "LOAD_BALANCER_POLICY", "Load Balancer Usage"),
        new(12, "PORT_FORWARDING_RULE", "Port Forwarding Usage"),
        new(13, "NETWORK_OFFERING", "Network Offering Usage"),
        new(14, "VPN_USERS", "VPN users usage"),
        new(21, "VM_DISK_IO_READ", "VM Disk usage(I/O Read)"),
        new(22, "VM_DISK_IO_WRITE", "VM Disk usage(I/O Write)"),
        new(23, "VM_DISK_BYTES_READ", "VM Disk usage(Bytes Read)"),
        new(24, "VM_DISK_BYTES_WRITE", "VM Disk usage(Bytes Write)"),
        new(25, "VM_SNAPSHOT", "VM Snapshot storage usage"),
        new(26, "VOLUME_SECONDARY", "Volume on secondary storage usage"),
        new(27, "VM_SNAPSHOT_ON_PRIMARY", "VM Snapshot on primary storage usage"),
        new(28, "BACKUP", "Backup storage usage"),
        new(29, "BUCKET", "Bucket storage usage"),
        new(30, "NETWORK", "Network usage"),
        new(31, "VPC", "VPC usage"),
    ];
}
