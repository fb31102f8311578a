using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Events;
using SharpStack.Core.Usage;
using SharpStack.Data;

namespace SharpStack.Orchestration.Usage;

/// <summary>Turns one usage event into changes of the resource's billable intervals (saved by the caller).</summary>
public static class UsageEventApplier
{
    public static async Task ApplyAsync(CloudDbContext db, UsageEvent e, CancellationToken ct)
    {
        foreach (var (type, action) in UsageEventRules.For(e.Type))
        {
            var open = await db.UsageIntervals
                .Where(i => i.UsageType == type && i.ResourceId == e.ResourceId && i.ZoneId == e.ZoneId && i.End == null)
                .ToListAsync(ct);
            foreach (var interval in open)
            {
                interval.End = e.Created;
            }
            var start = action switch
            {
                IntervalAction.Open or IntervalAction.Replace => true,
                IntervalAction.Reopen => open.Count > 0,
                _ => false,
            };
            if (start)
            {
                db.UsageIntervals.Add(From(e, type));
            }
        }
    }

    private static UsageInterval From(UsageEvent e, int type) => new()
    {
        UsageType = type,
        AccountId = e.AccountId,
        DomainId = e.DomainId,
        ZoneId = e.ZoneId,
        ResourceId = e.ResourceId,
        ResourceName = e.ResourceName,
        ResourceUuid = e.ResourceUuid,
        OfferingId = e.OfferingId,
        TemplateId = e.TemplateId,
        Size = e.Size,
        VirtualSize = e.VirtualSize,
        ResourceType = e.ResourceType,
        Start = e.Created,
    };
}
