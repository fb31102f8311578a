using System.Globalization;
using System.Text.Json;
using SharpStack.Agent.HostProbe;

namespace SharpStack.Agent.Storage;

/// <summary>The qemu-img calls the agent makes on disk files.</summary>
public static class QemuImg
{
    public sealed record ImageInfo(string Format, long VirtualSize);

    public static async Task<ImageInfo> InfoAsync(string file, CancellationToken ct)
    {
        // -U: a running guest holds the image's write lock; reading its header is still safe.
        var json = await CommandRunner.RunAsync("qemu-img", ["info", "-U", "--output=json", file], ct);
        using var doc = JsonDocument.Parse(json);
        return new ImageInfo(doc.RootElement.GetProperty("format").GetString()!, doc.RootElement.GetProperty("virtual-size").GetInt64());
    }

    public static Task CreateAsync(string file, long sizeBytes, CancellationToken ct) =>
        CommandRunner.RunAsync("qemu-img", ["create", "-q", "-f", "qcow2", file, Bytes(sizeBytes)], ct);

    /// <summary>A qcow2 overlay whose reads fall through to <paramref name="backing"/> (never written).</summary>
    public static Task CreateOverlayAsync(string file, string backing, string backingFormat, CancellationToken ct) =>
        CommandRunner.RunAsync("qemu-img", ["create", "-q", "-f", "qcow2", "-b", backing, "-F", backingFormat, file], ct);

    public static Task ResizeAsync(string file, long sizeBytes, bool shrink, CancellationToken ct) =>
        CommandRunner.RunAsync("qemu-img", shrink ? ["resize", "-q", "--shrink", file, Bytes(sizeBytes)] : ["resize", "-q", file, Bytes(sizeBytes)], ct);

    private static string Bytes(long value) => value.ToString(CultureInfo.InvariantCulture);
}
