using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Orchestration.Alerts;

/// <summary>Adds administrator alerts in the caller's unit of work.</summary>
public sealed class AlertLog(TimeProvider time)
{
    public Alert Raise(CloudDbContext db, short type, string name, string subject, long zoneId, long? podId = null, long? clusterId = null)
    {
        var alert = new Alert
        {
            Type = type,
            Name = name,
            Subject = subject.Length > 1024 ? subject[..1024] : subject,
            ZoneId = zoneId,
            PodId = podId,
            ClusterId = clusterId,
            Created = time.GetUtcNow().UtcDateTime,
        };
        db.Alerts.Add(alert);
        return alert;
    }
}
