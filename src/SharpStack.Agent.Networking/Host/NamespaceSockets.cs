using System.Net.Sockets;
using SharpStack.Agent.Networking.Processes;

namespace SharpStack.Agent.Networking.Host;

/// <summary>
/// A socket lives in the network namespace of the thread that created it. This creates one on a
/// dedicated thread that enters the named namespace (setns) only for that, so the rest of the
/// process stays where it is; the socket is then used from any thread.
/// </summary>
public static class NamespaceSockets
{
    public static Socket Create(string? ns, SocketType type, ProtocolType protocol)
    {
        if (ns is null)
        {
            return new Socket(AddressFamily.InterNetwork, type, protocol);
        }
        Socket? socket = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                socket = CreateInside(ns, type, protocol);
            }
            catch (Exception e) when (e is IOException or SocketException or InvalidOperationException)
            {
                failure = e;
            }
        }) { IsBackground = true, Name = $"netns {ns}" };
        thread.Start();
        thread.Join();
        return socket ?? throw new InvalidOperationException($"cannot create a socket in network namespace {ns}", failure);
    }

    private static Socket CreateInside(string ns, SocketType type, ProtocolType protocol)
    {
        var own = LibC.OpenReadOnly("/proc/thread-self/ns/net");
        var target = LibC.OpenReadOnly($"/run/netns/{ns}");
        try
        {
            if (LibC.setns(target, LibC.CloneNewNet) != 0)
            {
                throw new IOException($"setns into {ns} failed: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
            }
            try
            {
                return new Socket(AddressFamily.InterNetwork, type, protocol);
            }
            finally
            {
                // A thread that cannot return must not run anything else: fail loudly rather than leak a namespace.
                if (LibC.setns(own, LibC.CloneNewNet) != 0)
                {
                    Environment.FailFast($"cannot return from network namespace {ns}");
                }
            }
        }
        finally
        {
            _ = LibC.close(own);
            _ = LibC.close(target);
        }
    }
}
