using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Volumes;

[ApiCommand("listVolumes")]
public sealed class ListVolumes(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var byId = p.Entity<Volume>("id") is not null || p.Has("ids");
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId);
        var query = ctx.Db.Volumes.AsNoTracking().Where(v => v.Removed == null);
        if (!OwnedLists.CoversEverything(ctx.Caller, p, byId))
        {
            query = query.Where(v => accountIds.Contains(v.AccountId));
        }
        if (ctx.Caller.IsNormalUser)
        {
            query = query.Where(v => v.State != VolumeState.Destroy);
        }
        if (p.Entity<Volume>("id") is { } one)
        {
            query = query.Where(v => v.Id == one.Id);
        }
        if (p.Has("ids"))
        {
            var ids = p.EntityList<Volume>("ids").Select(v => v.Id).ToList();
            query = query.Where(v => ids.Contains(v.Id));
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(v => v.Name == name);
        }
        if (p.String("type") is { } typeText)
        {
            var type = EnumParameters.Parse<VolumeType>(typeText, "type");
            query = query.Where(v => v.Type == type);
        }
        if (p.String("state") is { } stateText)
        {
            var state = EnumParameters.Parse<VolumeState>(stateText, "state");
            query = query.Where(v => v.State == state);
        }
        if (p.Entity<VirtualMachine>("virtualmachineid") is { } vm)
        {
            query = query.Where(v => v.VmId == vm.Id);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(v => v.ZoneId == zone.Id);
        }
        if (p.Entity<StoragePool>("storageid") is { } pool)
        {
            query = query.Where(v => v.PoolId == pool.Id);
        }
        if (p.Entity<Host>("hostid") is { } host)
        {
            var onHost = ctx.Db.VirtualMachines.Where(x => x.HostId == host.Id).Select(x => x.Id);
            query = query.Where(v => v.VmId != null && onHost.Contains(v.VmId.Value));
        }
        if (p.Entity<Pod>("podid") is { } pod)
        {
            var inPod = ctx.Db.StoragePools.Where(x => x.PodId == pod.Id).Select(x => x.Id);
            query = query.Where(v => v.PoolId != null && inPod.Contains(v.PoolId.Value));
        }
        if (p.Entity<Cluster>("clusterid") is { } cluster)
        {
            var inCluster = ctx.Db.StoragePools.Where(x => x.ClusterId == cluster.Id).Select(x => x.Id);
            query = query.Where(v => v.PoolId != null && inCluster.Contains(v.PoolId.Value));
        }
        if (p.Entity<DiskOffering>("diskofferingid") is { } offering)
        {
            query = query.Where(v => v.DiskOfferingId == offering.Id);
        }
        if (p.Entity<ServiceOffering>("serviceofferingid") is { } serviceOffering)
        {
            var withOffering = ctx.Db.VirtualMachines.Where(x => x.ServiceOfferingId == serviceOffering.Id).Select(x => x.Id);
            query = query.Where(v => v.Type == VolumeType.ROOT && v.VmId != null && withOffering.Contains(v.VmId.Value));
        }
        if (Tags.TaggableResources.Filter(ctx.Db, p, "Volume") is { } tagged)
        {
            query = query.Where(v => tagged.Contains(v.Id));
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(v => v.Name.Contains(keyword));
        }
        if (p.Flag("retrieveonlyresourcecount"))
        {
            return ApiResult.List([], await query.CountAsync(ctx.Cancellation));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(v => v.Id), ctx.Cancellation);
        return ApiResult.List(await VolumeResponses.ToResponsesAsync(ctx.Db, ctx.Caller, page, ctx.Cancellation), total);
    }
}
