using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Images;

/// <summary>
/// Downloads registered templates into their zone's image store. A "file" store is real whatever
/// the hypervisor: the bytes are streamed to disk, hashed and checked. An "nfs" store in a zone
/// without KVM clusters is simulated; an "nfs" store in a KVM zone waits for host agents.
/// </summary>
public sealed partial class TemplateDownloader(IServiceScopeFactory scopes, ImageFetcher fetcher, Orchestration.Limits.TemplateStorageCount counts,
    Orchestration.Events.UsageEvents usage, TimeProvider time, ILogger<TemplateDownloader> log)
    : DownloadPoller(time, log)
{
    /// <summary>A download cut off by a stop starts over.</summary>
    protected override async Task ResetInterruptedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        await db.TemplateStoreRefs.Where(r => r.State == TemplateDownloadState.DownloadInProgress)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, TemplateDownloadState.NotDownloaded).SetProperty(r => r.Percent, 0), ct);
    }

    protected override async Task StartPendingAsync(CancellationToken ct)
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
        var kvmZones = await KvmZonesAsync(db, pending.Select(x => x.r.ZoneId).Distinct().ToList(), ct);
        foreach (var x in pending)
        {
            if (IsRunning(x.r.Id))
            {
                continue;
            }
            var isFile = x.s.Protocol == "file";
            if (!isFile && kvmZones.Contains(x.r.ZoneId))
            {
                continue;
            }
            var installPath = isFile ? InstallPath(x.s, x.t) : null;
            var now = Time.GetUtcNow().UtcDateTime;
            var claimed = await db.TemplateStoreRefs.Where(r => r.Id == x.r.Id && r.State == TemplateDownloadState.NotDownloaded)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, TemplateDownloadState.DownloadInProgress)
                    .SetProperty(r => r.Percent, 0).SetProperty(r => r.InstallPath, installPath).SetProperty(r => r.Updated, now), ct);
            if (claimed == 1)
            {
                Track(x.r.Id, isFile ? DownloadAsync(x.r.Id, x.t, installPath!, ct) : SimulateAsync(x.r.Id, x.t, ct));
            }
        }
    }

    internal static string InstallPath(ImageStore store, VmTemplate t) => Orchestration.Compute.TemplateLocations.FilePath(store, t);

    /// <summary>A simulated NFS store: size stays 0.</summary>
    private async Task SimulateAsync(long refId, VmTemplate t, CancellationToken ct)
    {
        try
        {
            await SimulateFetchAsync(fetcher, t.Url, ct);
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
        try
        {
            var written = await fetcher.FetchAsync(t.Url, t.Checksum, installPath, FetchLimit.Template, (percent, size) => ProgressAsync(refId, percent, size, ct), ct);
            bool finished;
            try
            {
                finished = await FinishAsync(refId, TemplateDownloadState.Downloaded, written, null, ct);
            }
            catch (Core.Errors.CloudException)
            {
                File.Delete(installPath);
                throw;
            }
            if (!finished)
            {
                File.Delete(installPath); // the copy was deleted while downloading
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // the ref goes back to NotDownloaded on the next start
        }
        catch (Exception e) when (e is ImageFetchException or Core.Errors.CloudException)
        {
            LogDownloadFailed(log, t.Uuid, e.Message);
            await FinishAsync(refId, TemplateDownloadState.DownloadError, 0, e.Message, CancellationToken.None);
        }
    }

    private async Task<bool> ProgressAsync(long refId, int percent, long size, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = Time.GetUtcNow().UtcDateTime;
        return await db.TemplateStoreRefs.Where(r => r.Id == refId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Percent, percent).SetProperty(r => r.Size, size).SetProperty(r => r.Updated, now), ct) == 1;
    }

    private async Task<bool> FinishAsync(long refId, TemplateDownloadState state, long size, string? error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var now = Time.GetUtcNow().UtcDateTime;
        var percent = state == TemplateDownloadState.Downloaded ? 100 : 0;
        var text = error is { Length: > 2000 } ? error[..2000] : error;
        await using var tx = await Orchestration.Jobs.UnitOfWork.BeginAsync(db, ct);
        var done = await db.TemplateStoreRefs.Where(r => r.Id == refId && r.State == TemplateDownloadState.DownloadInProgress)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state).SetProperty(r => r.Percent, percent).SetProperty(r => r.Size, size)
                .SetProperty(r => r.ErrorText, text).SetProperty(r => r.Updated, now), ct) == 1;
        if (done && state == TemplateDownloadState.Downloaded)
        {
            var copy = await db.TemplateStoreRefs.AsNoTracking().Where(r => r.Id == refId).Select(r => new { r.TemplateId, r.ZoneId }).FirstAsync(ct);
            await counts.AddAsync(db, copy.TemplateId, size, ct);
            await usage.TemplateCopyAsync(db, copy.TemplateId, copy.ZoneId, size, ready: true, ct);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return done;
    }

    [LoggerMessage(4102, LogLevel.Warning, "Template {Template} download failed: {Reason}")]
    private static partial void LogDownloadFailed(ILogger logger, Guid template, string reason);
}
