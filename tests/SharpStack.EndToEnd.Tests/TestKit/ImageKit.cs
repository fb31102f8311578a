using System.Text.Json;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>Zones with image stores, and waiting for templates and ISOs to be ready.</summary>
public static class ImageKit
{
    public const string AllowedSites = "secstorage.allowed.internal.sites";

    /// <summary>An enabled zone whose image store is a folder under the server's data folder (real downloads and copies).</summary>
    public static async Task<(string ZoneId, string Folder)> FileStoreZoneAsync(CloudClient admin, string dataDir)
    {
        var zone = await TestZone.CreateAsync(admin);
        var folder = Path.Combine(dataDir, Tenants.Unique("images"));
        (await admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone.ZoneId), ("name", "sec"), ("url", "file://" + folder))).EnsureOk();
        (await admin.CallAsync("updateZone", ("id", zone.ZoneId), ("allocationstate", "Enabled"))).EnsureOk();
        return (zone.ZoneId, folder);
    }

    /// <summary>An enabled Simulator zone with an NFS image store: downloads and copies there are simulated, nothing is fetched.</summary>
    public static async Task<string> NfsStoreZoneAsync(CloudClient admin)
    {
        var zone = await TestZone.CreateAsync(admin);
        (await admin.CallAsync("addImageStore", ("provider", "NFS"), ("zoneid", zone.ZoneId), ("name", "nfs"), ("url", "nfs://192.0.2.20/export/" + Tenants.Unique("sec")))).EnsureOk();
        (await admin.CallAsync("updateZone", ("id", zone.ZoneId), ("allocationstate", "Enabled"))).EnsureOk();
        return zone.ZoneId;
    }

    public static async Task<string> OsTypeAsync(CloudClient client, string name) =>
        (await client.CallAsync("listOsTypes", ("description", name))).EnsureOk().Items("ostype").First(o => o.GetProperty("description").GetString() == name).Id();

    /// <summary>Every copy (row) of a template, as the admin lists it, once all satisfy the condition.</summary>
    public static Task<IReadOnlyList<JsonElement>> WaitTemplateAsync(CloudClient admin, string id, Func<JsonElement, bool> until, int copies = 1) =>
        WaitAsync(admin, "listTemplates", "templatefilter", "template", id, until, copies);

    public static Task<IReadOnlyList<JsonElement>> WaitIsoAsync(CloudClient admin, string id, Func<JsonElement, bool> until, int copies = 1) =>
        WaitAsync(admin, "listIsos", "isofilter", "iso", id, until, copies);

    public static bool IsReady(JsonElement row) => row.GetProperty("isready").GetBoolean();

    private static async Task<IReadOnlyList<JsonElement>> WaitAsync(CloudClient admin, string command, string filter, string name, string id, Func<JsonElement, bool> until, int copies)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var rows = (await admin.CallAsync(command, (filter, "all"), ("id", id), ("listall", "true"))).EnsureOk().Items(name);
            if (rows.Count == copies && rows.All(until))
            {
                return rows;
            }
            Assert.True(DateTime.UtcNow < deadline, $"{name} {id} did not get there: {string.Join(", ", rows.Select(r => r.GetProperty("status").ToString()))}");
            await Task.Delay(100);
        }
    }

    /// <summary>The error code of a refused call, or of a failed job.</summary>
    public static int Code(ApiReply reply) =>
        reply.IsError ? reply.Code
        : reply.Content.TryGetProperty("jobstatus", out var status) && status.GetInt32() == 2 ? reply["jobresultcode"].GetInt32()
        : 200;

    public static JsonElement JobObject(ApiReply job, string name)
    {
        Assert.True(job["jobstatus"].GetInt32() == 1, job.Body);
        return job["jobresult"].GetProperty(name);
    }

    public static string Arg(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
