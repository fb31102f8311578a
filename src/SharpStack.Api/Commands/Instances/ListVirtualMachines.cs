using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Instances;

/// <summary>
/// Lists instances with upstream's filters. Destroyed instances are shown to admins, and to users
/// when allow.user.expunge.recover.vm lets them recover or expunge them, as upstream does.
/// </summary>
[ApiCommand("listVirtualMachines")]
public sealed class ListVirtualMachines(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var details = VmDetailsParameter.Parse(p.StringList("details"));
        var byId = p.Entity<VirtualMachine>("id") is not null || p.Has("ids");
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId);
        var query = ctx.Db.VirtualMachines.AsNoTracking().Where(v => v.Removed == null && v.State != VmState.Expunging);
        if (!OwnedLists.CoversEverything(ctx.Caller, p, byId))
        {
            query = query.Where(v => accountIds.Contains(v.AccountId));
        }
        if (ctx.Caller.IsNormalUser)
        {
            query = query.Where(v => v.DisplayVm);
            // Users see their destroyed instances only when they may recover or expunge them.
            if (!await settings.GetBoolAsync(SettingNames.AllowUserExpungeRecoverVm, ctx.Cancellation))
            {
                query = query.Where(v => v.State != VmState.Destroyed);
            }
        }
        if (p.Entity<VirtualMachine>("id") is { } one)
        {
            query = query.Where(v => v.Id == one.Id);
        }
        var ids = p.EntityList<VirtualMachine>("ids").Select(v => v.Id).ToList();
        if (p.Has("ids"))
        {
            query = query.Where(v => ids.Contains(v.Id));
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(v => v.Name == name || v.DisplayName == name);
        }
        if (p.String("state") is { } stateText)
        {
            var state = EnumParameters.Parse<VmState>(stateText, "state");
            query = query.Where(v => v.State == state);
        }
        if (p.Entity<Zone>("zoneid") is { } zone)
        {
            query = query.Where(v => v.ZoneId == zone.Id);
        }
        if (p.Entity<Host>("hostid") is { } host)
        {
            query = query.Where(v => v.HostId == host.Id);
        }
        if (p.Entity<Pod>("podid") is { } pod)
        {
            query = query.Where(v => v.PodId == pod.Id);
        }
        if (p.Entity<Cluster>("clusterid") is { } cluster)
        {
            var clusterHosts = ctx.Db.Hosts.Where(h => h.ClusterId == cluster.Id).Select(h => h.Id);
            query = query.Where(v => v.HostId != null && clusterHosts.Contains(v.HostId.Value));
        }
        if (p.Entity<StoragePool>("storageid") is { } pool)
        {
            var onPool = ctx.Db.Volumes.Where(vol => vol.PoolId == pool.Id && vol.VmId != null).Select(vol => vol.VmId!.Value);
            query = query.Where(v => onPool.Contains(v.Id));
        }
        if (p.Entity<VmTemplate>("templateid") is { } template)
        {
            query = query.Where(v => v.TemplateId == template.Id);
        }
        if (p.Entity<ServiceOffering>("serviceofferingid") is { } offering)
        {
            query = query.Where(v => v.ServiceOfferingId == offering.Id);
        }
        if (p.Entity<Network>("networkid") is { } network)
        {
            var onNetwork = ctx.Db.Nics.Where(n => n.NetworkId == network.Id).Select(n => n.VmId);
            query = query.Where(v => onNetwork.Contains(v.Id));
        }
        if (p.Entity<User>("userid") is { } user)
        {
            query = query.Where(v => v.UserId == user.Id);
        }
        if (p.String("hypervisor") is { } hypervisor)
        {
            query = query.Where(v => v.Hypervisor.ToLower() == hypervisor.ToLower());
        }
        if (p.String("keypair") is { } keypair)
        {
            query = query.Where(v => v.KeyPairs != null && ("," + v.KeyPairs + ",").Contains("," + keypair + ","));
        }
        if (p.Bool("haenable") is { } ha)
        {
            query = query.Where(v => v.HaEnabled == ha);
        }
        if (!ctx.Caller.IsNormalUser && p.Bool("displayvm") is { } display)
        {
            query = query.Where(v => v.DisplayVm == display);
        }
        if (Tags.TaggableResources.Filter(ctx.Db, p, "UserVm") is { } tagged)
        {
            query = query.Where(v => tagged.Contains(v.Id));
        }
        if (p.Entity<Core.Compute.InstanceGroup>("groupid") is { } group)
        {
            query = query.Where(v => v.InstanceGroupId == group.Id);
        }
        if (p.Entity<Core.Networks.SecurityGroup>("securitygroupid") is { } securityGroup)
        {
            var members = ctx.Db.SecurityGroupMembers.Where(m => m.GroupId == securityGroup.Id).Select(m => m.VmId);
            query = query.Where(v => members.Contains(v.Id));
        }
        if (p.Has("affinitygroupid") || p.Has("vpcid") || p.Has("isoid"))
        {
            // None of these exist yet, so nothing matches them.
            query = query.Where(v => false);
        }
        if (p.String("keyword") is { } keyword)
        {
            var state = Enum.TryParse<VmState>(keyword, ignoreCase: true, out var parsed) ? parsed : (VmState?)null;
            query = query.Where(v => v.Name.Contains(keyword) || v.DisplayName.Contains(keyword) || v.State == state);
        }
        if (p.Flag("retrieveonlyresourcecount"))
        {
            return ApiResult.List([], await query.CountAsync(ctx.Cancellation));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(v => v.Id), ctx.Cancellation);
        return ApiResult.List(await VmResponses.ToResponsesAsync(ctx.Db, ctx.Caller, page, ctx.Cancellation, details), total);
    }
}
