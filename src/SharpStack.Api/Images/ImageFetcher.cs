using System.Net;
using System.Net.Sockets;
using SharpStack.Api.Commands.Templates;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Images;

/// <summary>
/// Fetches an image (a template, an ISO, an uploaded volume) from an http(s) URL into a file on an
/// image store: the URL and every address it connects to pass the SSRF guard (loopback, private and
/// link-local refused unless secstorage.allowed.internal.sites allows them; the metadata address
/// never), the bytes stream through a .part file under a size limit, and the checksum is checked.
/// </summary>
public sealed class ImageFetcher(SettingsService settings, TimeProvider time)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);
    private const int MaxRedirects = 5;

    /// <summary>Refuses (431) a URL that is not http(s) or whose host resolves to an address the guard refuses.</summary>
    public async Task<Uri> ValidateAsync(string url, CancellationToken ct) =>
        await TemplateUrls.ValidateAsync(url, await settings.GetAsync(SettingNames.SecStorageAllowedInternalSites, ct), ct);

    /// <summary>
    /// Streams <paramref name="url"/> into <paramref name="path"/> and answers the bytes written.
    /// <paramref name="progress"/> hears (percent, bytes) now and then; answering false stops the fetch
    /// (the record was deleted meanwhile). Any failure is an <see cref="ImageFetchException"/> and leaves no file behind.
    /// </summary>
    public async Task<long> FetchAsync(string url, string? checksum, string path, FetchLimit limit, Func<int, long, Task<bool>> progress, CancellationToken ct)
    {
        var part = path + ".part";
        try
        {
            var allowed = await settings.GetAsync(SettingNames.SecStorageAllowedInternalSites, ct);
            var maxBytes = await settings.GetLongAsync(limit.SettingName, ct) * 1024L * 1024 * 1024;
            TemplateUrls.ParseChecksum(checksum); // a malformed checksum fails before anything is fetched
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var client = CreateClient(allowed);
            using var response = await GetFollowingRedirectsAsync(client, await TemplateUrls.ValidateAsync(url, allowed, ct), allowed, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new ImageFetchException($"Download failed: {url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            var length = response.Content.Headers.ContentLength;
            if (length > maxBytes)
            {
                throw new ImageFetchException($"Download refused: {length} bytes is more than {limit.SettingName} allows");
            }
            long written;
            await using (var source = await response.Content.ReadAsStreamAsync(ct))
            await using (var target = new FileStream(part, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var lastReport = time.GetTimestamp();
                written = await ChecksummedCopy.CopyAsync(source, target, checksum, maxBytes,
                    $"Download stopped: the {limit.What} is larger than {limit.SettingName} allows", "download", async copied =>
                    {
                        if (time.GetElapsedTime(lastReport) < ProgressInterval)
                        {
                            return;
                        }
                        lastReport = time.GetTimestamp();
                        if (!await progress(length is > 0 ? (int)Math.Min(99, copied * 100 / length.Value) : 0, copied))
                        {
                            throw new ImageFetchException("deleted");
                        }
                    }, ct);
            }
            File.Move(part, path, overwrite: true);
            return written;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            TryDelete(part);
            throw;
        }
        catch (Exception e) when (e is ImageFetchException or InvalidDataException or HttpRequestException or IOException or Core.Errors.CloudException or UnauthorizedAccessException or OperationCanceledException)
        {
            TryDelete(part);
            throw e as ImageFetchException ?? new ImageFetchException(e.Message, e);
        }
    }

    private static async Task<HttpResponseMessage> GetFollowingRedirectsAsync(HttpClient client, Uri uri, string? allowed, CancellationToken ct)
    {
        for (var hops = 0; ; hops++)
        {
            var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
            if ((int)response.StatusCode is < 300 or >= 400 || response.Headers.Location is not { } location || hops >= MaxRedirects)
            {
                return response;
            }
            response.Dispose();
            uri = await TemplateUrls.ValidateAsync(new Uri(uri, location).ToString(), allowed, ct);
        }
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Connects only to addresses the SSRF rule allows, so a host that re-resolves elsewhere is still refused.</summary>
    private static HttpClient CreateClient(string? allowed) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            ConnectCallback = async (context, ct) =>
            {
                var host = context.DnsEndPoint.Host;
                var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
                foreach (var address in addresses)
                {
                    if (TemplateUrls.Refusal(address, allowed) is { } why)
                    {
                        throw new HttpRequestException($"Download refused: {host} resolves to {why}");
                    }
                }
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { Timeout = Timeout.InfiniteTimeSpan };
}

/// <summary>The setting (in GB) that limits a fetch, and what is fetched, for messages.</summary>
public sealed record FetchLimit(string SettingName, string What)
{
    public static readonly FetchLimit Template = new(SettingNames.MaxTemplateIsoSize, "template");
    public static readonly FetchLimit Volume = new(SettingNames.MaxVolumeUploadSize, "volume");
}

/// <summary>Why a fetch failed, in words for the record's error text.</summary>
public sealed class ImageFetchException(string message, Exception? inner = null) : Exception(message, inner);
