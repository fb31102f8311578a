using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SharpStack.Data;

namespace SharpStack.Api.Images;

/// <summary>
/// Download links for extracted templates, ISOs and volumes: /client/download/{token}, where the token names
/// the template copy or volume and when the link expires, signed with the server key, so any server sharing
/// the key serves it and no one can forge or extend one.
/// </summary>
public sealed class DownloadLinks(byte[] serverKey, IServer server, DownloadLinkOptions options)
{
    public const string PathPrefix = "/client/download/";
    public const string UploadPathPrefix = "/client/upload/";

    private readonly byte[] _key = HMACSHA256.HashData(serverKey, "sharpstack download links"u8.ToArray());

    private const string VolumeKind = "x";

    public string Create(long templateStoreRefId, DateTime expiresUtc) => BaseUrl() + PathPrefix + Token("t", templateStoreRefId, expiresUtc);

    /// <summary>A download link for a volume's image in the image store (extractVolume).</summary>
    public string CreateVolumeDownload(long volumeId, DateTime expiresUtc) => BaseUrl() + PathPrefix + Token(VolumeKind, volumeId, expiresUtc);

    /// <summary>Where a template copy's bytes may be POSTed until it expires (getUploadParamsForTemplate's postURL).</summary>
    public string CreateUpload(long templateStoreRefId, DateTime expiresUtc) => BaseUrl() + UploadPathPrefix + Token("u", templateStoreRefId, expiresUtc);

    /// <summary>Where an uploaded volume's bytes may be POSTed (getUploadParamsForVolume's postURL).</summary>
    public string CreateVolumeUpload(long volumeId, DateTime expiresUtc) => BaseUrl() + UploadPathPrefix + Token("v", volumeId, expiresUtc);

    /// <summary>The signature part of an upload URL's token, answered as upstream's "signature".</summary>
    public static string SignatureOf(string url) => url[(url.LastIndexOf('.') + 1)..];

    private string Token(string kind, long id, DateTime expiresUtc)
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $"{kind}.{id}.{new DateTimeOffset(expiresUtc, TimeSpan.Zero).ToUnixTimeSeconds()}");
        return payload + "." + Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(payload)));
    }

    /// <summary>The template copy a token names, if its signature holds and it has not expired.</summary>
    public long? Read(string token, DateTime nowUtc, string kind = "t")
    {
        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != kind ||
            !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var refId) ||
            !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return null;
        }
        var expected = Base64Url(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}.{parts[2]}")));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[3])))
        {
            return null;
        }
        return DateTimeOffset.FromUnixTimeSeconds(expires).UtcDateTime > nowUtc ? refId : null;
    }

    /// <summary>Serves GET /client/download/{token}: the file, or 404 for a bad, expired or vanished link.</summary>
    public async Task ServeAsync(HttpContext http, string token, CloudDbContext db, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var file = Read(token, now) is { } refId ? await TemplateFileAsync(db, refId, http.RequestAborted)
            : Read(token, now, VolumeKind) is { } volumeId ? await VolumeFileAsync(db, volumeId, http.RequestAborted)
            : null;
        if (file is not { } found || !File.Exists(found.Path))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = "application/octet-stream";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{found.Name}\"";
        await http.Response.SendFileAsync(found.Path, http.RequestAborted);
    }

    private static async Task<(string Path, string Name)?> TemplateFileAsync(CloudDbContext db, long refId, CancellationToken ct)
    {
        var copy = await db.TemplateStoreRefs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == refId, ct);
        var template = copy is null ? null : await db.VmTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == copy.TemplateId && t.Removed == null, ct);
        return copy?.InstallPath is { } path && template is not null ? (path, $"{template.Uuid}.{template.Format.ToLowerInvariant()}") : null;
    }

    private static async Task<(string Path, string Name)?> VolumeFileAsync(CloudDbContext db, long volumeId, CancellationToken ct)
    {
        var volume = await db.Volumes.AsNoTracking().FirstOrDefaultAsync(v => v.Id == volumeId && v.Removed == null, ct);
        return volume?.StorePath is { } path ? (path, $"{volume.Uuid}.{(volume.Format ?? "raw").ToLowerInvariant()}") : null;
    }

    private string BaseUrl()
    {
        if (options.PublicUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <param name="PublicUrl">The base URL clients reach this server at, for links it hands out (--public-url); else its first listening address.</param>
public sealed record DownloadLinkOptions(string? PublicUrl);
