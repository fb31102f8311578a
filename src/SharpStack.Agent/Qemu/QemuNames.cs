using System.Globalization;

namespace SharpStack.Agent.Qemu;

/// <summary>The node and device ids QEMU knows an instance's disks and nics by, derived from their device ids.</summary>
public static class QemuNames
{
    public static string DiskNode(long deviceId) => "drive-" + deviceId.ToString(CultureInfo.InvariantCulture);

    public static string DiskFileNode(long deviceId) => "file-" + deviceId.ToString(CultureInfo.InvariantCulture);

    public static string DiskDevice(long deviceId) => "disk-" + deviceId.ToString(CultureInfo.InvariantCulture);

    public static string NetDev(int deviceId) => "net-" + deviceId.ToString(CultureInfo.InvariantCulture);

    public static string NicDevice(int deviceId) => "nic-" + deviceId.ToString(CultureInfo.InvariantCulture);

    public const string CdromDevice = "cdrom";
    public const string CdromNode = "iso";
}
