using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Templates;
using SharpStack.Core.Images;
using SharpStack.Data;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Images;

/// <summary>
/// POST /client/upload/{token}: the bytes of a template announced with getUploadParamsForTemplate,
/// as a raw body or the first file of a multipart form (a browser upload). They are written to the
/// file image store with the checksum checked, like a download; a simulated store counts them only.
/// One upload per copy: a second POST to the same link is refused.
/// </summary>
public sealed class TemplateUploads(DownloadLinks links, SettingsService settings, Orchestration.Limits.TemplateStorageCount counts,
    Orchestration.Events.UsageEvents usage, TimeProvider time)
{
    public async Task HandleAsync(HttpContext http, string token, CloudDbContext db)
    {
        var ct = http.RequestAborted;
        if (links.Read(token, time.GetUtcNow().UtcDateTime, "u") is not { } refId)
        {
            await RefuseAsync(http, StatusCodes.Status403Forbidden, "The upload link is invalid or has expired");
            return;
        }
        var row = await (from r in db.TemplateStoreRefs.AsNoTracking()
                         join t in db.VmTemplates.AsNoTracking() on r.TemplateId equals t.Id
                         join s in db.ImageStores.AsNoTracking() on r.ImageStoreId equals s.Id
                         where r.Id == refId && t.Removed == null
                         select new { r, t, s }).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (row is null || await db.TemplateStoreRefs.Where(r => r.Id == refId && r.State == TemplateDownloadState.UploadPending)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, TemplateDownloadState.UploadInProgress).SetProperty(r => r.Updated, now), ct) != 1)
        {
            await RefuseAsync(http, StatusCodes.Status409Conflict, "This template has been uploaded already, or no longer exists");
            return;
        }
        var maxBytes = await settings.GetLongAsync(SettingNames.MaxTemplateIsoSize, ct) * 1024L * 1024 * 1024;
        var path = row.s.Protocol == "file" ? TemplateDownloader.InstallPath(row.s, row.t) : null;
        try
        {
            var written = await UploadReceiver.ReceiveAsync(http, path, row.t.Checksum, maxBytes);
            try
            {
                await counts.AddAsync(db, row.t.Id, written, ct);
            }
            catch (Core.Errors.CloudException e)
            {
                if (path is not null)
                {
                    ImageFetcher.TryDelete(path);
                }
                throw new InvalidDataException(e.Message, e);
            }
            await FinishAsync(db, refId, TemplateDownloadState.Downloaded, written, path, null, ct);
            await usage.TemplateCopyAsync(db, row.t.Id, row.r.ZoneId, written, ready: true, ct);
            await db.SaveChangesAsync(ct);
            http.Response.StatusCode = StatusCodes.Status200OK;
            await http.Response.WriteAsync("Upload complete", ct);
        }
        catch (InvalidDataException e)
        {
            await FinishAsync(db, refId, TemplateDownloadState.DownloadError, 0, null, e.Message, CancellationToken.None);
            await RefuseAsync(http, StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private async Task FinishAsync(CloudDbContext db, long refId, TemplateDownloadState state, long size, string? path, string? error, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.TemplateStoreRefs.Where(r => r.Id == refId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, state).SetProperty(r => r.Percent, state == TemplateDownloadState.Downloaded ? 100 : 0)
                .SetProperty(r => r.Size, size).SetProperty(r => r.InstallPath, path).SetProperty(r => r.ErrorText, error).SetProperty(r => r.Updated, now), ct);
    }

    private static Task RefuseAsync(HttpContext http, int status, string message) => UploadReceiver.RefuseAsync(http, status, message);
}
