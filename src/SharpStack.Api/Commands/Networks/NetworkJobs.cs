using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Networks;

namespace SharpStack.Api.Commands.Networks;

internal static class NetworkJobs
{
    public static JobTarget Target(Network network) => JobTarget.For("Network", network.Uuid);

    /// <summary>The network named by id, for a caller who may change it: its owner's side for an account's network, an admin above it for a domain's.</summary>
    public static Network RequireChangeable(CommandContext ctx)
    {
        var network = ctx.Params.RequiredEntity<Network>("id");
        if (network.AclType == "Domain" || network.AccountId == Account.SystemId)
        {
            if (ctx.Caller.IsNormalUser)
            {
                throw CloudException.PermissionDenied($"Network {network.Name} belongs to a domain: only an administrator can change it");
            }
        }
        return network;
    }

    public static async Task<Network> LoadAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<Network>("id");
        return await ctx.Db.Networks.FirstOrDefaultAsync(n => n.Id == found.Id && n.Removed == null, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"Network {found.Name} no longer exists");
    }
}
