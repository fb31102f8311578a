using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Events;

namespace SharpStack.Api.Commands.Events;

/// <summary>The events archiveEvents and deleteEvents act on: by ids, type and/or date range, among those the caller sees.</summary>
internal static class EventSelection
{
    public static IQueryable<EventRecord> Select(CommandContext ctx)
    {
        var p = ctx.Params;
        var ids = p.EntityList<EventRecord>("ids");
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
        var query = ctx.Db.VisibleEvents(ctx.Caller);
        if (ids.Count > 0)
        {
            var idList = ids.Select(e => e.Id).ToList();
            query = query.Where(e => idList.Contains(e.Id));
        }
        if (type is not null)
        {
            query = query.Where(e => e.Type == type);
        }
        if (start is not null)
        {
            query = query.Where(e => e.Created >= start);
        }
        if (end is not null)
        {
            query = query.Where(e => e.Created <= end);
        }
        return query;
    }
}
