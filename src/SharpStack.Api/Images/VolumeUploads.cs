using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Identity;
using SharpStack.Core.Storage;
using SharpStack.Data;
using SharpStack.Orchestration.Jobs;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Images;

/// <summary>
/// POST /client/upload/{token} for a volume announced with getUploadParamsForVolume: the image
/// goes to the zone's file image store (counted only on a simulated one) and the volume becomes
/// Uploaded, its size counted against secondary storage until it moves to primary storage when attached.
/// </summary>
public sealed class VolumeUploads(SettingsService settings, ResourceLimiter limiter)
{
    public async Task HandleAsync(HttpContext http, long volumeId, CloudDbContext db)
    {
        var ct = http.RequestAborted;
        var volume = await db.Volumes.FirstOrDefaultAsync(v => v.Id == volumeId && v.Removed == null, ct);
        if (volume is null || await db.Volumes.Where(v => v.Id == volumeId && v.State == VolumeState.NotUploaded)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VolumeState.UploadOp), ct) != 1)
        {
            await UploadReceiver.RefuseAsync(http, StatusCodes.Status409Conflict, "This volume has been uploaded already, or no longer exists");
            return;
        }
        var maxBytes = await settings.GetLongAsync(SettingNames.MaxVolumeUploadSize, ct) * 1024L * 1024 * 1024;
        try
        {
            var written = await UploadReceiver.ReceiveAsync(http, volume.StorePath, volume.Checksum, maxBytes);
            await using var tx = await UnitOfWork.BeginAsync(db, ct);
            var owner = await db.Accounts.AsNoTracking().FirstAsync(a => a.Id == volume.AccountId, ct);
            await limiter.IncrementAsync(db, owner, [(ResourceType.secondary_storage, written)], ct);
            volume.SizeBytes = written;
            volume.State = VolumeState.Uploaded;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            http.Response.StatusCode = StatusCodes.Status200OK;
            await http.Response.WriteAsync("Upload complete", ct);
        }
        catch (Exception e) when (e is InvalidDataException or Core.Errors.CloudException)
        {
            db.ChangeTracker.Clear();
            if (e is Core.Errors.CloudException && volume.StorePath is { } received)
            {
                ImageFetcher.TryDelete(received); // received whole, but past the owner's secondary storage limit
            }
            await db.Volumes.Where(v => v.Id == volumeId).ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VolumeState.UploadError).SetProperty(v => v.UploadError, e.Message), CancellationToken.None);
            await UploadReceiver.RefuseAsync(http, StatusCodes.Status400BadRequest, e.Message);
        }
    }
}
