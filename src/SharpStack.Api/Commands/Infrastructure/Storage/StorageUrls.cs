using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Infrastructure.Storage;

/// <summary>Storage URLs as upstream writes them: nfs://server/path, SharedMountPoint://localhost/path, file:///path.</summary>
internal static class StorageUrls
{
    public static (StoragePoolType Type, string Host, string Path) ParsePool(string url)
    {
        var (scheme, host, path) = Split(url);
        return scheme switch
        {
            "nfs" => (StoragePoolType.NetworkFilesystem, RequireHost(host, url), path),
            "sharedmountpoint" => (StoragePoolType.SharedMountPoint, string.IsNullOrEmpty(host) ? "localhost" : host, path),
            "file" or "filesystem" => (StoragePoolType.Filesystem, "localhost", path),
            _ => throw CloudException.InvalidParameter($"Unsupported storage URL {url}: use nfs://server/path, SharedMountPoint://localhost/path or file:///path"),
        };
    }

    public static (string Protocol, string Host, string Path) ParseImageStore(string url)
    {
        var (scheme, host, path) = Split(url);
        return scheme switch
        {
            "nfs" => ("nfs", RequireHost(host, url), path),
            "file" => ("file", "localhost", path),
            _ => throw CloudException.InvalidParameter($"Unsupported image store URL {url}: use nfs://server/path or file:///path"),
        };
    }

    private static (string Scheme, string Host, string Path) Split(string url)
    {
        var marker = url.IndexOf("://", StringComparison.Ordinal);
        if (marker <= 0)
        {
            throw CloudException.InvalidParameter($"Invalid storage URL {url}: it needs a scheme such as nfs://");
        }
        var scheme = url[..marker].ToLowerInvariant();
        var rest = url[(marker + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? "" : rest[slash..];
        if (path.Length < 2 || path.Contains("/../", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal) || path.Any(char.IsControl))
        {
            throw CloudException.InvalidParameter($"Invalid storage URL {url}: it needs an absolute path");
        }
        return (scheme, host, path.Length > 1 ? path.TrimEnd('/') : path);
    }

    private static string RequireHost(string host, string url) =>
        string.IsNullOrWhiteSpace(host) ? throw CloudException.InvalidParameter($"Invalid NFS URL {url}: it needs a server") : host;
}
