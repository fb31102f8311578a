using SharpStack.Core.Usage;
using SharpStack.Orchestration.Events;

namespace SharpStack.Orchestration.Usage;

/// <summary>What a usage event does to a resource's billable intervals.</summary>
public enum IntervalAction
{
    /// <summary>Starts an interval (ending any that is open: a repeated event never double counts).</summary>
    Open,
    /// <summary>Ends the open interval.</summary>
    Close,
    /// <summary>Ends the open interval and starts one with the new attributes, if one was open.</summary>
    Reopen,
    /// <summary>Ends the open interval, if any, and starts one with the new attributes.</summary>
    Replace,
}

public static class UsageEventRules
{
    public static IReadOnlyList<(int UsageType, IntervalAction Action)> For(string eventType) => eventType switch
    {
        UsageEvents.VmCreate => [(UsageTypes.AllocatedVm, IntervalAction.Open)],
        UsageEvents.VmStart => [(UsageTypes.RunningVm, IntervalAction.Open)],
        UsageEvents.VmStop => [(UsageTypes.RunningVm, IntervalAction.Close)],
        UsageEvents.VmDestroy => [(UsageTypes.RunningVm, IntervalAction.Close), (UsageTypes.AllocatedVm, IntervalAction.Close)],
        UsageEvents.VmUpgrade or UsageEvents.VmDynamicScale =>
            [(UsageTypes.AllocatedVm, IntervalAction.Reopen), (UsageTypes.RunningVm, IntervalAction.Reopen)],
        UsageEvents.VolumeCreate => [(UsageTypes.Volume, IntervalAction.Open)],
        UsageEvents.VolumeDelete => [(UsageTypes.Volume, IntervalAction.Close)],
        UsageEvents.VolumeResize => [(UsageTypes.Volume, IntervalAction.Replace)],
        UsageEvents.SnapshotCreate => [(UsageTypes.Snapshot, IntervalAction.Open)],
        UsageEvents.SnapshotDelete => [(UsageTypes.Snapshot, IntervalAction.Close)],
        UsageEvents.VmSnapshotCreate => [(UsageTypes.VmSnapshot, IntervalAction.Open)],
        UsageEvents.VmSnapshotDelete => [(UsageTypes.VmSnapshot, IntervalAction.Close)],
        UsageEvents.IpAssign => [(UsageTypes.IpAddress, IntervalAction.Open)],
        UsageEvents.IpRelease => [(UsageTypes.IpAddress, IntervalAction.Close)],
        UsageEvents.TemplateCreate => [(UsageTypes.Template, IntervalAction.Open)],
        UsageEvents.TemplateDelete => [(UsageTypes.Template, IntervalAction.Close)],
        UsageEvents.IsoCreate => [(UsageTypes.Iso, IntervalAction.Open)],
        UsageEvents.IsoDelete => [(UsageTypes.Iso, IntervalAction.Close)],
        UsageEvents.LbCreate => [(UsageTypes.LoadBalancer, IntervalAction.Open)],
        UsageEvents.LbDelete => [(UsageTypes.LoadBalancer, IntervalAction.Close)],
        UsageEvents.PortForwardingAdd => [(UsageTypes.PortForwarding, IntervalAction.Open)],
        UsageEvents.PortForwardingDelete => [(UsageTypes.PortForwarding, IntervalAction.Close)],
        UsageEvents.VpnUserAdd => [(UsageTypes.VpnUsers, IntervalAction.Open)],
        UsageEvents.VpnUserRemove => [(UsageTypes.VpnUsers, IntervalAction.Close)],
        UsageEvents.VpcCreate => [(UsageTypes.Vpc, IntervalAction.Open)],
        UsageEvents.VpcDelete => [(UsageTypes.Vpc, IntervalAction.Close)],
        _ => [],
    };
}
