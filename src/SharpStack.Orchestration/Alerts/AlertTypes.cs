namespace SharpStack.Orchestration.Alerts;

/// <summary>Upstream's alert type numbers and names for the alerts SharpStack raises.</summary>
public static class AlertTypes
{
    public const short Host = 7;
    public const string HostName = "ALERT.HOST";
    public const short StoragePool = 6;
    public const string StoragePoolName = "ALERT.STORAGE";
}
