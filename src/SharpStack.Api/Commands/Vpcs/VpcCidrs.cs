using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>CIDR arithmetic for VPCs: containment, overlap, and the private (RFC 1918) ranges a VPC's CIDR must lie in.</summary>
internal static class VpcCidrs
{
    private static readonly string[] PrivateRanges = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

    public static bool TryRange(string cidr, out uint first, out uint last)
    {
        first = last = 0;
        if (!Ipv4.TryParseCidr(cidr, out var network, out var prefix))
        {
            return false;
        }
        first = network & Ipv4.MaskOf(prefix);
        last = first | ~Ipv4.MaskOf(prefix);
        return true;
    }

    public static bool Within(string inner, string outer) =>
        TryRange(inner, out var a, out var b) && TryRange(outer, out var c, out var d) && a >= c && b <= d;

    public static bool Overlap(string x, string y) =>
        TryRange(x, out var a, out var b) && TryRange(y, out var c, out var d) && a <= d && c <= b;

    public static bool IsPrivate(string cidr) => PrivateRanges.Any(r => Within(cidr, r));
}
