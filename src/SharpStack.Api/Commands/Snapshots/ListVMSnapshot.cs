using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Snapshots;

[ApiCommand("listVMSnapshot")]
public sealed class ListVMSnapshot(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var byId = p.Entity<VmSnapshot>("vmsnapshotid") is not null || p.Has("vmsnapshotids");
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId);
        var query = ctx.Db.VmSnapshots.AsNoTracking().Where(s => s.Removed == null && accountIds.Contains(s.AccountId));
        if (p.Entity<VmSnapshot>("vmsnapshotid") is { } one)
        {
            query = query.Where(s => s.Id == one.Id);
        }
        if (p.Has("vmsnapshotids"))
        {
            var ids = p.EntityList<VmSnapshot>("vmsnapshotids").Select(s => s.Id).ToList();
            query = query.Where(s => ids.Contains(s.Id));
        }
        if (p.Entity<VirtualMachine>("virtualmachineid") is { } vm)
        {
            query = query.Where(s => s.VmId == vm.Id);
        }
        if (p.String("state") is { } stateText)
        {
            var state = EnumParameters.Parse<VmSnapshotState>(stateText, "state");
            query = query.Where(s => s.State == state);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(s => s.DisplayName == name || s.Name == name);
        }
        if (Tags.TaggableResources.Filter(ctx.Db, p, "VMSnapshot") is { } tagged)
        {
            query = query.Where(s => tagged.Contains(s.Id));
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(s => s.DisplayName.Contains(keyword) || s.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(s => s.Id), ctx.Cancellation);
        return ApiResult.List(await SnapshotResponses.VmSnapshotsAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
