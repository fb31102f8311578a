using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.KeyPairs;

[ApiCommand("deleteSSHKeyPair")]
public sealed class DeleteSSHKeyPair : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var name = ctx.Params.String("name")!;
        var owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, ctx.Params, ctx.Cancellation);
        var key = await ctx.Db.SshKeyPairs.FirstOrDefaultAsync(k => k.AccountId == owner.Id && k.Name == name, ctx.Cancellation)
                  ?? throw CloudException.InvalidParameter($"A key pair with name '{name}' does not exist for account {owner.Name}");
        ctx.Db.SshKeyPairs.Remove(key);
        ctx.Event(EventTypes.DeleteSshKeyPair, $"Successfully deleted SSH key pair {name}", "SSHKeyPair", key.Uuid, name);
        return new ApiResult.Success();
    }
}
