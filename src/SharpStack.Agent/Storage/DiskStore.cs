using System.Security.Cryptography;
using System.Text;
using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Qemu;

namespace SharpStack.Agent.Storage;

/// <summary>
/// Volumes on primary storage: a pool is a directory (local, or the mount point of shared
/// storage: same code). A volume is the file POOL/PATH (the volume's uuid). A root volume is a
/// qcow2 overlay on the pool's copy of its template, copied from the image store once per template.
/// </summary>
public sealed class DiskStore
{
    private readonly SemaphoreSlim _templates = new(1, 1);

    public static string FileOf(DiskSpec disk)
    {
        if (string.IsNullOrEmpty(disk.PoolPath))
        {
            throw new HostCommandException($"volume {disk.VolumeUuid} has no primary storage pool");
        }
        var name = string.IsNullOrEmpty(disk.Path) ? disk.VolumeUuid : disk.Path;
        return Path.IsPathRooted(name) ? name : Path.Combine(disk.PoolPath, name);
    }

    /// <summary>The disk's file, created when it does not exist yet (a root volume from its template, a data volume empty).</summary>
    public async Task<QemuDisk> PrepareAsync(DiskSpec disk, CancellationToken ct)
    {
        var file = FileOf(disk);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            if (disk.Type.Equals("ROOT", StringComparison.OrdinalIgnoreCase) && disk.TemplatePath is not null)
            {
                var (template, format) = await TemplateCopyAsync(disk.PoolPath, disk.TemplatePath, ct);
                await QemuImg.CreateOverlayAsync(file, template, format, ct);
                if (disk.SizeBytes > (await QemuImg.InfoAsync(file, ct)).VirtualSize)
                {
                    await QemuImg.ResizeAsync(file, disk.SizeBytes, shrink: false, ct);
                }
            }
            else if (disk.Type.Equals("ROOT", StringComparison.OrdinalIgnoreCase))
            {
                throw new HostCommandException($"root volume {disk.VolumeUuid} has no template to start from");
            }
            else
            {
                await QemuImg.CreateAsync(file, Math.Max(disk.SizeBytes, 1 << 20), ct);
            }
        }
        var info = await QemuImg.InfoAsync(file, ct);
        return new QemuDisk(disk.DeviceId, file, info.Format);
    }

    /// <summary>The pool's copy of a template (POOL/template-HASH), made from the image store's file the first time.</summary>
    private async Task<(string File, string Format)> TemplateCopyAsync(string poolPath, string templatePath, CancellationToken ct)
    {
        if (templatePath.Contains("://", StringComparison.Ordinal))
        {
            throw new HostCommandException($"the template is at {templatePath}: this agent copies templates from file image stores (mount the store on the host)");
        }
        var copy = Path.Combine(poolPath, "template-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(templatePath)))[..16]);
        await _templates.WaitAsync(ct);
        try
        {
            if (!File.Exists(copy))
            {
                if (!File.Exists(templatePath))
                {
                    throw new HostCommandException($"the template file {templatePath} is not reachable from this host");
                }
                var partial = copy + ".partial";
                File.Copy(templatePath, partial, overwrite: true);
                File.Move(partial, copy, overwrite: true);
            }
        }
        finally
        {
            _templates.Release();
        }
        return (copy, (await QemuImg.InfoAsync(copy, ct)).Format);
    }

    public static void Delete(DestroyVolumeRequest volume)
    {
        var file = FileOf(new DiskSpec(volume.VolumeUuid, 0, "DATADISK", 0, volume.PoolUuid, volume.PoolPath, volume.Path, null));
        File.Delete(file);
    }
}
