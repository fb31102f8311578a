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

    /// <summary>
    /// Fixed PCI slots (nics from 0x03, disks from 0x08): a hot-plugged device sits where a
    /// migration destination, started with it on its command line, puts it too.
    /// </summary>
    public static string NicSlot(int deviceId) => "0x" + (0x03 + deviceId).ToString("x", CultureInfo.InvariantCulture);

    public static string DiskSlot(long deviceId) => "0x" + (0x08 + deviceId).ToString("x", CultureInfo.InvariantCulture);

    public const string CdromDevice = "cdrom";
    public const string CdromNode = "iso";
}
