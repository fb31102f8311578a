using System.Buffers.Binary;
using System.Net;

namespace SharpStack.Agent.Networking.Host;

/// <summary>Netmask and CIDR arithmetic for the generated configurations.</summary>
public static class Ipv4
{
    public static int PrefixLength(string netmask) =>
        System.Numerics.BitOperations.PopCount(BinaryPrimitives.ReadUInt32BigEndian(IPAddress.Parse(netmask).GetAddressBytes()));

    public static string Netmask(int prefixLength) =>
        new IPAddress(BitConverter.IsLittleEndian
            ? BinaryPrimitives.ReverseEndianness(prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength))
            : prefixLength == 0 ? 0u : uint.MaxValue << (32 - prefixLength)).ToString();

    /// <summary>"10.1.1.0/24" → ("10.1.1.0", 24).</summary>
    public static (string Network, int PrefixLength) ParseCidr(string cidr)
    {
        var parts = cidr.Split('/');
        return (parts[0], parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 32);
    }
}
