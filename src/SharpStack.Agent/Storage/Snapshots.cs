using System.Text.Json;
using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Instances;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Qemu;

namespace SharpStack.Agent.Storage;

/// <summary>
/// Volume snapshots. Taking one makes a standalone qcow2 copy in the pool (POOL/snapshots/UUID):
/// of a running instance's disk with a QMP drive-backup job (a consistent point in time, the
/// guest keeps running), of a stopped one with qemu-img convert. Backing up moves that copy to the
/// image store; revert and new volumes copy from the backup (or the pool copy when there is no store).
/// </summary>
public sealed class Snapshots(InstanceManager instances)
{
    public static string PoolCopy(DiskSpec disk, string snapshotUuid) => Path.Combine(disk.PoolPath, "snapshots", snapshotUuid);

    public async Task TakeAsync(SnapshotRequest request, CancellationToken ct)
    {
        var target = PoolCopy(request.Disk, request.SnapshotUuid);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Delete(target);
        var running = request.InstanceName is { } name ? instances.Find(name) : null;
        var device = running?.Spec.Disks.FirstOrDefault(d => d.VolumeUuid == request.Disk.VolumeUuid);
        if (running is null || device is null)
        {
            await CommandRunner.RunAsync("qemu-img", ["convert", "-U", "-O", "qcow2", DiskStore.FileOf(request.Disk), target], ct);
            return;
        }
        var job = "snap-" + request.SnapshotUuid[..8];
        await instances.WithInstanceAsync(running.Name, i => i.QmpAsync(async q =>
        {
            await q.ExecuteAsync("drive-backup", new Dictionary<string, object>
            {
                ["job-id"] = job, ["device"] = QemuNames.DiskNode(device.DeviceId), ["target"] = target, ["format"] = "qcow2",
                ["sync"] = "full", ["mode"] = "absolute-paths", ["auto-dismiss"] = false,
            }, ct);
            while (true)
            {
                var jobs = await q.ExecuteAsync("query-jobs", null, ct);
                var mine = jobs?.AsArray().FirstOrDefault(j => j?["id"]?.GetValue<string>() == job);
                if (mine?["status"]?.GetValue<string>() == "concluded")
                {
                    await q.ExecuteAsync("job-dismiss", new { id = job }, ct);
                    if (mine["error"] is { } error)
                    {
                        throw new HostCommandException($"the snapshot of volume {request.Disk.VolumeUuid} failed: {error}");
                    }
                    return true;
                }
                await Task.Delay(50, ct);
            }
        }, ct), ct);
    }

    /// <summary>Moves the pool copy to the image store at StorePath.</summary>
    public static void BackUp(SnapshotRequest request)
    {
        var target = StoreFile(request) ?? throw new HostCommandException("a snapshot backup needs an image store path");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(PoolCopy(request.Disk, request.SnapshotUuid), target, overwrite: true);
    }

    /// <summary>Makes the volume's file (the instance is stopped, or the volume is new) a copy of the snapshot.</summary>
    public static async Task RestoreAsync(SnapshotRequest request, CancellationToken ct)
    {
        var source = StoreFile(request) is { } stored && File.Exists(stored) ? stored : PoolCopy(request.Disk, request.SnapshotUuid);
        if (!File.Exists(source))
        {
            throw new HostCommandException($"snapshot {request.SnapshotUuid} is neither on the image store nor on the pool");
        }
        var file = DiskStore.FileOf(request.Disk);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var partial = file + ".partial";
        await CommandRunner.RunAsync("qemu-img", ["convert", "-O", "qcow2", source, partial], ct);
        File.Move(partial, file, overwrite: true);
    }

    public static void Delete(SnapshotRequest request)
    {
        if (StoreFile(request) is { } stored)
        {
            File.Delete(stored);
        }
        File.Delete(PoolCopy(request.Disk, request.SnapshotUuid));
    }

    /// <summary>The snapshot's file on a file image store, or null without one.</summary>
    private static string? StoreFile(SnapshotRequest request)
    {
        if (request.StorePath is null)
        {
            return null;
        }
        if (request.StoreUrl is null || !request.StoreUrl.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
        {
            throw new HostCommandException($"the image store {request.StoreUrl} is not a file store this agent can reach");
        }
        return Path.Combine([new Uri(request.StoreUrl).LocalPath, .. request.StorePath.Split('/')]);
    }

    /// <summary>CopyCommand carries several requests; a snapshot one names a snapshot and a disk.</summary>
    public static bool IsSnapshotRequest(JsonElement body) =>
        body.TryGetProperty("snapshotUuid", out _) && body.TryGetProperty("disk", out _) && !body.TryGetProperty("templateUuid", out _);
}
