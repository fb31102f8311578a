using SharpStack.Api.Access;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.KeyPairs;

/// <summary>Generates an RSA key pair: the public key is kept, the private key is answered once and never stored.</summary>
[ApiCommand("createSSHKeyPair")]
public sealed class CreateSSHKeyPair : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var name = ctx.Params.String("name")!;
        IdentityService.ValidateName(name, "Key pair name");
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        var (privateKey, publicKey) = SshPublicKeys.Generate(name);
        var fingerprint = SshPublicKeys.Fingerprint(publicKey);
        await KeyPairResponses.EnsureFreeAsync(ctx.Db, owner.Id, name, fingerprint, ctx.Cancellation);
        var key = new SshKeyPair { Name = name, AccountId = owner.Id, DomainId = owner.DomainId, PublicKey = publicKey, Fingerprint = fingerprint, Created = ctx.Now };
        ctx.Db.SshKeyPairs.Add(key);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.RegisterSshKeyPair, $"Successfully created SSH key pair {name}", "SSHKeyPair", key.Uuid, name);
        var response = (await KeyPairResponses.ToResponsesAsync(ctx.Db, [key], ctx.Cancellation))[0];
        response.Add("privatekey", privateKey);
        return ApiResult.Of(response);
    }
}
