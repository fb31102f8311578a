using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Limits;

internal static class ResourceLimitResponses
{
    /// <param name="max">As stored: bytes for storage types, shown in GiB as upstream does.</param>
    public static ApiObject Limit(Account? account, Domain domain, ResourceType type, long max) => new()
    {
        { "account", account?.Name },
        { "domainid", domain.Uuid },
        { "domain", domain.Name },
        { "domainpath", domain.Path },
        { "resourcetype", ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { "resourcetypename", type.ToString() },
        { "max", ResourceLimiter.CountsBytes(type) && max > 0 ? max >> 30 : max },
    };
}
