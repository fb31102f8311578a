using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Snapshots;

[ApiCommand("listSnapshotPolicies")]
public sealed class ListSnapshotPolicies(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var byId = p.Entity<SnapshotPolicy>("id") is not null || p.Entity<Volume>("volumeid") is not null;
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId);
        var volumes = ctx.Db.Volumes.Where(v => v.Removed == null && accountIds.Contains(v.AccountId)).Select(v => v.Id);
        var query = ctx.Db.SnapshotPolicies.AsNoTracking().Where(x => x.Removed == null && volumes.Contains(x.VolumeId));
        if (p.Entity<SnapshotPolicy>("id") is { } one)
        {
            query = query.Where(x => x.Id == one.Id);
        }
        if (p.Entity<Volume>("volumeid") is { } volume)
        {
            query = query.Where(x => x.VolumeId == volume.Id);
        }
        if (p.Bool("fordisplay") is { } display)
        {
            query = query.Where(x => x.ForDisplay == display);
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(x => x.Id), ctx.Cancellation);
        return ApiResult.List(await SnapshotResponses.PoliciesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
