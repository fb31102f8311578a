using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SharpStack.Api.Commands.Templates;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Compute;

namespace SharpStack.Api.Images;

/// <summary>
/// Copies a ready template or ISO to another zone's image store, as copyTemplate and copyIso do:
/// file to file stores really (hashed and checked against the checksum), NFS stores of zones
/// without KVM clusters simulated (ready after the same delay as a simulated download). Where no
/// bytes can be copied (the source was simulated, or the destination waits for KVM agents) the new
/// copy is left to the TemplateDownloader, which fetches it from the template's URL.
/// </summary>
public sealed partial class TemplateCopier(Orchestration.Limits.TemplateStorageCount counts, Orchestration.Events.UsageEvents usage, TimeProvider time, ILogger<TemplateCopier> log)
{
    public static readonly TimeSpan SimulatedDelay = TimeSpan.FromSeconds(1);

    /// <param name="source">The ready copy.</param>
    /// <returns>The new copy, saved.</returns>
    public async Task<TemplateStoreRef> CopyAsync(CloudDbContext db, VmTemplate template, TemplateStoreRef source, ImageStore sourceStore, ImageStore target, CancellationToken ct)
    {
        var kvmZone = await db.Clusters.AsNoTracking().AnyAsync(c => c.ZoneId == target.ZoneId && c.Hypervisor == HypervisorType.KVM, ct);
        var realSource = sourceStore.Protocol == "file" && source.InstallPath is not null;
        var copy = new TemplateStoreRef
        {
            TemplateId = template.Id,
            ZoneId = target.ZoneId!.Value,
            ImageStoreId = target.Id,
            Updated = Now,
        };
        string? part = null;
        if (target.Protocol == "file" && realSource)
        {
            copy.State = TemplateDownloadState.DownloadInProgress;
            copy.InstallPath = TemplateDownloader.InstallPath(target, template);
            part = copy.InstallPath + ".part";
        }
        else if (target.Protocol != "file" && !kvmZone)
        {
            copy.State = TemplateDownloadState.DownloadInProgress;
        }
        // Otherwise NotDownloaded: the downloader (or a KVM zone's agents) fetch it from the URL, and count it when done.
        if (copy.State != TemplateDownloadState.NotDownloaded)
        {
            await counts.AddAsync(db, template.Id, source.Size, ct); // the new copy's size, refused (535) past the limit before anything is written
        }
        db.TemplateStoreRefs.Add(copy);
        await db.SaveChangesAsync(ct);
        if (copy.State == TemplateDownloadState.NotDownloaded)
        {
            return copy;
        }
        try
        {
            long size;
            if (part is not null)
            {
                size = await CopyFileAsync(source.InstallPath!, part, template.Checksum, source.Size, ct);
                File.Move(part, copy.InstallPath!, overwrite: true);
            }
            else
            {
                await Task.Delay(SimulatedDelay, time, ct);
                size = source.Size;
            }
            copy.State = TemplateDownloadState.Downloaded;
            copy.Percent = 100;
            copy.Size = size;
            copy.Updated = Now;
            await usage.TemplateCopyAsync(db, template.Id, copy.ZoneId, size, ready: true, ct);
            await db.SaveChangesAsync(ct);
            return copy;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or CloudException or OperationCanceledException)
        {
            // Nothing half-written stays: the partial file and the new copy's record go.
            foreach (var file in new[] { part, copy.InstallPath })
            {
                TryDelete(file);
            }
            db.TemplateStoreRefs.Remove(copy);
            await db.SaveChangesAsync(CancellationToken.None);
            await counts.ReleaseAsync(db, template.Id, source.Size, CancellationToken.None);
            LogCopyFailed(log, template.Uuid, e.Message);
            if (e is OperationCanceledException)
            {
                throw;
            }
            throw CloudException.Internal($"Failed to copy {TemplateAccess.Kind(template)} {template.Name}: {e.Message}");
        }
    }

    /// <summary>Copies the bytes, hashing them on the way; refuses a size or checksum that does not match.</summary>
    private static async Task<long> CopyFileAsync(string from, string to, string? checksum, long expectedSize, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        long written;
        await using (var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
        await using (var target = new FileStream(to, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            written = await ChecksummedCopy.CopyAsync(source, target, checksum, long.MaxValue, "", "source copy", null, ct);
        }
        if (expectedSize > 0 && written != expectedSize)
        {
            throw new IOException($"Size mismatch: the source copy has {written} bytes, {expectedSize} were downloaded");
        }
        return written;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static void TryDelete(string? path)
    {
        if (path is null)
        {
            return;
        }
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

    [LoggerMessage(4103, LogLevel.Warning, "Copying template {Template} failed: {Reason}")]
    private static partial void LogCopyFailed(ILogger logger, Guid template, string reason);
}
