using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>The accounts a VPC or site-to-site VPN list call covers (account/domainid/isrecursive/listall; an id alone looks across all visible).</summary>
internal static class OwnedListScope
{
    public static IQueryable<long> Accounts(CommandContext ctx)
    {
        if (ctx.Params.Has("projectid"))
        {
            throw CloudException.InvalidParameter("Projects are not supported yet");
        }
        return OwnedLists.AccountIds(ctx.Db, ctx.Caller, ctx.Params, ctx.Params.Has("id"));
    }
}
