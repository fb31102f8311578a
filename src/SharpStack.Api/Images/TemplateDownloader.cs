using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SharpStack.Api.Commands.Templates;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Images;

/// <summary>
/// Downloads registered templates into their zone's image store. A "file" store is real whatever
/// the hypervisor: the bytes are streamed to disk, hashed and checked. An "nfs" store in a zone
/// without KVM clusters is simulated; an "nfs" store in a KVM zone waits for host agents.
/// </summary>
public sealed partial class TemplateDownloader(IServiceScopeFactory scopes, SettingsService settings, TimeProvider time, ILogger<TemplateDownloader> log) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<long, Task> _running = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ResetInterruptedAsync(stoppingToken);
            using var timer = new PeriodicTimer(PollInterval, time);
            do
            {
                try
                {
                    await StartPendingAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogPollFailed(log, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
        await Task.WhenAll(_running.Values);
    }

    /// <summary>A download cut off by a stop starts over.</summary>
    private async Task ResetInterruptedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        await db.TemplateStoreRefs.Where(r => r.State == TemplateDownloadState.DownloadInProgress)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, TemplateDownloadState.NotDownloaded).SetProperty(r => r.Percent, 0), ct);
    }

    private async Task StartPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var pending = await (from r in db.TemplateStoreRefs.AsNoTracking()
                             join t in db.VmTemplates.AsNoTracking() on r.TemplateId equals t.Id
                             join s in db.ImageStores.AsNoTracking() on r.ImageStoreId equals s.Id
                             where r.State == TemplateDownloadState.NotDownloaded && t.Removed == null
                             select new { r, t, s }).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return;
        }
        var zoneIds = pending.Select(x => x.r.ZoneId).Distinct().ToList();
        var kvmZones = await db.Clusters.AsNoTracking().Where(c => zoneIds.Contains(c.ZoneId) && c.Hypervisor == HypervisorType.KVM)
            .Select(c => c.ZoneId).Distinct().ToListAsync(ct);
        foreach (var x in pending)
        {
            if (_running.ContainsKey(x.r.Id))
            {
                continue;
            }
            var isFile = x.s.Protocol == "file";
            if (!isFile && kvmZones.Contains(x.r.ZoneId))
            {
                continue; // an NFS store in a KVM zone: the hosts' agents will download it (not yet).
            }
            var installPath = isFile ? InstallPath(x.s, x.t) : null;
            var now = time.GetUtcNow().UtcDateTime;
            var claimed = await db.TemplateStoreRefs.Where(r => r.Id == x.r.Id && r.State == TemplateDownloadState.NotDownloaded)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, TemplateDownloadState.DownloadInProgress)
                    .SetProperty(r => r.Percent, 0).SetProperty(r => r.InstallPath, installPath).SetProperty(r => r.Updated, now), ct);
            if (claimed != 1)
            {
                continue;
            }
            var work = isFile ? DownloadAsync(x.r.Id, x.t, installPath!, ct) : SimulateAsync(x.r.Id, x.t, ct);
            _running[x.r.Id] = work;
            _ = work.ContinueWith(_ => _running.TryRemove(x.r.Id, out Task? _), TaskScheduler.Default);
        }
    }

    internal static string InstallPath(ImageStore store, VmTemplate t) => Orchestration.Compute.TemplateLocations.FilePath(store, t);

    /// <summary>A simulated NFS store: the URL is still checked, nothing is fetched, size stays 0.</summary>
    private async Task SimulateAsync(long refId, VmTemplate t, CancellationToken ct)
    {
        try
        {
            await TemplateUrls.ValidateAsync(t.Url, await settings.GetAsync(SettingNames.SecStorageAllowedInternalSites, ct), ct);
            await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
            await FinishAsync(refId, TemplateDownloadState.Downloaded, 0, null, ct);
        }
        catch (Core.Errors.CloudException e)
        {
            await FinishAsync(refId, TemplateDownloadState.DownloadError, 0, e.Message, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task DownloadAsync(long refId, VmTemplate t, string installPath, CancellationToken ct)
    {
        var part = installPath + ".part";
        try
        {
            var allowed = await settings.GetAsync(SettingNames.SecStorageAllowedInternalSites, ct);
            var maxBytes = await settings.GetLongAsync(SettingNames.MaxTemplateIsoSize, ct) * 1024L * 1024 * 1024;
            var expected = TemplateUrls.ParseChecksum(t.Checksum);
            Directory.CreateDirectory(Path.GetDirectoryName(installPath)!);
            using var client = CreateClient(allowed);
            var uri = await TemplateUrls.ValidateAsync(t.Url, allowed, ct);
            HttpResponseMessage response;
            for (var hops = 0; ; hops++)
            {
                response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location && hops < 5)
                {
                    response.Dispose();
                    uri = await TemplateUrls.ValidateAsync(new Uri(uri, location).ToString(), allowed, ct);
                    continue;
                }
                break;
            }
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new DownloadException($"Download failed: {t.Url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                }
                var length = response.Content.Headers.ContentLength;
                if (length > maxBytes)
                {
                    throw new DownloadException($"Download refused: {length} bytes is more than max.template.iso.size allows");
                }
                using var hash = expected is { } e ? TemplateUrls.CreateHash(e.Algorithm) : null;
                long written = 0;
                await using (var source = await response.Content.ReadAsStreamAsync(ct))
                await using (var target = new FileStream(part, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    var buffer = new byte[81920];
                    var lastReport = time.GetTimestamp();
                    int read;
                    while ((read = await source.ReadAsync(buffer, ct)) > 0)
                    {
                        written += read;
                        if (written > maxBytes)
                        {
                            throw new DownloadException("Download stopped: the template is larger than max.template.iso.size allows");
                        }
                        hash?.AppendData(buffer, 0, read);
                        await target.WriteAsync(buffer.AsMemory(0, read), ct);
                        if (time.GetElapsedTime(lastReport) >= ProgressInterval)
                        {
                            lastReport = time.GetTimestamp();
                            var percent = length is > 0 ? (int)Math.Min(99, written * 100 / length.Value) : 0;
                            if (!await ProgressAsync(refId, percent, written, ct))
                            {
                                throw new DownloadException("deleted"); // the copy was deleted meanwhile
                            }
                        }
                    }
                }
                if (hash is not null)
                {
                    var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
                    if (actual != expected!.Value.Hex)
                    {
                        throw new DownloadException($"Checksum mismatch: expected {expected.Value.Hex} but the download has {actual}");
                    }
                }
                File.Move(part, installPath, overwrite: true);
                if (!await FinishAsync(refId, TemplateDownloadState.Downloaded, written, null, ct))
                {
                    File.Delete(installPath); // the copy was deleted while downloading
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            TryDelete(part); // the ref goes back to NotDownloaded on the next start
        }
        catch (Exception e) when (e is DownloadException or HttpRequestException or IOException or Core.Errors.CloudException or UnauthorizedAccessException or OperationCanceledException)
        {
            TryDelete(part);
            LogDownloadFailed(log, t.Uuid, e.Message);
            await FinishAsync(refId, TemplateDownloadState.DownloadError, 0, e.Message, CancellationToken.None);
        }
    }

    private static void TryDelete(string path)
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

    private async Task<bool> ProgressAsync(long refId, int percent, long size, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        return await db.TemplateStoreRefs.Where(r => r.Id == refId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Percent, percent).SetProperty(r => r.Size, size).SetProperty(r => r.Updated, now), ct) == 1;
    }

    private async Task<bool> FinishAsync(long refId, TemplateDownloadState state, long size, string? error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var percent = state == TemplateDownloadState.Downloaded ? 100 : 0;
        var text = error is { Length: > 2000 } ? error[..2000] : error;
        return await db.TemplateStoreRefs.Where(r => r.Id == refId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state).SetProperty(r => r.Percent, percent).SetProperty(r => r.Size, size)
                .SetProperty(r => r.ErrorText, text).SetProperty(r => r.Updated, now), ct) == 1;
    }

    private sealed class DownloadException(string message) : Exception(message);

    [LoggerMessage(4101, LogLevel.Warning, "Looking for templates to download failed")]
    private static partial void LogPollFailed(ILogger logger, Exception e);

    [LoggerMessage(4102, LogLevel.Warning, "Template {Template} download failed: {Reason}")]
    private static partial void LogDownloadFailed(ILogger logger, Guid template, string reason);
}
