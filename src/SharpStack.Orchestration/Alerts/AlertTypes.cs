namespace SharpStack.Orchestration.Alerts;

/// <summary>Upstream's alert type numbers and names for the alerts SharpStack raises.</summary>
public static class AlertTypes
{
    public const short Memory = 0;
    public const string MemoryName = "ALERT.MEMORY";
    public const short Cpu = 1;
    public const string CpuName = "ALERT.CPU";
    public const short StorageAllocated = 3;
    public const string StorageAllocatedName = "ALERT.STORAGE.ALLOCATED";
    public const short Host = 7;
    public const string HostName = "ALERT.HOST";
    public const short StoragePool = 6;
    public const string StoragePoolName = "ALERT.STORAGE";
}
