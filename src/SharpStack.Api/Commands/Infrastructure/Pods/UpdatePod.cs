using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Pods;

[ApiCommand("updatePod")]
public sealed class UpdatePod : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<Pod>("id");
        var pod = await ctx.Db.Pods.FirstAsync(x => x.Id == found.Id, ctx.Cancellation);
        if (p.String("name") is { } name && name != pod.Name)
        {
            IdentityService.ValidateName(name, "Pod name");
            await PodQueries.EnsureNameFreeAsync(ctx.Db, pod.ZoneId, name, pod.Id, ctx.Cancellation);
            pod.Name = name;
        }
        var gateway = p.String("gateway") ?? pod.Gateway;
        var netmask = p.String("netmask") ?? pod.Netmask;
        var startIp = p.String("startip") ?? pod.StartIp;
        var endIp = p.String("endip") ?? (p.Has("startip") ? p.String("startip") : pod.EndIp);
        PodNetwork.Validate(gateway, netmask, startIp, endIp);
        if (gateway != pod.Gateway || netmask != pod.Netmask)
        {
            await PodNetwork.EnsureNoOverlapAsync(ctx.Db, pod.ZoneId, pod.Id, gateway, netmask, ctx.Cancellation);
        }
        (pod.Gateway, pod.Netmask, pod.StartIp, pod.EndIp) = (gateway, netmask, startIp, endIp);
        if (p.String("allocationstate") is { } state)
        {
            pod.AllocationState = InfrastructureRules.ParseAllocationState(state);
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.PodEdit, $"Successfully completed updating pod {pod.Name}", "Pod", pod.Uuid, pod.Name);
        return ApiResult.Of((await PodQueries.ToResponsesAsync(ctx.Db, [pod], ctx.Cancellation))[0]);
    }
}
