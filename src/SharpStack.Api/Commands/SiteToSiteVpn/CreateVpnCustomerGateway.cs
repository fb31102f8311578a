using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Security;

namespace SharpStack.Api.Commands.SiteToSiteVpn;

/// <summary>Records the far end of a site-to-site VPN; its IPsec key is encrypted with the server key.</summary>
[ApiCommand("createVpnCustomerGateway")]
public sealed class CreateVpnCustomerGateway(SecretProtector secrets) : IAsyncApiCommand
{
    public string EventType => EventTypes.S2sCustomerGatewayCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var (owner, _) = await BuildAsync(ctx);
        return new JobTarget("VpnCustomerGateway", null, $"VpnCustomerGateway:{owner.Id}");
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (_, gateway) = await BuildAsync(ctx);
        ctx.Db.VpnCustomerGateways.Add(gateway);
        ctx.Event(EventTypes.S2sCustomerGatewayCreate, $"Created VPN customer gateway {gateway.Name}", "VpnCustomerGateway", gateway.Uuid, gateway.Name);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SiteToSiteResponses.CustomerGatewaysAsync(ctx.Db, secrets, [gateway], ctx.Cancellation))[0]);
    }

    private async Task<(Core.Identity.Account, VpnCustomerGateway)> BuildAsync(CommandContext ctx)
    {
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        var gateway = new VpnCustomerGateway
        {
            Name = ctx.Params.String("name") ?? ctx.Params.String("gateway")!,
            Gateway = "",
            Cidrs = "",
            IpsecPsk = "",
            IkePolicy = "",
            EspPolicy = "",
            Created = ctx.Now,
        };
        await CustomerGatewayInputs.ApplyAsync(ctx, secrets, gateway, owner);
        return (owner, gateway);
    }
}
