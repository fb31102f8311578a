using System.Security.Cryptography;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Infrastructure;

/// <summary>Validation shared by the zone, pod and cluster commands.</summary>
internal static class InfrastructureRules
{
    public static AllocationState ParseAllocationState(string text) =>
        Enum.TryParse<AllocationState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state)
            ? state
            : throw CloudException.InvalidParameter($"Invalid allocation state {text}: use Enabled or Disabled");

    public static HypervisorType ParseHypervisor(string text) =>
        Enum.TryParse<HypervisorType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type)
            ? type
            : throw CloudException.InvalidParameter($"Unable to resolve hypervisor type {text}: SharpStack supports Simulator and KVM");

    public static uint RequireIp(string? text, string parameter) =>
        Ipv4.TryParse(text, out var value) ? value : throw CloudException.InvalidParameter($"Please specify a valid IPv4 address for {parameter}: {text} is not one");

    public static void RequireIpIfGiven(string? text, string parameter)
    {
        if (text is not null)
        {
            RequireIp(text, parameter);
        }
    }

    public static int RequireNetmask(string? text) =>
        Ipv4.TryPrefixOfNetmask(text, out var prefix) && prefix is > 0 and < 32
            ? prefix
            : throw CloudException.InvalidParameter($"Please specify a valid netmask: {text} is not one");

    public static string NewRegistrationToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
