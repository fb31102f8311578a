using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Snapshots;

[ApiCommand("listSnapshots")]
public sealed class ListSnapshots(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var byId = p.Entity<Snapshot>("id") is not null || p.Has("ids");
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId);
        var query = ctx.Db.Snapshots.AsNoTracking().Where(s => s.Removed == null && accountIds.Contains(s.AccountId));
        if (p.Entity<Snapshot>("id") is { } one)
        {
            query = query.Where(s => s.Id == one.Id);
        }
        if (p.Has("ids"))
        {
            var ids = p.EntityList<Snapshot>("ids").Select(s => s.Id).ToList();
            query = query.Where(s => ids.Contains(s.Id));
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(s => s.Name == name);
        }
        if (p.Entity<Volume>("volumeid") is { } volume)
        {
            query = query.Where(s => s.VolumeId == volume.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(s => s.ZoneId == zone.Id);
        }
        if (p.String("snapshottype") is { } typeText)
        {
            var manual = EnumParameters.Parse<SnapshotKind>(typeText, "snapshottype") == SnapshotKind.MANUAL;
            query = manual ? query.Where(s => s.Type == SnapshotType.MANUAL) : query.Where(s => s.Type != SnapshotType.MANUAL);
        }
        if (p.String("intervaltype") is { } intervalText)
        {
            var type = Enum.Parse<SnapshotType>(EnumParameters.Parse<SnapshotInterval>(intervalText, "intervaltype").ToString());
            query = query.Where(s => s.Type == type);
        }
        if (p.String("locationtype") is { } location)
        {
            var secondary = location.Equals("SECONDARY", StringComparison.OrdinalIgnoreCase);
            query = secondary ? query.Where(s => s.ImageStoreId != null) : query.Where(s => s.ImageStoreId == null);
        }
        if (Tags.TaggableResources.Filter(ctx.Db, p, "Snapshot") is { } tagged)
        {
            query = query.Where(s => tagged.Contains(s.Id));
        }
        if (p.Has("imagestoreid") || p.Has("storageid"))
        {
            query = query.Where(s => false);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(s => s.Name.Contains(keyword));
        }
        if (p.Flag("retrieveonlyresourcecount"))
        {
            return ApiResult.List([], await query.CountAsync(ctx.Cancellation));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(s => s.Id), ctx.Cancellation);
        return ApiResult.List(await SnapshotResponses.SnapshotsAsync(ctx.Db, page, ctx.Cancellation), total);
    }

    private enum SnapshotKind
    {
        MANUAL,
        RECURRING,
    }
}
