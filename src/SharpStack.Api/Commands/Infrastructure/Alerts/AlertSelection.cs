using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Infrastructure.Alerts;

/// <summary>The alerts archiveAlerts and deleteAlerts act on: by ids, type and/or date range.</summary>
internal static class AlertSelection
{
    public static IQueryable<Alert> Select(CommandContext ctx)
    {
        var p = ctx.Params;
        var ids = p.EntityList<Alert>("ids").Select(a => a.Id).ToList();
        var type = p.String("type");
        var start = p.Date("startdate");
        var end = p.Date("enddate");
        if (ids.Count == 0 && type is null && start is null && end is null)
        {
            throw CloudException.InvalidParameter("Either ids, type, startdate or enddate must be given");
        }
        if (start > end)
        {
            throw CloudException.InvalidParameter("startdate must not be after enddate");
        }
        var query = ctx.Db.Alerts.AsQueryable();
        if (ids.Count > 0)
        {
            query = query.Where(a => ids.Contains(a.Id));
        }
        if (type is not null)
        {
            if (!short.TryParse(type, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                throw CloudException.InvalidParameter($"Invalid alert type {type}: it is a number");
            }
            query = query.Where(a => a.Type == number);
        }
        if (start is not null)
        {
            query = query.Where(a => a.Created >= start);
        }
        if (end is not null)
        {
            query = query.Where(a => a.Created <= end);
        }
        return query;
    }
}
