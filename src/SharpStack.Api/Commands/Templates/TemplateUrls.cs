using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.Templates;

/// <summary>URL and checksum rules for template downloads, including the SSRF guard.</summary>
public static class TemplateUrls
{
    /// <summary>Checks the URL is http(s) and that every address its host resolves to may be fetched.</summary>
    public static async Task<Uri> ValidateAsync(string url, string? allowedInternalSites, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw CloudException.InvalidParameter($"Template URL {url} is invalid: only http and https URLs are supported");
        }
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.IdnHost, ct);
        }
        catch (SocketException e)
        {
            throw CloudException.InvalidParameter($"Template URL host {uri.Host} cannot be resolved: {e.Message}");
        }
        if (addresses.Length == 0)
        {
            throw CloudException.InvalidParameter($"Template URL host {uri.Host} cannot be resolved");
        }
        foreach (var address in addresses)
        {
            if (Refusal(address, allowedInternalSites) is { } why)
            {
                throw CloudException.InvalidParameter(
                    $"Template URL {url} is refused: {uri.Host} resolves to {why}; an admin may allow internal sites with secstorage.allowed.internal.sites");
            }
        }
        return uri;
    }

    /// <summary>Why an address may not be fetched from ("127.0.0.1, a loopback address"), or null when it may.</summary>
    public static string? Refusal(IPAddress address, string? allowedInternalSites)
    {
        var a = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        var why = Forbidden(a);
        if (why is null)
        {
            return null;
        }
        // Link-local (the metadata service) is never allowed, whatever the setting says.
        if (!why.StartsWith("link-local", StringComparison.Ordinal) && ParseCidrs(allowedInternalSites).Any(n => n.Contains(a)))
        {
            return null;
        }
        return $"{a}, a {why} address";
    }

    private static List<IPNetwork> ParseCidrs(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => IPNetwork.TryParse(c, out var n) ? (IPNetwork?)n : null)
            .Where(n => n is not null && n.Value.PrefixLength > 0)
            .Select(n => n!.Value).ToList();

    private static string? Forbidden(IPAddress a)
    {
        if (IPAddress.IsLoopback(a))
        {
            return "loopback";
        }
        if (a.Equals(IPAddress.Any) || a.Equals(IPAddress.IPv6Any))
        {
            return "unspecified";
        }
        if (a.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = a.GetAddressBytes();
            return b[0] switch
            {
                169 when b[1] == 254 => "link-local (metadata)",
                10 => "private",
                172 when b[1] >= 16 && b[1] < 32 => "private",
                192 when b[1] == 168 => "private",
                100 when b[1] >= 64 && b[1] < 128 => "shared (carrier-grade NAT)",
                0 => "unspecified",
                >= 224 and < 240 => "multicast",
                >= 240 => "reserved",
                _ => null,
            };
        }
        if (a.IsIPv6LinkLocal)
        {
            return "link-local";
        }
        if (a.IsIPv6Multicast)
        {
            return "multicast";
        }
        if (a.IsIPv6UniqueLocal || a.IsIPv6SiteLocal)
        {
            return "unique-local";
        }
        return null;
    }

    /// <summary>Splits "hex" or "{ALGO}hex" into an algorithm and lower-case hex; the algorithm follows the length when not named.</summary>
    public static (string Algorithm, string Hex)? ParseChecksum(string? checksum)
    {
        if (string.IsNullOrWhiteSpace(checksum))
        {
            return null;
        }
        var text = checksum.Trim();
        string? algorithm = null;
        if (text.StartsWith('{'))
        {
            var end = text.IndexOf('}');
            if (end < 0)
            {
                throw CloudException.InvalidParameter($"Checksum {checksum} is invalid: expected {{ALGORITHM}}hex");
            }
            algorithm = text[1..end].Replace("-", "").ToUpperInvariant();
            text = text[(end + 1)..];
        }
        if (text.Length == 0 || !text.All(Uri.IsHexDigit))
        {
            throw CloudException.InvalidParameter($"Checksum {checksum} is invalid: expected hexadecimal digits");
        }
        var byLength = text.Length switch { 32 => "MD5", 40 => "SHA1", 64 => "SHA256", 128 => "SHA512", _ => null };
        if (byLength is null || (algorithm is not null && algorithm != byLength))
        {
            throw CloudException.InvalidParameter($"Checksum {checksum} is invalid: expected an MD5, SHA-1, SHA-256 or SHA-512 digest");
        }
        return (byLength, text.ToLowerInvariant());
    }

    public static IncrementalHash CreateHash(string algorithm) => IncrementalHash.CreateHash(algorithm switch
    {
        "MD5" => HashAlgorithmName.MD5,
        "SHA1" => HashAlgorithmName.SHA1,
        "SHA256" => HashAlgorithmName.SHA256,
        _ => HashAlgorithmName.SHA512,
    });
}
