using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Identity;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Images;

/// <summary>
/// Fetches volumes announced with uploadVolume from their URL into the zone's image store, as the
/// TemplateDownloader does for templates: a "file" store gets the real bytes, an "nfs" store outside
/// KVM zones is simulated. The volume stays UploadOp while it downloads, then is Uploaded (its size
/// counted as secondary storage) or UploadError.
/// </summary>
public sealed partial class VolumeDownloader(IServiceScopeFactory scopes, ImageFetcher fetcher, ResourceLimiter limiter, TimeProvider time, ILogger<VolumeDownloader> log)
    : DownloadPoller(time, log)
{
    private const int MaxErrorLength = 1024;

    /// <summary>A download cut off by a stop starts over.</summary>
    protected override async Task ResetInterruptedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        await db.Volumes.Where(v => v.State == VolumeState.UploadOp && v.Url != null && v.DownloadStarted != null)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.DownloadStarted, (DateTime?)null).SetProperty(v => v.DownloadPercent, 0), ct);
    }

    protected override async Task StartPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var pending = await (from v in db.Volumes.AsNoTracking()
                             join s in db.ImageStores.AsNoTracking() on v.ImageStoreId equals s.Id
                             where v.State == VolumeState.UploadOp && v.Url != null && v.DownloadStarted == null && v.Removed == null
                             select new { v, s }).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return;
        }
        var kvmZones = await KvmZonesAsync(db, pending.Select(x => x.v.ZoneId).Distinct().ToList(), ct);
        foreach (var x in pending)
        {
            var isFile = x.s.Protocol == "file";
            if (IsRunning(x.v.Id) || (!isFile && kvmZones.Contains(x.v.ZoneId)))
            {
                continue;
            }
            var now = Time.GetUtcNow().UtcDateTime;
            var claimed = await db.Volumes.Where(v => v.Id == x.v.Id && v.State == VolumeState.UploadOp && v.DownloadStarted == null)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.DownloadStarted, now).SetProperty(v => v.DownloadPercent, 0), ct);
            if (claimed == 1)
            {
                Track(x.v.Id, RunAsync(x.v, isFile, ct));
            }
        }
    }

    private async Task RunAsync(Volume volume, bool isFile, CancellationToken ct)
    {
        try
        {
            long size = 0;
            if (isFile)
            {
                size = await fetcher.FetchAsync(volume.Url!, volume.Checksum, volume.StorePath!, FetchLimit.Volume, (percent, _) => ProgressAsync(volume.Id, percent, ct), ct);
            }
            else
            {
                await SimulateFetchAsync(fetcher, volume.Url!, ct);
            }
            if (!await FinishAsync(volume, size, ct) && isFile)
            {
                ImageFetcher.TryDelete(volume.StorePath!);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // fetched again from the start on the next start
        }
        catch (Exception e) when (e is ImageFetchException or Core.Errors.CloudException)
        {
            if (isFile)
            {
                ImageFetcher.TryDelete(volume.StorePath!);
            }
            LogDownloadFailed(log, volume.Uuid, e.Message);
            await FailAsync(volume.Id, e.Message);
        }
    }

    private async Task<bool> ProgressAsync(long volumeId, int percent, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        return await db.Volumes.Where(v => v.Id == volumeId && v.State == VolumeState.UploadOp)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.DownloadPercent, percent), ct) == 1;
    }

    /// <summary>Uploaded, its size counted against the owner's secondary storage (which may refuse it: then UploadError).</summary>
    private async Task<bool> FinishAsync(Volume volume, long size, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var owner = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == volume.AccountId, ct);
        await limiter.IncrementAsync(db, owner, [(ResourceType.secondary_storage, size)], ct);
        var done = await db.Volumes.Where(v => v.Id == volume.Id && v.State == VolumeState.UploadOp)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VolumeState.Uploaded).SetProperty(v => v.SizeBytes, size)
                .SetProperty(v => v.DownloadPercent, 100).SetProperty(v => v.UploadError, (string?)null), ct) == 1;
        if (done)
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return done;
    }

    private async Task FailAsync(long volumeId, string error)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var text = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        await db.Volumes.Where(v => v.Id == volumeId && v.State == VolumeState.UploadOp)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VolumeState.UploadError).SetProperty(v => v.DownloadPercent, 0)
                .SetProperty(v => v.UploadError, text), CancellationToken.None);
    }

    [LoggerMessage(4103, LogLevel.Warning, "Volume {Volume} download failed: {Reason}")]
    private static partial void LogDownloadFailed(ILogger logger, Guid volume, string reason);
}
