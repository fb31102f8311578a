using System.Security.Cryptography;
using System.Text;

namespace SharpStack.Contract.Signing;

/// <summary>Upstream's request signature: HMAC-SHA1 over the sorted, encoded, lower-cased parameters.</summary>
public static class RequestSignature
{
    /// <summary>The string that is signed, from parameters with their names as sent.</summary>
    /// <param name="keepTilde">
    /// Python's quote() (used by the cs client and others) leaves '~' unencoded where Java encodes
    /// it; such clients' signatures differ only there, so they are checked both ways.
    /// </param>
    public static string CanonicalString(IEnumerable<KeyValuePair<string, string>> parameters, bool keepTilde = false)
    {
        var sorted = parameters
            .Where(p => !string.Equals(p.Key, "signature", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        var sb = new StringBuilder(256);
        foreach (var (name, value) in sorted)
        {
            if (sb.Length > 0)
            {
                sb.Append('&');
            }
            sb.Append(name).Append('=');
            JavaFormEncoding.Append(sb, value, keepTilde);
        }
        return sb.ToString().ToLowerInvariant();
    }

    public static string Compute(string canonical, string secretKey)
    {
        var mac = HMACSHA1.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(canonical));
        return Convert.ToBase64String(mac);
    }

    public static bool Verify(IReadOnlyList<KeyValuePair<string, string>> parameters, string secretKey, string signature)
    {
        var given = Encoding.UTF8.GetBytes(signature);
        if (Matches(CanonicalString(parameters), secretKey, given))
        {
            return true;
        }
        return parameters.Any(p => p.Value.Contains('~', StringComparison.Ordinal)) &&
               Matches(CanonicalString(parameters, keepTilde: true), secretKey, given);
    }

    private static bool Matches(string canonical, string secretKey, byte[] given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(canonical, secretKey)), given);
}
