using System.Net;
using System.Net.Sockets;

namespace SharpStack.Core.Infrastructure;

/// <summary>IPv4 addresses as numbers, for range and subnet arithmetic.</summary>
public static class Ipv4
{
    public static bool TryParse(string? text, out uint value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Count(c => c == '.') != 3 ||
            !IPAddress.TryParse(text, out var address) || address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }
        var bytes = address.GetAddressBytes();
        value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
        return true;
    }

    public static string Format(uint value) =>
        $"{value >> 24}.{(value >> 16) & 0xFF}.{(value >> 8) & 0xFF}.{value & 0xFF}";

    /// <summary>A netmask such as 255.255.255.0 as its prefix length; false for a non-contiguous mask.</summary>
    public static bool TryPrefixOfNetmask(string? netmask, out int prefix)
    {
        prefix = 0;
        if (!TryParse(netmask, out var mask))
        {
            return false;
        }
        var inverted = ~mask;
        if ((inverted & (inverted + 1)) != 0)
        {
            return false;
        }
        prefix = 32 - System.Numerics.BitOperations.PopCount(inverted);
        return true;
    }

    public static uint MaskOf(int prefix) => prefix == 0 ? 0 : uint.MaxValue << (32 - prefix);

    /// <summary>Parses "10.1.0.0/16"; the address must be the network address.</summary>
    public static bool TryParseCidr(string? text, out uint network, out int prefix)
    {
        network = 0;
        prefix = 0;
        var parts = text?.Split('/');
        if (parts is not { Length: 2 } || !TryParse(parts[0], out network) ||
            !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out prefix) ||
            prefix is < 0 or > 32)
        {
            return false;
        }
        return (network & MaskOf(prefix)) == network;
    }

    public static bool SameSubnet(uint a, uint b, int prefix) => (a & MaskOf(prefix)) == (b & MaskOf(prefix));
}

/// <summary>An inclusive range of IPv4 addresses.</summary>
public readonly record struct Ipv4Range(uint Start, uint End)
{
    public bool Overlaps(Ipv4Range other) => Start <= other.End && other.Start <= End;

    public long Count => (long)End - Start + 1;

    public bool Contains(uint address) => address >= Start && address <= End;

    public static bool TryParse(string? start, string? end, out Ipv4Range range)
    {
        range = default;
        if (!Ipv4.TryParse(start, out var s))
        {
            return false;
        }
        var e = s;
        if (!string.IsNullOrEmpty(end) && !Ipv4.TryParse(end, out e))
        {
            return false;
        }
        if (e < s)
        {
            return false;
        }
        range = new Ipv4Range(s, e);
        return true;
    }

    public override string ToString() => $"{Ipv4.Format(Start)}-{Ipv4.Format(End)}";
}
