using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.Configuration;

internal static class ScopedSettings
{
    private static readonly string[] ScopeParameters = ["zoneid", "clusterid", "storageid", "accountid", "domainid", "imagestoreuuid"];

    /// <summary>Only global values exist so far; a scoped request is refused rather than answered with global values.</summary>
    public static void EnsureGlobal(CommandContext ctx)
    {
        var scoped = ScopeParameters.FirstOrDefault(ctx.Params.Has);
        if (scoped is not null)
        {
            throw CloudException.InvalidParameter($"Settings scoped by {scoped} are not supported yet; only global settings can be listed or changed");
        }
    }
}
