using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Infrastructure.Pods;

[ApiCommand("createPod")]
public sealed class CreatePod : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var zone = p.RequiredEntity<Zone>("zoneid");
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Pod name");
        var gateway = p.String("gateway") ?? throw CloudException.InvalidParameter("Unable to execute API command createpod due to missing parameter gateway");
        var netmask = p.String("netmask") ?? throw CloudException.InvalidParameter("Unable to execute API command createpod due to missing parameter netmask");
        PodNetwork.Validate(gateway, netmask, p.String("startip"), p.String("endip"));
        await PodQueries.EnsureNameFreeAsync(ctx.Db, zone.Id, name, null, ctx.Cancellation);
        await PodNetwork.EnsureNoOverlapAsync(ctx.Db, zone.Id, null, gateway, netmask, ctx.Cancellation);
        var pod = new Pod
        {
            Name = name,
            ZoneId = zone.Id,
            Gateway = gateway,
            Netmask = netmask,
            StartIp = p.String("startip"),
            EndIp = p.String("endip") ?? p.String("startip"),
            AllocationState = p.String("allocationstate") is { } state ? InfrastructureRules.ParseAllocationState(state) : AllocationState.Enabled,
            Created = ctx.Now,
        };
        ctx.Db.Pods.Add(pod);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.PodCreate, $"Successfully completed creating pod {name}", "Pod", pod.Uuid, name);
        return ApiResult.Of(InfrastructureResponses.Pod(pod, zone));
    }
}
