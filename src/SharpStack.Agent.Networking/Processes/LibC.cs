using System.Runtime.InteropServices;

namespace SharpStack.Agent.Networking.Processes;

internal static partial class LibC
{
    public const int SigHup = 1;
    public const int SigKill = 9;
    public const int SigTerm = 15;
    public const int CloneNewNet = 0x40000000;
    private const int OpenReadOnlyCloseOnExec = 0x80000;

    [LibraryImport("libc", SetLastError = true)]
    public static partial int kill(int pid, int signal);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int setns(int fd, int nstype);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int close(int fd);

    public static int OpenReadOnly(string path)
    {
        var fd = open(path, OpenReadOnlyCloseOnExec);
        return fd >= 0 ? fd : throw new IOException($"cannot open {path}: errno {Marshal.GetLastPInvokeError()}");
    }
}
