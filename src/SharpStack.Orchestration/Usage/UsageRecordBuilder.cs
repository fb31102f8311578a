using SharpStack.Core.Usage;

namespace SharpStack.Orchestration.Usage;

/// <summary>
/// The records of one period from the intervals that overlap it: one per account, resource and set
/// of billed attributes (an instance upgraded mid-period gets one record per offering, as upstream).
/// </summary>
public static class UsageRecordBuilder
{
    public static List<UsageRecord> Build(IEnumerable<UsageInterval> intervals, DateTime periodStart, DateTime periodEnd)
    {
        return intervals
            .Select(i => (Interval: i, Used: UsageHours.Overlap(i.Start, i.End, periodStart, periodEnd)))
            .Where(x => x.Used > TimeSpan.Zero)
            .GroupBy(x => (x.Interval.UsageType, x.Interval.AccountId, x.Interval.ZoneId, x.Interval.ResourceId,
                x.Interval.OfferingId, x.Interval.TemplateId, x.Interval.Size))
            .OrderBy(g => g.Key.UsageType).ThenBy(g => g.Key.ResourceId)
            .Select(g =>
            {
                var first = g.OrderBy(x => x.Interval.Start).First().Interval;
                var hours = UsageHours.Of(g.Aggregate(TimeSpan.Zero, (sum, x) => sum + x.Used));
                var isVm = first.UsageType is UsageTypes.RunningVm or UsageTypes.AllocatedVm;
                return new UsageRecord
                {
                    AccountId = first.AccountId,
                    DomainId = first.DomainId,
                    ZoneId = first.ZoneId,
                    UsageType = first.UsageType,
                    Description = Describe(first),
                    UsageDisplay = UsageHours.Display(hours),
                    RawUsage = hours,
                    UsageId = first.ResourceId,
                    VmId = isVm ? first.ResourceId : null,
                    Name = first.ResourceName,
                    ResourceUuid = first.ResourceUuid,
                    OfferingId = first.OfferingId,
                    TemplateId = first.TemplateId,
                    ResourceType = first.UsageType == UsageTypes.IpAddress ? null : first.ResourceType,
                    Size = first.Size,
                    VirtualSize = first.VirtualSize,
                    IsSourceNat = first.UsageType == UsageTypes.IpAddress ? first.ResourceType == "SourceNat" : null,
                    StartDate = periodStart,
                    EndDate = periodEnd.AddSeconds(-1),
                };
            })
            .ToList();
    }

    /// <summary>Upstream's stored (old format) descriptions, with internal ids.</summary>
    private static string Describe(UsageInterval i) => i.UsageType switch
    {
        UsageTypes.RunningVm => $"{i.ResourceName} running time (ServiceOffering: {i.OfferingId}) (Template: {i.TemplateId})",
        UsageTypes.AllocatedVm => $"{i.ResourceName} allocated (ServiceOffering: {i.OfferingId}) (Template: {i.TemplateId})",
        UsageTypes.IpAddress => $"IPAddress: {i.ResourceName}",
        UsageTypes.Volume => $"Volume Id: {i.ResourceId} usage time" +
                             (i.TemplateId is { } t ? $" (Template: {t})" : i.OfferingId is { } o ? $" (DiskOffering: {o})" : ""),
        UsageTypes.Template => $"Template Id: {i.ResourceId} Size: {i.Size}",
        UsageTypes.Iso => $"ISO Id: {i.ResourceId} Size: {i.Size}",
        UsageTypes.Snapshot => $"Snapshot Id: {i.ResourceId} Size: {i.Size}",
        UsageTypes.VmSnapshot => $"VMSnapshot Id: {i.ResourceId} usage time",
        UsageTypes.LoadBalancer => $"Load Balancing Rule: {i.ResourceId} usage time",
        UsageTypes.PortForwarding => $"Port Forwarding Rule: {i.ResourceId} usage time",
        UsageTypes.VpnUsers => $"VPN User: {i.ResourceName}, Id: {i.ResourceId} usage time",
        UsageTypes.Vpc => $"VPC Id: {i.ResourceId} usage time",
        _ => $"Resource Id: {i.ResourceId} usage time",
    };
}
