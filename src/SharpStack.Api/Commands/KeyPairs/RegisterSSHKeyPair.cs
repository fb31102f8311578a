using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.KeyPairs;

[ApiCommand("registerSSHKeyPair")]
public sealed class RegisterSSHKeyPair : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var name = ctx.Params.String("name")!;
        IdentityService.ValidateName(name, "Key pair name");
        var (publicKey, fingerprint) = SshPublicKeys.Parse(ctx.Params.String("publickey")!);
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        await KeyPairResponses.EnsureFreeAsync(ctx.Db, owner.Id, name, fingerprint, ctx.Cancellation);
        var key = new SshKeyPair { Name = name, AccountId = owner.Id, DomainId = owner.DomainId, PublicKey = publicKey, Fingerprint = fingerprint, Created = ctx.Now };
        ctx.Db.SshKeyPairs.Add(key);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.RegisterSshKeyPair, $"Successfully registered SSH key pair {name}", "SSHKeyPair", key.Uuid, name);
        return ApiResult.Of((await KeyPairResponses.ToResponsesAsync(ctx.Db, [key], ctx.Cancellation))[0]);
    }
}
