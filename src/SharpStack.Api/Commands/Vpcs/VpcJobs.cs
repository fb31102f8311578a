using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;

namespace SharpStack.Api.Commands.Vpcs;

internal static class VpcJobs
{
    public static JobTarget Target(Vpc vpc) => JobTarget.For("Vpc", vpc.Uuid);

    /// <summary>The VPC named by the parameter, fresh and tracked.</summary>
    public static async Task<Vpc> LoadAsync(CommandContext ctx, string parameter = "id")
    {
        var found = ctx.Params.RequiredEntity<Vpc>(parameter);
        return await ctx.Db.Vpcs.FirstOrDefaultAsync(v => v.Id == found.Id && v.Removed == null, ctx.Cancellation)
               ?? throw CloudException.InvalidParameter($"VPC {found.Name} no longer exists");
    }
}
