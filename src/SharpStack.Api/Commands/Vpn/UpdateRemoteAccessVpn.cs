using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Security;

namespace SharpStack.Api.Commands.Vpn;

/// <summary>Shows or hides a VPN for end users (fordisplay); nothing changes on the router.</summary>
[ApiCommand("updateRemoteAccessVpn")]
public sealed class UpdateRemoteAccessVpn(SecretProtector secrets) : IAsyncApiCommand
{
    public string EventType => EventTypes.VpnUpdate;

    public Task<JobTarget> PrepareAsync(CommandContext ctx) =>
        Task.FromResult(JobTarget.For("RemoteAccessVpn", ctx.Params.RequiredEntity<RemoteAccessVpn>("id").Uuid));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<RemoteAccessVpn>("id");
        var vpn = await ctx.Db.RemoteAccessVpns.FirstAsync(v => v.Id == found.Id, ctx.Cancellation);
        if (ctx.Params.Bool("fordisplay") is { } display)
        {
            vpn.ForDisplay = display;
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await VpnResponses.VpnsAsync(ctx.Db, secrets, [vpn], ctx.Cancellation))[0]);
    }
}
