using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Commands.Templates;

/// <summary>What extractTemplate, extractIso and extractVolume share: the mode rule and upstream's ExtractResponse.</summary>
internal static class ExtractResponses
{
    public static void EnsureHttpDownload(string mode)
    {
        if (!mode.Equals("HTTP_DOWNLOAD", StringComparison.OrdinalIgnoreCase))
        {
            throw CloudException.InvalidParameter(mode.Equals("FTP_UPLOAD", StringComparison.OrdinalIgnoreCase)
                ? "FTP_UPLOAD is not supported: use mode=HTTP_DOWNLOAD"
                : $"Invalid mode {mode}: use HTTP_DOWNLOAD");
        }
    }

    public static ApiObject Of(Guid id, string name, Guid ownerUuid, Zone zone, string url, DateTime now) => new()
    {
        { "id", id },
        { "name", name },
        { "extractId", id },
        { "uploadpercentage", 100 },
        { "status", "DOWNLOAD_URL_CREATED" },
        { "accountid", ownerUuid },
        { "resultstring", null },
        { "created", now },
        { "state", "DOWNLOAD_URL_CREATED" },
        { "storagetype", "SECONDARY" },
        { "zoneid", zone.Uuid },
        { "zonename", zone.Name },
        { "extractMode", "HTTP_DOWNLOAD" },
        { "url", url },
    };
}
